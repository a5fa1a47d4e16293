"""The piece screen's pages on screen (a mixin of PieceScreen): the page views made,
shown and turned, the one the tools act on, the keyboard on its words, and the strip's
thumbnails kept in step with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shiboken6 import isValid

from nook.ui.editor.kinds import ListPart
from nook.ui.editor.model import PageState
from nook.ui.editor.page_view import PageView
from nook.ui.editor.page_words import starting_field

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from nook.ui.editor.grown_up_line import GrownUpLineBar
    from nook.ui.editor.kinds import KindPart
    from nook.ui.editor.layers import LayerCache, Thumbnails
    from nook.ui.editor.look_only import LookOnly
    from nook.ui.editor.page_language import PageLanguageButton
    from nook.ui.editor.picture_actions import PictureActions
    from nook.ui.editor.piece import PieceModel
    from nook.ui.editor.reading import Reading
    from nook.ui.editor.sounds import SoundBox
    from nook.ui.editor.strips import PageStrip
    from nook.ui.editor.tools import ToolState
    from nook.ui.editor.undo import UndoStack
    from nook.ui.editor.voice_on_pages import VoiceOnPages
    from nook.ui.editor.words_edit import WordsEdit


class PagesOnScreen:
    """The pages shown, turned and touched (a mixin of PieceScreen)."""

    # The screen's, made as it is built.
    piece: PieceModel
    tools: ToolState
    sounds: SoundBox
    layers: LayerCache
    thumbnails: Thumbnails
    button_size: int
    centre: QWidget
    reading: Reading
    look_only: LookOnly | None
    part: KindPart
    strip: PageStrip | None
    current_view: PageView | None
    current_edit: WordsEdit | None
    grown_up_line: GrownUpLineBar
    picture_actions: PictureActions
    voice_on_pages: VoiceOnPages
    language_button: PageLanguageButton

    # The screen's own (see piece_screen.py).
    def undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        raise NotImplementedError

    def oops(self, reason: str) -> None:
        raise NotImplementedError

    def _sync_buttons(self) -> None:
        raise NotImplementedError

    # -- the piece's state, as the tests and the window see it ------------------------
    @property
    def states(self) -> list[PageState]:
        return self.piece.states

    @property
    def index(self) -> int:
        return self.piece.index

    @property
    def views(self) -> list[PageView]:  # the part's, built (a list's rows as they are wanted)
        return self.part.views

    @property
    def undo_stack(self) -> UndoStack:
        return self.piece.undo_stack

    # -- pages on screen -------------------------------------------------------------
    def _make_view(self, state: PageState) -> PageView:
        # Made where a page is shown (a list moves it into its row): one moved in once made
        # would have its words boxes and handles styled again, on each open and page turn.
        view = PageView(state, self.piece, self.tools, self.sounds, self.layers, self.button_size, self.centre)
        view.activated.connect(lambda edit, v=view: self.activated(v, edit))
        view.oops.connect(self.oops)
        view.word_tapped.connect(self.reading.word_tapped)
        view.undo_wanted.connect(self.undo)
        view.redo_wanted.connect(self.redo)
        view.turn_wanted.connect(self.turn)
        view.next_item_wanted.connect(lambda v=view: self.part.next_item(v))
        view.typed_in.connect(lambda v=view: self.part.typed_in(v))
        view.layer_ready.connect(lambda v=view: self._layer_ready(v))
        for edit in view.edits.values():
            self.reading.attach(edit)
        if self.look_only is not None:
            self.look_only.attach(view)
        return view

    def _keep_layer(self, view: PageView) -> None:
        layer = view.kept_layer()
        if layer is not None:
            self.layers.keep(view.state, layer)

    def _show_pages(self) -> None:
        """Build the page views for what is shown now (one page, or every list row)."""
        if not self.reading.turning:
            # The words being read are about to go: a page turn, a new page or item, a
            # new look, undo. Reading stops cleanly rather than talking over a new page.
            self.reading.stop()
        self.piece.index = max(0, min(self.piece.index, len(self.states) - 1))
        self.part.show_views(self.views, self._make_view, self._keep_layer)
        self.current_view = self.part.view_at(self.index)
        self._focus_words()
        self._refresh_strip()
        if not self.part.shows_every_page:
            self.piece.remember_page()
        self.part.shown()
        self._sync_buttons()
        self.picture_actions.warm_fill()  # the bucket in hand: the new page is made ready for it

    def _focus_words(self) -> None:
        """The keyboard goes to the page's words, so typing just works after a turn (a
        grown-up writing lines page after page keeps typing in theirs)."""
        view = self.current_view
        if self.grown_up_line.is_open:
            self.grown_up_line.edit.setFocus()
            return
        edit = view.edits.get(starting_field(view)) if view is not None else None
        if edit is not None:
            edit.setFocus()
            cursor = edit.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            edit.setTextCursor(cursor)
            self.current_edit = edit

    def keyboard_back_to_words(self) -> None:
        """The keyboard back in the words box last typed in (else the page's own), from a
        box of a tool that took it (the sticker search)."""
        edit = self.current_edit
        if edit is not None and isValid(edit) and edit.isVisible():
            edit.setFocus()
        else:
            self._focus_words()

    def _refresh_strip(self) -> None:
        if self.strip is not None:
            self.strip.set_pages([self.thumbnails.thumbnail(i) for i in range(len(self.states))], self.index)

    def _layer_ready(self, view: PageView) -> None:
        """A busy page finished drawing: its thumbnail can now be made from it (and the
        fill bucket's full-size picture of it is drawn ahead, in a worker)."""
        index = next((i for i, s in enumerate(self.states) if s is view.state), None)
        if index is not None:
            self._refresh_thumb(index)
        self.picture_actions.page_drawn(view)

    def _grown_up_line_changed(self, state: PageState) -> None:
        """The words make room for the grown-up's line (or take it back); the strip follows."""
        view = self.view_for(state)
        if view is not None:
            view.relayout()
        index = next((i for i, s in enumerate(self.states) if s is state), None)
        if index is not None:
            self._refresh_thumb(index)

    def _stored(self, indices: list[int]) -> None:
        for index in indices:
            self._refresh_thumb(index)

    def _refresh_thumb(self, index: int) -> None:
        """Page `index` changed: its thumbnail in the strip is made again."""
        if self.strip is not None and index < len(self.strip.thumbs):
            self.strip.set_thumb(index, self.thumbnails.thumbnail(index))

    def _restored(self, state: PageState, changed: set[str]) -> None:
        view = self.view_for(state)
        if view is not None:
            view.show_restored(changed)
        if "extras" in changed and state is self.states[self.index]:
            self.language_button.show_page(state)  # an undone language mark

    def go_to(self, index: int) -> None:
        """Turn to another page (book and letter); stores what is there first."""
        if not 0 <= index < len(self.states):
            return
        if isinstance(self.part, ListPart):
            self.current_view = self.part.bring_row(index)
            return
        if index == self.index and self.views:
            return
        self.piece.turn_to(index)
        self._show_pages()
        self.sounds.play("page_turn")

    def turn(self, step: int) -> None:
        """Page Up / Page Down: the page before or the next one."""
        self.go_to(self.index + step)

    def view_for(self, state: PageState) -> PageView | None:
        return next((view for view in self.views if view.state is state), None)

    def activated(self, view: PageView, edit: WordsEdit | None = None) -> None:
        """A page (or one of its words boxes) was touched: it is the one tools act on."""
        self.current_view = view
        if edit is not None:
            self.current_edit = edit
        index = self.part.index_of(view)
        # Only a row still showing its page where it is (while the rows are being rebuilt
        # the keyboard may pass through a row whose page has just gone).
        if isinstance(self.part, ListPart) and 0 <= index < len(self.states) and self.states[index] is view.state:
            self.piece.index = index
            self.voice_on_pages.sync()
            self.grown_up_line.show_page(view.state)
            self.language_button.show_page(view.state)
        for other in self.views:
            if other is not view and other.selected is not None:
                other.select(None)
