"""The piece being made, without widgets: its pages as the child sees them now, the
undo history, and storing.

There is no Save button. Every change goes into the page's state at once, into the undo
stack, and into the library within `save_delay_ms` (and at once on a page turn, on
leaving, and on `flush()`), through the operations door (one transaction; a failure
reported there, the changes kept and tried again). The screen listens to the signals
here and shows what changed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from nook import render
from nook.core import picture as pic
from nook.core.held_work import HeldPage
from nook.core.library import Library
from nook.core.models import Piece
from nook.core.page_language import other_language, page_language, with_page_language
from nook.core.piece_text import with_grown_up_line
from nook.ui.editor.fill import FillBucket
from nook.ui.editor.model import Item, PageState, Snapshot
from nook.ui.editor.undo import Step, UndoStack
from nook.ui.operations import Operations

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 500  # under a second from the first unsaved change to stored


class PieceModel(QObject):
    """One open piece: `states` (one per page, in order), the page shown (`index`),
    `undo_stack`, and the timer that stores changes soon after they are made."""

    reloaded = Signal()  # the pages changed: one added, taken out or moved; a new look
    turned = Signal()  # undo or redo went to another page: show it
    restored = Signal(object, object)  # (PageState, set of parts) put back by undo or redo
    stored = Signal(object)  # list of the page indices just stored
    history_changed = Signal()  # undo or redo became possible or not

    def __init__(
        self,
        library: Library,
        piece_id: str,
        save_delay_ms: int = SAVE_DELAY_MS,
        retry_ms: int | None = None,
        parent: QObject | None = None,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        piece = library.piece(piece_id)
        if piece is None:
            raise KeyError(piece_id)
        self.library = library
        # Every write goes through the window's door (a model on its own gets its own).
        self.operations = operations if operations is not None else Operations(library, self)
        self.piece_id = piece_id
        self.piece: Piece = piece
        # How the words look, read once; read again when the settings change (restyle).
        self.page_style = render.PageStyle.resolve(library, piece)
        # Photos decoded at about the size they are drawn (a phone's photo whole was most
        # of the wait to open its page).
        self.pictures = render.Pictures(library.media, as_drawn=True)
        self.fill_bucket = FillBucket(self.pictures, library.media, self)
        self.kind = piece.kind
        self.look = piece.look
        self.undo_stack = UndoStack(on_change=self.history_changed.emit)
        self.states = [PageState.from_page(p) for p in library.pages(piece_id)]
        # Open on the page the child left (a ten-page book should not start at the cover).
        saved = library.state(f"last_page:{piece_id}", 0)
        self.index = saved if isinstance(saved, int) else 0
        self._remembered = self.index  # (where it reopens: nothing to store while shown)
        self._save_delay_ms = save_delay_ms
        self._retry_ms = retry_ms if retry_ms is not None else self.operations.retry_ms
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.timeout.connect(self.flush)
        # Work typed here before, when the library could not take it (a full disk), and
        # held since the piece was closed: it is shown again and stored from here on.
        self.take_back_held()

    # -- reading -----------------------------------------------------------------
    @property
    def current(self) -> PageState:
        return self.states[self.index]

    def index_of(self, page_id: str) -> int | None:
        return next((i for i, s in enumerate(self.states) if s.id == page_id), None)

    def style_for(self, state: PageState) -> render.TextStyle:
        return self.page_style.text_style(state.as_page())

    def restyle(self) -> None:
        """Read the page style again (a setting or the writer changed)."""
        self.page_style = render.PageStyle.resolve(self.library, self.piece)

    def writer_settings(self) -> dict[str, Any]:
        return self.library.settings_for(self.piece.writer_id)

    # -- languages -------------------------------------------------------------------
    def writer_language(self) -> str:
        return str(self.library.setting("language", self.piece.writer_id) or "en")

    def other_language(self) -> str | None:
        """The writer's second language, if a grown-up gave them one."""
        return other_language(self.writer_language(), self.library.setting("second_language", self.piece.writer_id))

    def language_of(self, state: PageState) -> str:
        """The language the page's words are in (read aloud in, exported as)."""
        return page_language(state.extras, self.writer_language())

    def set_page_language(self, state: PageState, code: str) -> None:
        """Mark the page's words as `code`: a change like any other (undoable)."""
        extras = with_page_language(state.extras, code, self.writer_language())
        if extras != state.extras:
            self.change_extras(state, extras)

    def store_pending(self) -> bool:
        """True while a change waits for the timer to store it."""
        return self._save_timer.isActive()

    # -- changes to a page's content ----------------------------------------------
    def change_items(self, state: PageState, items: list[Item]) -> None:
        if self.library.read_only:
            return  # a look-only piece (see look_only.py): nothing to keep, nothing to undo
        before = state.snapshot()
        state.items = items
        state.dirty.add("picture")
        self._record(state, before, None)

    def change_text(self, state: PageState, field: str, text: str) -> None:
        if self.library.read_only:
            return  # a look-only piece (see look_only.py): nothing to keep, nothing to undo
        before = state.snapshot()
        if field == "words":
            state.words = text
            state.dirty.add("words")
        else:
            state.extras = {**state.extras, field: text}
            state.dirty.add("extras")
        self._record(state, before, ("text", state.id, field))

    def change_extras(self, state: PageState, extras: dict[str, Any]) -> None:
        if self.library.read_only:
            return  # a look-only piece (see look_only.py): nothing to keep, nothing to undo
        before = state.snapshot()
        state.extras = dict(extras)
        state.dirty.add("extras")
        self._record(state, before, None)

    def change_extras_together(self, changes: list[tuple[PageState, dict[str, Any]]]) -> None:
        """Change several pages' extras as one step (a list's words made bigger: one undo
        takes back every row)."""
        if self.library.read_only or not changes:
            return
        befores = [(state.id, state.snapshot()) for state, _extras in changes]
        for state, extras in changes:
            state.extras = dict(extras)
            state.dirty.add("extras")
        afters = [(state.id, state.snapshot()) for state, _extras in changes]

        def apply(snapshots: list[tuple[str, Snapshot]]) -> None:
            for page_id, snapshot in snapshots:
                self._apply(page_id, snapshot)

        self.undo_stack.push(Step(undo=lambda: apply(befores), redo=lambda: apply(afters)))
        self.store_soon()

    def set_grown_up_line(self, state: PageState, text: str) -> None:
        """A grown-up's line under the page: stored soon like any change, but kept out of
        the child's undo (a child undoing their own words never takes it away)."""
        extras = with_grown_up_line(state.extras, text)
        if extras == state.extras:
            return
        state.extras = extras
        state.dirty.add("extras")
        self.store_soon()

    def _record(self, state: PageState, before: Snapshot, merge_key: object) -> None:
        after = {"snapshot": state.snapshot()}
        page_id = state.id
        step = Step(
            undo=lambda: self._apply(page_id, before),
            redo=lambda: self._apply(page_id, after["snapshot"]),
            merge_key=merge_key,
            payload=after,
        )

        def absorb(newer: Step) -> None:
            assert isinstance(newer.payload, dict)
            after.update(snapshot=newer.payload["snapshot"])

        step.absorb = absorb
        self.undo_stack.push(step)
        self.store_soon()

    def _apply(self, page_id: str, snapshot: Snapshot) -> None:
        """Undo or redo a change to a page's content, turning to that page."""
        index = self.index_of(page_id)
        if index is None:
            return
        if self.kind != "list" and index != self.index:
            self.flush()
            self.index = index
            self.turned.emit()
        state = self.states[index]
        changed = state.restore(snapshot)
        self.restored.emit(state, changed)
        self.store_soon()

    # -- changes to the pages themselves ---------------------------------------------
    def structural(self, do: Callable[[], None], undo: Callable[[], None]) -> None:
        """Run a change to the pages now (stored at once), and remember how to take it back."""
        self.flush()
        if self.library.read_only or not self._store_change(do):
            return  # not stored: nothing to take back

        def run(action: Callable[[], None]) -> None:
            self.flush()
            self._store_change(action)

        self.undo_stack.push(Step(undo=lambda: run(undo), redo=lambda: run(do)))

    def _store_change(self, change: Callable[[], None]) -> bool:
        """Store a change to the pages (or a sign's look); True if it was. The change reads
        the pages again inside its transaction: if that is rolled back (a full disk failing
        the commit), what it read is not in the library, so what was held before is shown again."""
        states, index, look, piece = self.states, self.index, self.look, self.piece
        if self.operations.store(self, change):
            return True
        if self.states is not states or self.index != index or self.look != look or self.piece is not piece:
            self.states, self.index, self.look, self.piece = states, index, look, piece
            self.reloaded.emit()
        return False

    def reload(self, index: int | None = None) -> None:
        """Read the pages again after a change to them; `reloaded` tells the screen."""
        self.fill_bucket.drop_pours()  # their pages are read again
        # A page read back just as it is held (nothing waiting to be stored) keeps its
        # state: a list shows its unchanged rows on (a new item built every row again).
        # A page with work not stored yet (a full disk that still took this smaller
        # change) keeps its state too: the library does not have that work to give back.
        held = {state.id: state for state in self.states}
        states = []
        for page in self.library.pages(self.piece_id):
            state = PageState.from_page(page)
            before = held.get(state.id)
            keep = before is not None and (bool(before.dirty) or before.same_page(state))
            states.append(before if keep and before is not None else state)
        self.states = states
        if index is not None:
            self.index = index
        self.reloaded.emit()

    def set_look(self, look: str) -> None:
        """A sign's look (stored at once); the pages show again in it."""
        self.library.set_look(self.piece_id, look)
        self.look = look
        piece = self.library.piece(self.piece_id)
        if piece is not None:
            self.piece = piece
        self.reloaded.emit()

    def turn_to(self, index: int) -> None:
        """Another page is shown: what is there is stored first, typing starts a new step."""
        self.flush()
        self.undo_stack.seal()
        self.fill_bucket.drop_pours()  # a pour still waiting was for the page left
        self.index = index

    def remember_page(self) -> None:
        """The page shown now is where the piece reopens. Stored only when it is another:
        each write is a commit the disk syncs, and opening a piece waited for one."""
        if self.index == self._remembered:
            return
        self._remembered = self.index
        self.operations.store(self, self.library.set_state, f"last_page:{self.piece_id}", self.index)

    def set_finished(self, finished: bool) -> None:
        self.flush()
        self.operations.store(self, self.library.set_finished, self.piece_id, finished)

    # -- storing -------------------------------------------------------------------
    def store_soon(self) -> None:
        """Store within the save delay of the first unsaved change. The timer is not
        restarted by later changes, so a child who never pauses still has their work
        stored every fraction of a second, not only when they stop."""
        if not self._save_timer.isActive():
            self._save_timer.start(self._save_delay_ms)

    def flush(self) -> None:
        """Store every change not stored yet, now."""
        self._save_timer.stop()
        dirty = [(i, s) for i, s in enumerate(self.states) if s.dirty]
        if not dirty:
            return
        # The pages' work stays on screen and is tried again: its failure is not a tap's.
        with self.operations.in_background():
            stored = self.operations.store(self, self._store_pages, [state for _index, state in dirty])
        if not stored:
            # Nothing was stored (one transaction; the door has told the child and the
            # log): keep it all marked and try again soon.
            self._save_timer.start(self._retry_ms)
            return
        for _index, state in dirty:
            if "picture" in state.dirty:
                state.stored = tuple(state.items)
            state.dirty.clear()
        self.stored.emit([index for index, _state in dirty])

    def hand_over(self) -> None:
        """The piece is closing with work not stored (a full disk): the door holds it and
        keeps trying, so leaving the piece never throws it away."""
        self._save_timer.stop()
        held = [held_page(state) for state in self.states if state.dirty]
        if held:
            self.operations.hold(held)
        for state in self.states:
            state.dirty.clear()

    def take_back_held(self) -> None:
        """What the door holds of this piece is shown and stored by this editor again."""
        held = self.operations.take_held(self.piece_id)
        if held:
            self._take_back(held)

    def _take_back(self, held: list[HeldPage]) -> None:
        by_id = {page.page_id: page for page in held}
        for state in self.states:
            page = by_id.pop(state.id, None)
            if page is None:
                continue
            if page.words is not None:
                state.words = page.words
                state.dirty.add("words")
            if page.picture_json is not None:
                state.items = pic.items_of(json.loads(page.picture_json))
                state.dirty.add("picture")
            if page.extras is not None:
                state.extras = dict(page.extras)
                state.dirty.add("extras")
        if by_id:  # pages taken out meanwhile: the door keeps trying (and logs it)
            self.operations.hold(list(by_id.values()))
        self.store_soon()

    def _store_pages(self, dirty: list[PageState]) -> None:
        for state in dirty:
            parts: dict[str, Any] = {}
            if "words" in state.dirty:
                parts["words"] = state.words
            if "picture" in state.dirty:
                added = state.added_items()
                if added is None:
                    parts["picture_json"] = pic.picture_json(state.items)
                elif added:  # strokes drawn: appended, whatever is on the page already
                    parts["picture_added"] = [pic.item_json(item) for item in added]
            if "extras" in state.dirty:
                parts["extras"] = dict(state.extras)
            try:
                self.library.update_page(state.id, **parts)
            except KeyError:
                log.warning("page %s went away before it was stored", state.id)


def held_page(state: PageState) -> HeldPage:
    """The parts of a page not stored yet, as the door holds them."""
    return HeldPage(
        state.piece_id,
        state.id,
        words=state.words if "words" in state.dirty else None,
        picture_json=pic.picture_json(state.items) if "picture" in state.dirty else None,
        extras=dict(state.extras) if "extras" in state.dirty else None,
    )
