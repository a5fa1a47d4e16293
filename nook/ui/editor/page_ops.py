"""Adding, copying, taking out and moving pages and list items, and a sign's look: each
stored at once and undoable. No widgets: the screen shows the pages when the piece
says it `reloaded`."""

from __future__ import annotations

from typing import Any

from nook.core import picture as pic
from nook.core.models import MAX_PAGES_PER_PIECE, Page
from nook.core.page_language import PAGE_LANGUAGE
from nook.ui.editor.piece import PieceModel

# Pages that always stay: a book's cover, the one page of a sign or of a letter.
FIXED_ROLES = ("cover", "sign", "letter")


class PageOperations:
    """Changes to a piece's pages, each one step on the piece's undo stack."""

    def __init__(self, piece: PieceModel) -> None:
        self.piece = piece

    def _add(
        self,
        role: str,
        position: int,
        words: str = "",
        picture: dict[str, Any] | None = None,
        extras: dict[str, Any] | None = None,
    ) -> None:
        piece = self.piece
        if not self.has_room():
            return  # its buttons are off: a backpack could not carry the piece
        added: list[Page] = []  # the page once made; undo takes it out, redo puts it back

        def do() -> None:
            if added:
                piece.library.restore_page(added[0])
            else:
                added.append(piece.library.add_page(piece.piece_id, role, position, words, picture, extras))
            piece.reload(position)

        def undo() -> None:
            added[0] = piece.library.delete_page(added[0].id)
            piece.reload(max(0, position - 1))

        piece.structural(do, undo)

    def has_room(self) -> bool:
        """Whether another page may be added (at most MAX_PAGES_PER_PIECE a piece)."""
        return len(self.piece.states) < MAX_PAGES_PER_PIECE

    def _language_after(self, index: int) -> dict[str, Any]:
        """A new page or item goes on in the language of the one before it: a child
        writing a Spanish book marks its first page, not every page."""
        states = self.piece.states
        if not states:
            return {}
        language = states[max(0, min(index, len(states) - 1))].extras.get(PAGE_LANGUAGE)
        return {PAGE_LANGUAGE: language} if language else {}

    def add_page(self) -> None:
        self._add("page", self.piece.index + 1, extras=self._language_after(self.piece.index))

    def duplicate_page(self) -> None:
        state = self.piece.current
        if state.role == "cover":
            return
        self.piece.flush()
        self._add(state.role, self.piece.index + 1, state.words, pic.make_picture(state.items), dict(state.extras))

    def add_item(self) -> None:
        last = len(self.piece.states) - 1
        extras = {"ticked": False, **self._language_after(last)}
        size = self.piece.states[last].extras.get("text_size") if last >= 0 else None
        if size is not None:  # the list's words were made bigger (or smaller): this thing's too
            extras["text_size"] = size
        self._add("item", len(self.piece.states), extras=extras)

    def envelope_index(self) -> int | None:
        return next((i for i, s in enumerate(self.piece.states) if s.role == "envelope"), None)

    def add_envelope(self) -> None:
        """A letter gets an envelope (one at most), addressed from its writer."""
        if self.envelope_index() is not None:
            return
        writer = self.piece.library.writer(self.piece.piece.writer_id)
        self._add("envelope", len(self.piece.states), extras={"to": "", "from": writer.name if writer else ""})

    def remove_page(self, index: int | None = None) -> None:
        piece = self.piece
        index = piece.index if index is None else index
        state = piece.states[index]
        if state.role in FIXED_ROLES:
            return
        page_id = state.id
        removed: list[Page] = []

        def do() -> None:
            removed[:] = [piece.library.delete_page(page_id)]
            piece.reload(max(0, index - 1))

        def undo() -> None:
            piece.library.restore_page(removed[0])
            piece.reload(index)

        piece.structural(do, undo)

    def can_move(self, index: int, step: int) -> bool:
        states = self.piece.states
        first_movable = 1 if states[0].role == "cover" else 0
        return states[index].role not in ("cover", "envelope") and first_movable <= index + step < len(states)

    def move_page(self, step: int, index: int | None = None) -> None:
        piece = self.piece
        index = piece.index if index is None else index
        if not self.can_move(index, step):
            return
        target = index + step
        page_id = piece.states[index].id

        def do() -> None:
            piece.library.move_page(page_id, target)
            piece.reload(target)

        def undo() -> None:
            piece.library.move_page(page_id, index)
            piece.reload(index)

        piece.structural(do, undo)

    def choose_look(self, look: str) -> None:
        """A sign's look (its colours and frame); nothing happens for the look it has."""
        piece = self.piece
        old = piece.look
        if look == old:
            return

        piece.structural(lambda: piece.set_look(look), lambda: piece.set_look(old))
