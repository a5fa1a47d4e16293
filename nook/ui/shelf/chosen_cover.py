"""The cover a child has chosen on the shelf and what can be done with it: the first tap
says its name and shows the actions (open, show time, make another like this, put in the
trash), a second tap (or Enter) opens it. What is offered follows the library and the
grown-up's settings: a library only looked at offers nothing that would change it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QListView

from nook.core.library import Library
from nook.speech import Voice
from nook.ui.kit.buttons import PictureButton
from nook.ui.operations import Operations
from nook.ui.shelf.model import PIECE_ID_ROLE, ShelfModel, spoken_name
from nook.ui.shelf.shelf_page import ShelfPage

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


class ChosenCover:
    """Part of the ShelfScreen: the chosen cover and its actions."""

    library: Library
    ops: Operations
    voice: Voice
    view: QListView
    model: ShelfModel
    shelf_page: ShelfPage
    _armed: str | None  # the cover tapped once (said); a second tap opens it
    _show_time: bool
    show_time_button: PictureButton
    duplicate_button: PictureButton
    trash_piece_button: PictureButton
    trash_button: PictureButton
    backpack_button: PictureButton
    if TYPE_CHECKING:
        piece_opened: SignalInstance
        show_time_wanted: SignalInstance

        def reload(self) -> None: ...

    def selected_piece_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return str(index.data(PIECE_ID_ROLE))

    def _select(self, piece_id: str | None) -> None:
        number = self.model.row_of(piece_id) if piece_id else -1
        if number >= 0:
            self.view.setCurrentIndex(self.model.index(number))
        else:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            self._armed = None
        self._update_actions()

    def tap(self, index: QModelIndex) -> None:
        """First tap says the cover's name and shows the actions; a second tap opens it."""
        piece_id = str(index.data(PIECE_ID_ROLE))
        if self._armed == piece_id:
            self.open_selected()
            return
        self._armed = piece_id
        self.view.setCurrentIndex(index)
        self._update_actions()
        row = self.model.shelf_row(index.row())
        if row is not None:
            self.voice.say(spoken_name(row))

    def _update_actions(self) -> None:
        chosen = self.selected_piece_id() is not None
        if not chosen:
            self._armed = None  # a tap beside the covers starts again from 'say it'
        self.shelf_page.show_actions(chosen)
        # A library that can only be looked at: nothing is offered that would change it.
        changing = not self.library.read_only
        may_trash = changing and bool(self.library.setting("child_may_trash"))
        self.trash_piece_button.setVisible(may_trash)
        self.trash_button.setVisible(may_trash)
        self.duplicate_button.setVisible(changing)
        self.backpack_button.setVisible(changing and bool(self.library.setting("child_may_pack_backpack")))
        self.show_time_button.setVisible(self._show_time)

    def open_selected(self) -> None:
        piece_id = self.selected_piece_id()
        if piece_id:
            self._let_go()
            self.piece_opened.emit(piece_id)

    def _show_time_selected(self) -> None:
        piece_id = self.selected_piece_id()
        if piece_id:
            self._let_go()
            self.show_time_wanted.emit(piece_id)

    def _let_go(self) -> None:
        """The cover opened is chosen no more: back on the shelf, its actions no longer
        stand where the filters were (on a netbook a child tapped the star they knew there
        and copied their book; the magnifier's place is 'Put in the trash')."""
        self._select(None)

    def duplicate_selected(self) -> None:
        piece_id = self.selected_piece_id()
        if piece_id:
            copy = self.ops.run(self, self.library.duplicate_piece, piece_id)
            if copy is None:
                return
            self.reload()
            self._select(copy.id)
            self.view.scrollTo(self.view.currentIndex())

    def trash_selected(self) -> None:
        piece_id = self.selected_piece_id()
        if piece_id and self.library.setting("child_may_trash"):
            self.ops.store(self, self.library.trash_piece, piece_id)
            self._select(None)
