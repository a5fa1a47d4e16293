"""One piece open for making: its pages with picture and words, the tools around them.

There is no Save button. Every change goes into the page's state at once, into the undo
stack, and into the library within half a second (and at once on a page turn, on
leaving, and on `flush()`), through the library's own transactions.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nook import render
from nook.core import picture as pic
from nook.core.library import Change, Library, What
from nook.core.models import Piece
from nook.speech import Voice
from nook.ui.changes import LibraryEvents
from nook.ui.editor.model import PageState, Snapshot
from nook.ui.editor.oops import OopsBubble
from nook.ui.editor.page_actions import PageActions
from nook.ui.editor.page_view import PageView, WordsEdit
from nook.ui.editor.picture_actions import PictureActions
from nook.ui.editor.sounds import SoundBox
from nook.ui.editor.speaking import Speaking
from nook.ui.editor.sticker_box import StickerBox
from nook.ui.editor.strips import ListRows, LookBar, PageStrip, scrolled, turned_icon
from nook.ui.editor.tools import ColourPanel, ToolPanel, ToolState, WordsColourPanel
from nook.ui.editor.undo import Step, UndoStack
from nook.ui.editor.word_wall import WordWallPanel
from nook.ui.kit.buttons import PictureButton

log = logging.getLogger(__name__)

LAYER_CACHE_PAGES = 6
SAVE_DELAY_MS = 500  # under a second from the first unsaved change to stored
SAVE_RETRY_MS = 2000
TEXT_SIZE_STEP = 6


def same_items(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """The same picture items (items are never changed in place, only replaced)."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


class PieceScreen(Speaking, PageActions, PictureActions, QWidget):
    """Making a piece: book, list, sign or letter. Edits store themselves."""

    closed = Signal()
    show_time_wanted = Signal(str)

    def __init__(
        self,
        library: Library,
        events: LibraryEvents,
        piece_id: str,
        voice: Voice,
        button_size: int = 64,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pieceScreen")
        self.setAccessibleName("Making")
        self.setAcceptDrops(True)
        self.library = library
        self.events = events
        self.piece_id = piece_id
        self.button_size = button_size
        self.voice = voice
        piece = library.piece(piece_id)
        if piece is None:
            raise KeyError(piece_id)
        self.piece: Piece = piece
        # How the words look, read once; read again when the settings change.
        self.page_style = render.PageStyle.resolve(library, piece)
        self.pictures = render.Pictures(library.media)
        self.kind = piece.kind
        self.look = piece.look
        self.tools = ToolState()
        self.undo_stack = UndoStack(on_change=self._sync_buttons)
        self.states = [PageState.from_page(p) for p in library.pages(piece_id)]
        # Open on the page the child left (a ten-page book should not start at the cover).
        saved = library.state(f"last_page:{piece_id}", 0)
        self.index = saved if isinstance(saved, int) else 0
        self.views: list[PageView] = []
        self.current_view: PageView | None = None
        self.current_edit: WordsEdit | None = None
        self._thumbs: dict[str, tuple[Any, list[dict[str, Any]], QPixmap]] = {}
        self._layers: OrderedDict[str, tuple[list[dict[str, Any]], QImage]] = OrderedDict()
        self._reading: list[WordsEdit] = []
        self._reading_piece = False
        self._turning_for_reading = False

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._fill_warmer = QTimer(self)
        self._fill_warmer.setInterval(0)
        self._fill_warmer.timeout.connect(self._warm_fill)

        self.sounds = SoundBox(lambda: bool(self.library.setting("sounds")), self)
        self._build_speech()
        self._build()
        events.changed.connect(self._library_changed)
        self.tools.listen(self._tool_changed)
        self._show_pages()
        self._sync_buttons()

    # -- building -----------------------------------------------------------------
    def _button(self, icon_name: str, phrase: str, name: str, slot: Any) -> PictureButton:
        button = PictureButton(icon_name, phrase, name, self.button_size)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _build(self) -> None:
        b = self._button
        self.back_button = b("shelf", "My shelf", "backToShelf", self.close_piece)
        self.read_button = b("read_aloud" if self.speaks else "no_sound", "Read to me", "readAloud", self.read_to_me)
        self.stop_button = b("stop" if self.speaks else "no_sound", "Stop", "stopReading", self.stop_reading)
        self.read_button.setEnabled(self.speaks)
        self.stop_button.setEnabled(self.speaks)
        self.word_wall_button = b("word_wall", "Word wall", "wordWall", self.toggle_word_wall)
        self.smaller_button = b("text_smaller", "Smaller letters", "textSmaller", lambda: self.change_text_size(-1))
        self.bigger_button = b("text_bigger", "Bigger letters", "textBigger", lambda: self.change_text_size(1))
        self.words_colour_button = b("palette", "Colour of my words", "wordsColour", self.choose_words_colour)
        self.undo_button = b("undo", "Undo", "undo", self.undo)
        self.redo_button = b("redo", "Redo", "redo", self.redo)
        self.show_time_button = b("show_time", "Show time", "showTime", self._show_time)
        self.finished_button = PictureButton("finished", "I'm finished!", "finishedButton", self.button_size)
        self.finished_button.setCheckable(True)
        self.finished_button.setChecked(self.piece.finished)
        self.finished_button.toggled.connect(self._set_finished)
        self.previous_button = b("previous_page", "Page before", "previousPage", lambda: self.turn(-1))
        self.next_button = b("next_page", "Next page", "nextPage", lambda: self.turn(1))
        turning = self.kind in ("book", "letter")
        self.previous_button.setVisible(turning)
        self.next_button.setVisible(turning)

        top = QHBoxLayout()
        top.setSpacing(6)
        for widget in (self.back_button, self.read_button, self.stop_button, self.word_wall_button):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (
            self.smaller_button,
            self.bigger_button,
            self.words_colour_button,
            self.undo_button,
            self.redo_button,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addStretch(1)
        top.addWidget(self.show_time_button)
        top.addWidget(self.finished_button)

        self.photo_button = b("photo", "Add a photo", "addPhoto", self.choose_photo)
        self.clear_button = b("clear_page", "Clear the picture", "clearPicture", self.clear_picture)
        self.tool_panel = ToolPanel(self.tools, self.button_size, [self.photo_button, self.clear_button])
        self.colour_panel = ColourPanel(self.tools, self.button_size)
        self.sticker_box = StickerBox(self.button_size, self._sticker_chosen)
        self.side = QStackedWidget()
        self.side.setObjectName("sidePanel")
        self.colour_scroll = scrolled(self.colour_panel)
        self.side.addWidget(self.colour_scroll)
        self.side.addWidget(self.sticker_box)
        self.words_colour_panel = WordsColourPanel(self.set_words_colour, self.button_size)
        self.words_colour_scroll = scrolled(self.words_colour_panel)
        self.side.addWidget(self.words_colour_scroll)
        self.word_wall = self._make_word_wall()
        self.side.addWidget(self.word_wall)
        self.side.currentChanged.connect(self._fit_side)
        self._fit_side()

        self.centre = QWidget()
        self.centre.setObjectName("pageArea")
        self.centre_layout = QVBoxLayout(self.centre)
        self.centre_layout.setContentsMargins(0, 0, 0, 0)
        self.strip: PageStrip | None = None
        self.look_bar: LookBar | None = None
        self.list_rows: ListRows | None = None
        self.page_host = QVBoxLayout()
        if self.kind == "list":
            self.list_rows = ListRows()
            self.centre_layout.addWidget(self.list_rows, 1)
        else:
            self.centre_layout.addLayout(self.page_host, 1)
        if self.kind == "book":
            self.add_page_button = b("add_page", "New page", "addPage", self.add_page)
            self.duplicate_button = b("duplicate", "Copy this page", "duplicatePage", self.duplicate_page)
            self.remove_page_button = b("remove_page", "Take this page out", "removePage", self.remove_page)
            self.move_left_button = b("move_left", "Move page back", "movePageLeft", lambda: self.move_page(-1))
            self.move_right_button = b("move_right", "Move page on", "movePageRight", lambda: self.move_page(1))
            self.strip = PageStrip(
                self.button_size,
                self.go_to,
                [
                    self.move_left_button,
                    self.move_right_button,
                    self.duplicate_button,
                    self.remove_page_button,
                    self.add_page_button,
                ],
            )
            self.strip.setProperty("has_cover", True)
        elif self.kind == "letter":
            self.envelope_button = b("envelope", "Add an envelope", "addEnvelope", self.add_envelope)
            self.remove_page_button = b("remove_page", "Take the envelope away", "removePage", self.remove_page)
            self.strip = PageStrip(self.button_size, self.go_to, [self.envelope_button, self.remove_page_button])
        elif self.kind == "sign":
            self.look_bar = LookBar(self.button_size, self.choose_look)
            self.centre_layout.addWidget(self.look_bar)
        if self.strip is not None:
            self.centre_layout.addWidget(self.strip)

        middle = QHBoxLayout()
        middle.setSpacing(8)
        middle.addWidget(scrolled(self.tool_panel))
        middle.addWidget(self.centre, 1)
        middle.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top_bar = QWidget()
        top_bar.setObjectName("topBar")
        top.setContentsMargins(0, 0, 0, 0)
        top_bar.setLayout(top)
        layout.addWidget(scrolled(top_bar, vertical=False))
        layout.addLayout(middle, 1)
        self.oops_bubble = OopsBubble(self.button_size, self)

    def _make_word_wall(self) -> WordWallPanel:
        panel = WordWallPanel(self.library, self.voice, self.button_size)
        panel.word_chosen.connect(self.insert_word)
        panel.closed.connect(lambda: self.toggle_word_wall() if self.side.currentWidget() is panel else None)
        return panel

    # -- pages on screen -------------------------------------------------------------
    def _show_pages(self) -> None:
        """Build the page views for what is shown now (one page, or every list row)."""
        if not self._turning_for_reading:
            # The words being read are about to go: a page turn, a new page or item, a
            # new look, undo. Reading stops cleanly rather than talking over a new page.
            self.stop_reading()
        self.index = max(0, min(self.index, len(self.states) - 1))
        if self.kind == "list":
            self._show_list()
        else:
            for view in self.views:
                self.keep_layer(view)
                self.page_host.removeWidget(view)
                view.hide()  # at once: deleteLater waits for the event loop
                view.deleteLater()
            view = PageView(self, self.states[self.index])
            self.views = [view]
            self.page_host.addWidget(view, 1)
            view.show()  # now, not on the next turn of the event loop
            self.current_view = view
        self._focus_words()
        self._refresh_strip()
        if self.kind != "list":
            self.library.set_state(f"last_page:{self.piece_id}", self.index)
        if self.look_bar is not None:
            self.look_bar.show_look(self.look)
        self._sync_buttons()

    def _focus_words(self) -> None:
        """The keyboard goes to the page's words, so typing just works after a turn."""
        view = self.current_view
        edit = view.edits.get("words") if view is not None else None
        if edit is not None:
            edit.setFocus()
            cursor = edit.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            edit.setTextCursor(cursor)
            self.current_edit = edit

    def _show_list(self) -> None:
        assert self.list_rows is not None
        self.list_rows.clear()
        self.views = []
        for index, state in enumerate(self.states):
            view = PageView(self, state)
            view.setObjectName(f"pageView{index}")
            buttons = []
            if state.role == "item":
                buttons = [
                    self._button(
                        "remove_item", "Take this away", f"removeItem{index}", lambda i=index: self.remove_page(i)
                    ),
                    self._row_button(
                        "move_right", -90, "Move it up", f"moveItemUp{index}", lambda i=index: self.move_page(-1, i)
                    ),
                    self._row_button(
                        "move_right", 90, "Move it down", f"moveItemDown{index}", lambda i=index: self.move_page(1, i)
                    ),
                ]
                buttons[1].setEnabled(index > 1)
                buttons[2].setEnabled(index < len(self.states) - 1)
            self.list_rows.add_row(view, buttons).show()
            self.views.append(view)
        add = self._button("add_item", "Add a thing to the list", "addItem", self.add_item)
        self.list_rows.add_footer(add)
        self.current_view = self.views[min(self.index, len(self.views) - 1)]

    def _row_button(self, icon_name: str, degrees: int, phrase: str, name: str, slot: Any) -> PictureButton:
        button = PictureButton(turned_icon(icon_name, degrees), phrase, name, self.button_size)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _refresh_strip(self) -> None:
        if self.strip is None:
            return
        images = [self._thumbnail(i) for i in range(len(self.states))]
        self.strip.set_pages(images, self.index)

    def _thumbnail(self, index: int) -> QPixmap:
        """A page's thumbnail; drawn again only when the page changed, and from the
        editor's picture layer when the page is on screen (never all strokes again)."""
        state = self.states[index]
        key = (state.words, repr(sorted(state.extras.items())), self.look, state.role)
        cached = self._thumbs.get(state.id)
        if cached is not None and cached[0] == key and same_items(cached[1], state.items):
            return cached[2]
        size = render.page_layout(self.kind, state.role).size
        height = self.button_size - 12
        width = int(height * size.width() / size.height())
        view = self.view_for(state)
        layer = None
        placeholder = False
        if view is not None and view.width() > 0:
            if view.layer_complete():
                layer = view.layer()
            elif cached is not None:
                return cached[2]  # the old one until the picture is drawn (layer_ready)
            else:
                placeholder = True
        image = QImage(QSize(width * 2, height * 2), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target, scale = render.page_rect_in(QRectF(0, 0, image.width(), image.height()), size)
        painter.translate(target.topLeft())
        painter.scale(scale, scale)
        render.paint_page_content(
            painter,
            state.as_page(index),
            self.piece,
            self.page_style,
            self.pictures,
            picture=layer if layer is not None else not placeholder,
        )
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(2.0)
        if not placeholder:
            self._thumbs[state.id] = (key, list(state.items), pixmap)
        return pixmap

    def keep_layer(self, view: PageView) -> None:
        """Remember a page's drawn picture when its view goes, so coming back is instant."""
        if not view.layer_complete() or view._drag_item is not None:
            return
        self._layers[view.state.id] = (list(view.state.items), view._layer)
        self._layers.move_to_end(view.state.id)
        while len(self._layers) > LAYER_CACHE_PAGES:
            self._layers.popitem(last=False)

    def layer_ready(self, view: PageView) -> None:
        """A busy page finished drawing: its thumbnail can now be made from it."""
        index = next((i for i, s in enumerate(self.states) if s is view.state), None)
        if self.strip is not None and index is not None and index < len(self.strip.thumbs):
            self.strip.set_thumb(index, self._thumbnail(index))

    def cached_layer(self, state: PageState, size: QSize) -> QImage | None:
        entry = self._layers.get(state.id)
        if entry is None or entry[1].size() != size or not same_items(entry[0], state.items):
            return None
        return entry[1]

    def go_to(self, index: int) -> None:
        """Turn to another page (book and letter); stores what is there first."""
        if not 0 <= index < len(self.states):
            return
        if self.kind == "list":
            self.index = index
            self.current_view = self.views[index]
            self.list_rows.ensureWidgetVisible(self.views[index])  # type: ignore[union-attr]
            return
        if index == self.index and self.views:
            return
        self.flush()
        self.undo_stack.seal()
        self.index = index
        self._show_pages()
        self.sounds.play("page_turn")

    def view_for(self, state: PageState) -> PageView | None:
        for view in self.views:
            if view.state is state:
                return view
        return None

    # -- the context page views use ----------------------------------------------------
    def piece_for_render(self) -> Piece:
        return self.piece

    def style_for(self, state: PageState) -> render.TextStyle:
        return self.page_style.text_style(state.as_page())

    def activated(self, view: PageView, edit: WordsEdit | None = None) -> None:
        self.current_view = view
        if edit is not None:
            self.current_edit = edit
        if self.kind == "list" and view in self.views:
            self.index = self.views.index(view)
        for other in self.views:
            if other is not view and other.selected is not None:
                other.select(None)

    def oops(self, reason: str) -> None:
        self.sounds.play("oops")
        text = self.oops_bubble.show_reason(reason)
        if self.speaks:
            self.voice.say(text)

    def change_items(self, state: PageState, items: list[dict[str, Any]]) -> None:
        before = state.snapshot()
        state.items = items
        state.dirty.add("picture")
        self._record(state, before, None)

    def change_text(self, state: PageState, field: str, text: str) -> None:
        before = state.snapshot()
        if field == "words":
            state.words = text
            state.dirty.add("words")
        else:
            state.extras = {**state.extras, field: text}
            state.dirty.add("extras")
        self._record(state, before, ("text", state.id, field))

    def change_extras(self, state: PageState, extras: dict[str, Any]) -> None:
        before = state.snapshot()
        state.extras = dict(extras)
        state.dirty.add("extras")
        self._record(state, before, None)

    def _record(self, state: PageState, before: Snapshot, merge_key: object) -> None:
        after = {"snapshot": state.snapshot()}
        page_id = state.id
        step = Step(
            undo=lambda: self._apply(page_id, before),
            redo=lambda: self._apply(page_id, after["snapshot"]),
            merge_key=merge_key,
            payload=after,
        )
        step.absorb = lambda newer: after.update(snapshot=newer.payload["snapshot"])
        self.undo_stack.push(step)
        self._store_soon()

    def _apply(self, page_id: str, snapshot: Snapshot) -> None:
        """Undo or redo a change to a page's content, showing that page."""
        index = next((i for i, s in enumerate(self.states) if s.id == page_id), None)
        if index is None:
            return
        if self.kind != "list" and index != self.index:
            self.flush()
            self.index = index
            self._show_pages()
        state = self.states[index]
        changed = state.restore(snapshot)
        view = self.view_for(state)
        if view is not None:
            if "picture" in changed:
                view.redraw()
            if changed & {"words", "extras"}:
                view._background = None
                view.show_text()
                view.update()
        self._store_soon()

    def _store_soon(self) -> None:
        """Store within SAVE_DELAY_MS of the first unsaved change. The timer is not
        restarted by later changes, so a child who never pauses still has their work
        stored every fraction of a second, not only when they stop."""
        if not self._save_timer.isActive():
            self._save_timer.start(SAVE_DELAY_MS)

    # -- storing -----------------------------------------------------------------------
    def flush(self) -> None:
        """Store every change not stored yet, now."""
        self._save_timer.stop()
        dirty = [(i, s) for i, s in enumerate(self.states) if s.dirty]
        if not dirty:
            return
        try:
            with self.library.transaction():
                for _index, state in dirty:
                    parts: dict[str, Any] = {}
                    if "words" in state.dirty:
                        parts["words"] = state.words
                    if "picture" in state.dirty:
                        parts["picture_json"] = pic.picture_json(state.items)
                    if "extras" in state.dirty:
                        parts["extras"] = dict(state.extras)
                    try:
                        self.library.update_page(state.id, **parts)
                    except KeyError:
                        log.warning("page %s went away before it was stored", state.id)
        except sqlite3.Error:
            # Nothing was stored (one transaction); keep it all marked and try again soon.
            log.exception("storing the piece failed; trying again")
            self._save_timer.start(SAVE_RETRY_MS)
            return
        for _index, state in dirty:
            state.dirty.clear()
        if self.strip is not None:
            for index, _state in dirty:
                if index < len(self.strip.thumbs):
                    self.strip.set_thumb(index, self._thumbnail(index))

    def _library_changed(self, change: Change) -> None:
        if change.what in (What.SETTING, What.WRITER):  # font, size, capitals; the writer's colour and name
            self.page_style = render.PageStyle.resolve(self.library, self.piece)
            for view in self.views:
                view._background = None
                view.place_edits()
                view.update()

    # -- words ------------------------------------------------------------------------
    def change_text_size(self, direction: int) -> None:
        view = self.current_view
        if view is None:
            return
        style = self.style_for(view.state)
        size = max(18, min(120, style.size // 2 + direction * TEXT_SIZE_STEP))
        self.change_extras(view.state, {**view.state.extras, "text_size": size})
        view.place_edits()
        view.update()

    def choose_words_colour(self) -> None:
        """Show (or put away) the colour blobs for the writer's words in the side panel."""
        if self.side.currentWidget() is self.words_colour_scroll:
            self.side.setCurrentWidget(self.sticker_box if self.tools.tool == "sticker" else self.colour_scroll)
            return
        writer = self.library.writer(self.piece.writer_id)
        self.words_colour_panel.show_chosen(writer.colour if writer else "")
        self.side.setCurrentWidget(self.words_colour_scroll)

    def set_words_colour(self, colour: str) -> None:
        """The writer's words are this colour from now on, on every page they make."""
        self.library.update_writer(self.piece.writer_id, colour=colour)
        self.words_colour_panel.show_chosen(colour)
        for view in self.views:
            view.place_edits()
            view.update()
        self.side.setCurrentWidget(self.sticker_box if self.tools.tool == "sticker" else self.colour_scroll)

    def insert_word(self, word: str) -> None:
        """Put a word-wall word in at the cursor of the words box last used."""
        edit = self.current_edit
        if edit is None and self.current_view is not None:
            edit = self.current_view.edits.get("words")
        if edit is None:
            return
        cursor = edit.textCursor()
        before = edit.toPlainText()[: cursor.position()]
        text = word if not before or before[-1].isspace() else " " + word
        cursor.insertText(text + " ")
        edit.setTextCursor(cursor)
        edit.setFocus()

    def toggle_word_wall(self) -> None:
        if self.word_wall is None:
            return
        if self.side.currentWidget() is self.word_wall:
            self.side.setCurrentWidget(self.sticker_box if self.tools.tool == "sticker" else self.colour_scroll)
        else:
            self.side.setCurrentWidget(self.word_wall)

    # -- undo, finished, leaving ---------------------------------------------------------
    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def _sync_buttons(self) -> None:
        if not hasattr(self, "undo_button"):
            return
        self.undo_button.setEnabled(self.undo_stack.can_undo())
        self.redo_button.setEnabled(self.undo_stack.can_redo())
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.states) - 1)
        if self.kind == "book" and self.states:
            role = self.states[self.index].role
            self.remove_page_button.setEnabled(role != "cover")
            self.duplicate_button.setEnabled(role != "cover")
            self.move_left_button.setEnabled(role != "cover" and self.index > 1)
            self.move_right_button.setEnabled(role != "cover" and self.index < len(self.states) - 1)
        if self.kind == "letter":
            has_envelope = any(s.role == "envelope" for s in self.states)
            self.remove_page_button.setVisible(self.states[self.index].role == "envelope")
            self.envelope_button.setEnabled(not has_envelope or self.states[self.index].role != "envelope")

    def _set_finished(self, finished: bool) -> None:
        if finished:
            self.sounds.play("finished")
        self.flush()
        self.library.set_finished(self.piece_id, finished)

    def _show_time(self) -> None:
        self.flush()
        self.show_time_wanted.emit(self.piece_id)

    def close_piece(self) -> None:
        self.stop_reading()
        self.flush()
        self.closed.emit()

    # A grown-up may also drop a photo file onto the editor.
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_photo(files[0])

    def turn(self, step: int) -> None:
        """Page Up / Page Down: the page before or the next one."""
        self.go_to(self.index + step)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Keys that no text box or button took: page turns and undo.
        if event.key() == Qt.Key.Key_PageDown:
            self.turn(1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.turn(-1)
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.stop_reading()  # a hidden piece does not go on reading (or turning pages)
        self.flush()
        super().hideEvent(event)
