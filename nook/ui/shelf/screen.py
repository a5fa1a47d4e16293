"""A writer's shelf: four big 'make something' buttons and everything they made.

Covers are drawn by a delegate from a lazily filled thumbnail cache, in a QListView
over a model that fetches rows a window at a time, so a shelf of thousands of pieces
opens as fast as one of ten. First tap on a cover says its name and shows what can be
done with it (open, make another like this, put in the trash); a second tap opens it
(chosen_cover.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QListView, QStackedWidget, QVBoxLayout, QWidget

from nook.core.library import Change, Library, What
from nook.i18n import translate
from nook.speech import Voice
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import avatar_icon
from nook.ui.kit.placed_focus import PlacedFocus
from nook.ui.kit.talking import REST_MS
from nook.ui.operations import Operations
from nook.ui.shelf.child_trash import ChildTrashPage
from nook.ui.shelf.chosen_cover import ChosenCover
from nook.ui.shelf.cover_talk import CoverTalk
from nook.ui.shelf.delegate import GRID_GAP, CoverDelegate, cover_size, pieces_in_sight
from nook.ui.shelf.model import ShelfModel
from nook.ui.shelf.other_pages import OtherPages
from nook.ui.shelf.shelf_page import ShelfPage, make_scale
from nook.ui.shelf.thumbnails import ThumbnailCache

if TYPE_CHECKING:
    from nook.ui.shelf.idea_cards import IdeasPanel

SEARCH_DELAY_MS = 150


class ShelfScreen(OtherPages, ChosenCover, QWidget):
    """Shows one writer's pieces, newest first; emits which piece to open."""

    piece_opened = Signal(str)
    piece_started = Signal(str)  # a new piece, just made: emitted before piece_opened
    writers_wanted = Signal()
    grown_up_wanted = Signal()
    backpack_wanted = Signal()  # a child allowed to pack their own backpack
    show_time_wanted = Signal(str)

    def __init__(
        self,
        library: Library,
        ops: Operations,
        voice: Voice,
        button_size: int = 64,
        parent: QWidget | None = None,
        *,
        rest_ms: int = REST_MS,
        search_ms: int = SEARCH_DELAY_MS,
        size_within: Callable[[int], int] = int,
    ) -> None:
        """`size_within`: the button size the screen allows for the grown-up's choice."""
        super().__init__(parent)
        self.setObjectName("shelfScreen")
        self.library = library
        self.ops = ops
        self.voice = voice
        self.writer_id: str | None = None
        self.size_within = size_within
        self.button_size = button_size
        self.buttons: list[PictureButton] = []
        self._stale = True
        self._armed: str | None = None  # the cover tapped once (said); a second tap opens it
        self._show_time = False
        self._rest_ms = rest_ms

        self.thumbnails = ThumbnailCache(library, cover_size(button_size), self)
        self.model = ShelfModel(library, self)
        self.delegate = CoverDelegate(self.thumbnails, button_size, self)
        self.thumbnails.ready.connect(self._cover_ready)

        # Built in place, each part inside its parent before it is filled: under the
        # app's style sheet, a finished part moved into another widget has every widget
        # in it styled again (462 style changes for the 60 widgets of a start, before).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("shelfPages")
        layout.addWidget(self.pages)
        self.pages.addWidget(self._build_shelf())
        # The child's trash and the idea cards are made when first shown: a start does
        # not need them before its first paint (the trash is half a start's widgets).
        self._trash_page: ChildTrashPage | None = None
        self._ideas_panel: IdeasPanel | None = None  # (40 cards)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(search_ms)
        self._search_timer.timeout.connect(self._reload_if_seen)
        self._reload_timer = QTimer(self)  # coalesces a burst of changes into one reload
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._reload_if_seen)
        ops.changed.connect(self._on_change)
        self._style_search()
        self.retranslate()

    def retranslate(self) -> None:
        """The screen's name; covers are drawn again (an untitled piece is called by its
        kind, a cover says "by …"), and the shelf read again in the new language."""
        self.setAccessibleName(translate("Shelf", "Your shelf"))
        if self.writer_id is not None:
            self.thumbnails.clear()
            self.reload()
            self._repaint_covers()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _button(
        self, icon_name: str, phrase: str, name: str, scale: float = 1.0, caption: bool = False
    ) -> PictureButton:
        button = PictureButton(icon_name, phrase, name, max(48, int(self.button_size * scale)), caption=caption)
        button.setProperty("scale", scale)
        self.buttons.append(button)
        return button

    # -- building -----------------------------------------------------------------------
    def _build_shelf(self) -> QWidget:
        """The shelf page (laid out by ShelfPage), its controls wired to what they do."""
        page = ShelfPage(self._button, self.model, self.delegate, self.button_size, self.library.read_only, self.pages)
        self.shelf_page = page
        self.writers_button, self.writer_label = page.writers_button, page.writer_label
        self.writers_button.clicked.connect(self.writers_wanted.emit)
        self.ideas_button, self.trash_button = page.ideas_button, page.trash_button
        self.ideas_button.clicked.connect(self.show_ideas)
        self.trash_button.clicked.connect(self.show_trash)
        self.backpack_button = page.backpack_button
        self.backpack_button.clicked.connect(self.backpack_wanted.emit)
        page.grown_up_button.clicked.connect(self.grown_up_wanted.emit)
        self.new_buttons = page.new_buttons
        self.placed_focus = PlacedFocus(self)
        for kind, button in self.new_buttons.items():
            button.clicked.connect(lambda _=False, k=kind: self.new_piece(k))
        self.filter_buttons = page.filter_buttons
        for shelf_filter, button in self.filter_buttons.items():
            button.clicked.connect(lambda _=False, f=shelf_filter: self.set_filter(f))
        self.search_edit = page.search_edit
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        page.search_button.clicked.connect(lambda: self.search_edit.setFocus())

        self.view = page.view
        self.view.clicked.connect(self.tap)
        # A child's double tap: Qt makes the second press a double click, whose release is
        # no click; it is the second tap (the one that opens), not nothing.
        self.view.doubleClicked.connect(self.tap)
        self.view.verticalScrollBar().valueChanged.connect(lambda _: self.thumbnails.hold())
        self.cover_talk = CoverTalk(self.view, self.voice, self._talking, self._rest_ms)
        # Arrow keys choose covers too: the actions follow whatever is chosen.
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.view.installEventFilter(self)

        page.open_button.clicked.connect(self.open_selected)
        self.show_time_button = page.show_time_button
        self.show_time_button.clicked.connect(self._show_time_selected)
        self.duplicate_button = page.duplicate_button
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.trash_piece_button = page.trash_piece_button
        self.trash_piece_button.clicked.connect(self.trash_selected)
        self.action_bar = page.action_bar
        return page

    # -- public -------------------------------------------------------------------------
    def enable_show_time(self, enabled: bool = True) -> None:
        """Show the 'Show time' action (once show time is wired to `show_time_wanted`)."""
        self._show_time = enabled
        self._update_actions()

    def show_writer(self, writer_id: str) -> None:
        changed = writer_id != self.writer_id
        self.writer_id = writer_id
        writer = self.library.writer(writer_id)
        if writer is not None:
            self.writer_label.setText(writer.name)
            self.writers_button.setIcon(avatar_icon(writer.avatar))
        if changed:
            self.shelf_page.clear_search()
            self.filter_buttons["all"].setChecked(True)
            self.pages.setCurrentWidget(self.shelf_page)
        self.apply_settings()
        self.reload()
        # The covers it shows first, ready for its first paint.
        self.thumbnails.draw_ahead(self.model.first_rows(self.delegate.covers_on_a_screen(self)))

    def _style_search(self) -> None:
        # A row of covers and the gap around it: never less is shown.
        if self._trash_page is not None:
            self._trash_page.fit_rows()  # (its own height: whole rows of covers)
        self.shelf_page.set_button_size(self.button_size, self.delegate.cell_size().height() + 12)

    @property
    def shelf_filter(self) -> str:
        return self.shelf_page.shelf_filter()

    def set_filter(self, shelf_filter: str) -> None:
        """Show one kind, the finished ones, or everything (which also ends a search)."""
        self.filter_buttons[shelf_filter].setChecked(True)
        if shelf_filter == "all" and self.search_edit.text():
            self.shelf_page.clear_search()
            self._search_timer.stop()
        self.reload()

    def search(self, text: str) -> None:
        """Show the pieces whose words match `text` (as typing in the search box does)."""
        self.search_edit.setText(text)
        self._search_timer.stop()
        self.reload()

    def reload(self) -> None:
        """Read the shelf again, keeping what was chosen and how far it was scrolled."""
        self._stale = False
        self._reload_timer.stop()
        chosen = self.selected_piece_id()
        scrolled = self.view.verticalScrollBar().value()
        query = (self.writer_id, self.shelf_filter, self.search_edit.text().strip())
        if query == (self.model.writer_id, self.model.shelf_filter, self.model.search_text):
            self.model.reload(keep=self.model.loaded())
        else:
            self.model.set_query(*query)
        if scrolled:
            self.view.doItemsLayout()  # lay out now, so the old scroll position exists
            self.view.verticalScrollBar().setValue(scrolled)
        self._select(chosen)
        self.shelf_page.show_empty(self.model.total == 0, self.button_size)
        if self._trash_page is not None and self.pages.currentWidget() is self._trash_page:
            self._reload_trash()

    def _reload_if_seen(self) -> None:
        # Timers may fire after the screen was hidden (a piece opened, the window
        # closed and the library with it): then only remember to reload when shown.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # -- covers -------------------------------------------------------------------------
    def visible_piece_ids(self) -> list[str]:
        """The pieces whose covers are (at least partly) in sight on the shelf now."""
        return [] if self.view.isHidden() else pieces_in_sight(self.view)

    def _talking(self) -> bool:
        return bool(self.window().isActiveWindow() and self.library.setting("talking_buttons", self.writer_id))

    def new_piece(self, kind: str) -> None:
        if self.writer_id is None:
            return
        piece = self.ops.run(self, self.library.new_piece, self.writer_id, kind)
        if piece is not None:
            self.piece_started.emit(piece.id)
            self.piece_opened.emit(piece.id)

    def _cover_ready(self, piece_id: str) -> None:
        for view, model in self._cover_views():
            if view.isVisible():
                number = model.row_of(piece_id)
                if number >= 0:
                    view.update(model.index(number))

    # -- the child's trash and ideas -----------------------------------------------------
    def _cover_views(self) -> list[tuple[QListView, ShelfModel]]:
        """The views of covers made so far: the shelf's, and the trash's once it is."""
        views = [(self.view, self.model)]
        if self._trash_page is not None:
            views.append((self._trash_page.view, self._trash_page.model))
        return views

    # -- settings and changes ------------------------------------------------------------
    def apply_settings(self) -> None:
        """Button size (this writer's own, or everyone's) and what children may do."""
        size = self.size_within(int(self.library.setting("button_size", self.writer_id)))
        if self._ideas_panel is not None:
            self._ideas_panel.set_language(str(self.library.setting("language", self.writer_id)))
        if size != self.button_size:
            self.button_size = size
            for button in self.buttons:
                scale = make_scale(size) if button.property("make") else float(button.property("scale") or 1.0)
                button.set_target_size(max(48, int(size * scale)))  # 48 px: the smallest target
            self.delegate.set_button_size(size)
            if self._ideas_panel is not None:
                self._ideas_panel.set_button_size(size)
            for view, _model in self._cover_views():
                view.setGridSize(self.delegate.cell_size() + GRID_GAP)
        self._style_search()
        self._update_actions()

    def _on_change(self, change: Change) -> None:
        if change.what is What.SETTING:
            self.thumbnails.clear()  # font, size and capitals change how pages look
            self.apply_settings()
            self._repaint_covers()
        elif change.what in (What.PIECE, What.PAGE, What.TRASH) and change.writer_id in (None, self.writer_id):
            self._stale = True
            if self.isVisible():
                self._reload_timer.start()
        elif change.what is What.WRITER and change.writer_id == self.writer_id and self.writer_id:
            writer = self.library.writer(self.writer_id)
            if writer is not None:
                self.writer_label.setText(writer.name)
                self.writers_button.setIcon(avatar_icon(writer.avatar))
                self.thumbnails.clear()  # covers carry the writer's name ("by Maya")
                self._repaint_covers()

    def _repaint_covers(self) -> None:
        for view, _model in self._cover_views():
            view.viewport().update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        if self._stale:
            self.reload()
        super().showEvent(event)
        # The keyboard (and a screen reader) starts where a child starts: making something,
        # not on the writer switch or an empty scroll area; a stray key makes nothing.
        self.placed_focus.place(self.new_buttons["book"])

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt naming
        self.thumbnails.forget_requests()  # nothing to draw for a shelf nobody sees
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_piece_id():
                self.open_selected()
                return True
        return super().eventFilter(watched, event)
