"""Adding, removing, copying and moving pages and list items, and a sign's look: each
stored at once and undoable. Mixed into PieceScreen."""

from __future__ import annotations

from typing import Any

from nook.core import picture as pic
from nook.ui.editor.model import PageState
from nook.ui.editor.undo import Step


class PageActions:
    """Changes to a piece's pages (uses the screen's library, states and views)."""

    def _reload(self, index: int | None = None) -> None:
        self.states = [PageState.from_page(p) for p in self.library.pages(self.piece_id)]
        if index is not None:
            self.index = index
        self._show_pages()

    def _structural(self, do: Any, undo: Any) -> None:
        """Run a change to the pages now, and remember how to take it back."""
        self.flush()
        do()

        def run(action: Any) -> None:
            self.flush()
            action()

        self.undo_stack.push(Step(undo=lambda: run(undo), redo=lambda: run(do)))

    def _add(
        self,
        role: str,
        position: int,
        words: str = "",
        picture: dict[str, Any] | None = None,
        extras: dict[str, Any] | None = None,
    ) -> None:
        holder: dict[str, Any] = {}

        def do() -> None:
            if "page" in holder:
                self.library.restore_page(holder["page"])
            else:
                page = self.library.add_page(self.piece_id, role, position, words, picture, extras)
                holder["page"] = page
            self._reload(position)

        def undo() -> None:
            holder["page"] = self.library.delete_page(holder["page"].id)
            self._reload(max(0, position - 1))

        self._structural(do, undo)

    def add_page(self) -> None:
        self._add("page", self.index + 1)

    def duplicate_page(self) -> None:
        state = self.states[self.index]
        if state.role == "cover":
            return
        self.flush()
        self._add(state.role, self.index + 1, state.words, pic.make_picture(state.items), dict(state.extras))

    def add_item(self) -> None:
        self._add("item", len(self.states), extras={"ticked": False})
        if self.views:
            edit = next(iter(self.views[-1].edits.values()), None)
            if edit is not None:
                edit.setFocus()

    def next_item(self, view: Any) -> None:
        """Enter on a list item: go to the item after it, or start a new one at the end."""
        index = self.views.index(view) if view in self.views else len(self.views) - 1
        if index + 1 < len(self.views):
            edit = next(iter(self.views[index + 1].edits.values()), None)
            if edit is not None:
                edit.setFocus()
            return
        self.add_item()

    def add_envelope(self) -> None:
        if any(s.role == "envelope" for s in self.states):
            self.go_to(next(i for i, s in enumerate(self.states) if s.role == "envelope"))
            return
        writer = self.library.writer(self.piece.writer_id)
        self._add("envelope", len(self.states), extras={"to": "", "from": writer.name if writer else ""})

    def remove_page(self, index: int | None = None) -> None:
        index = self.index if index is None else index
        state = self.states[index]
        if state.role in ("cover", "sign", "letter"):
            return  # the cover and the one page of a sign or letter stay
        holder: dict[str, Any] = {"id": state.id}

        def do() -> None:
            holder["page"] = self.library.delete_page(holder["id"])
            self._reload(max(0, index - 1))

        def undo() -> None:
            self.library.restore_page(holder["page"])
            self._reload(index)

        self._structural(do, undo)

    def move_page(self, step: int, index: int | None = None) -> None:
        index = self.index if index is None else index
        target = index + step
        first_movable = 1 if self.states[0].role == "cover" else 0
        if self.states[index].role in ("cover", "envelope") or not first_movable <= target < len(self.states):
            return
        page_id = self.states[index].id

        def do() -> None:
            self.library.move_page(page_id, target)
            self._reload(target)

        def undo() -> None:
            self.library.move_page(page_id, index)
            self._reload(index)

        self._structural(do, undo)

    def choose_look(self, look: str) -> None:
        old = self.look
        if look == old:
            if self.look_bar is not None:
                self.look_bar.show_look(look)
            return

        def setter(name: str) -> Any:
            def run() -> None:
                self.library.set_look(self.piece_id, name)
                self.look = name
                piece = self.library.piece(self.piece_id)
                if piece is not None:
                    self.piece = piece
                self._show_pages()

            return run

        self._structural(setter(look), setter(old))
