"""The shelf's other pages: the child's own trash and the idea cards, each made the first
time it is wanted (a start does not need them before its first paint: the trash is half
a start's widgets, the ideas 40 cards), and a piece started from an idea card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QListView, QStackedWidget

from nook.core.library import Library
from nook.speech import Voice
from nook.ui.operations import Operations
from nook.ui.shelf.child_trash import ChildTrashPage, MakeButton
from nook.ui.shelf.delegate import CoverDelegate
from nook.ui.shelf.model import ShelfModel
from nook.ui.shelf.shelf_page import ShelfPage

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from nook.ui.shelf.idea_cards import IdeasPanel


class OtherPages:
    """Part of the ShelfScreen: its pages besides the shelf itself."""

    library: Library
    ops: Operations
    voice: Voice
    delegate: CoverDelegate
    pages: QStackedWidget
    shelf_page: ShelfPage
    writer_id: str | None
    button_size: int
    _button: MakeButton
    _trash_page: ChildTrashPage | None
    _ideas_panel: IdeasPanel | None
    if TYPE_CHECKING:
        piece_started: SignalInstance
        piece_opened: SignalInstance

        def reload(self) -> None: ...

    def show_shelf_page(self) -> None:
        self.pages.setCurrentWidget(self.shelf_page)
        self.reload()

    def show_trash(self) -> None:
        self.pages.setCurrentWidget(self.trash_page)
        self._reload_trash()

    @property
    def trash_page(self) -> ChildTrashPage:
        """The child's trash, made the first time it is wanted."""
        if self._trash_page is None:
            page = ChildTrashPage(self.library, self.ops, self.delegate, self._button, self.voice, self.pages)
            page.back.connect(self.show_shelf_page)
            self.pages.addWidget(page)
            self._trash_page = page
        return self._trash_page

    def show_ideas(self) -> None:
        self.pages.setCurrentWidget(self.ideas_panel)

    @property
    def ideas_panel(self) -> IdeasPanel:
        """The idea cards, made the first time they are wanted (not before the shelf is seen)."""
        if self._ideas_panel is None:
            from nook.ui.shelf.idea_cards import IdeasPanel

            panel = IdeasPanel(self.library, self.ops, self.voice, self.button_size)
            panel.set_language(str(self.library.setting("language", self.writer_id)))
            panel.closed.connect(self.show_shelf_page)
            panel.idea_chosen.connect(self.start_from_idea)
            self.pages.addWidget(panel)
            self._ideas_panel = panel
        return self._ideas_panel

    def _reload_trash(self) -> None:
        self.trash_page.show_for(self.writer_id, self.button_size)

    @property
    def trash_model(self) -> ShelfModel:
        return self.trash_page.model

    @property
    def trash_view(self) -> QListView:
        return self.trash_page.view

    def start_from_idea(self, card_id: str) -> None:
        if self.writer_id is None:
            return
        from nook.core import ideas  # (the idea cards: not needed for the first screen)
        from nook.ui.shelf.idea_cards import picture_area

        piece = self.ops.run(self, ideas.start_piece, self.library, self.writer_id, card_id, picture_area)
        if piece is None:
            return
        self.pages.setCurrentWidget(self.shelf_page)
        self.piece_started.emit(piece.id)
        self.piece_opened.emit(piece.id)
