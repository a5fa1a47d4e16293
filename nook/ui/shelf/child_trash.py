"""The child's own trash: covers put in the trash, and one big 'take it out' button.

Only taking out is here; deleting for good is in the grown-up corner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from nook.core.library import Library
from nook.i18n import translate
from nook.speech import Voice
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel
from nook.ui.kit.rows import by_rows
from nook.ui.operations import Operations
from nook.ui.shelf.cover_talk import CoverTalk
from nook.ui.shelf.delegate import CoverDelegate, cover_view
from nook.ui.shelf.model import PIECE_ID_ROLE, ShelfModel, spoken_name

MakeButton = Callable[..., PictureButton]


class ChildTrashPage(QWidget):
    """One writer's trashed pieces; first tap says a cover, the button takes it out."""

    back = Signal()

    def __init__(
        self,
        library: Library,
        ops: Operations,
        delegate: CoverDelegate,
        make_button: MakeButton,
        voice: Voice,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("childTrashPage")
        self.library = library
        self.ops = ops
        self.writer_id: str | None = None
        self.voice = voice
        self.button_size = 64
        self.model = ShelfModel(library, self)
        top = QHBoxLayout()
        self.back_button = make_button("shelf", "", "trashBack")
        self.back_button.clicked.connect(self.back.emit)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.heading = PlainLabel()
        self.heading.setObjectName("trashHeading")
        top.addWidget(self.heading)
        top.addStretch(1)
        self.view = cover_view(self.model, delegate, "childTrash", "", self)
        self.view.clicked.connect(self.tap)
        self.cover_talk = CoverTalk(self.view, voice, self._talking)
        self.empty_hint = PlainLabel()
        self.empty_hint.setObjectName("trashEmptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restore_button = make_button("restore", "", "restorePiece", 1.2)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        self._top, self._bottom = top, bottom
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint, 1)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)  # right under the covers, where the child just tapped
        layout.addStretch(0)  # (the room under the last whole row of covers)
        by_rows(self.view, lambda: self.view.gridSize().height())
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("Shelf", "My trash"))
        self.back_button.set_phrase(translate("Shelf", "Back to my shelf"))
        self.heading.setAccessibleName(translate("Shelf", "My trash"))
        self.view.setAccessibleName(translate("Shelf", "My trash"))
        self.empty_hint.setAccessibleName(translate("Shelf", "The trash is empty"))
        self.restore_button.set_phrase(translate("Shelf", "Take it out of the trash"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        """The covers' area ends after the last whole row it has room for (at least one):
        a row cut part-way ran on under the "take it out" button."""
        layout = self.layout()
        assert layout is not None
        gaps = layout.spacing() * 3  # the heading, the covers, the button, the room under them
        room = self.contentsRect().height() - self._top.sizeHint().height() - self._bottom.sizeHint().height() - gaps
        frame = 2 * self.view.frameWidth()
        pitch = max(1, self.view.gridSize().height())
        rows = max(1, (room - frame) // pitch)
        self.view.setMinimumHeight(pitch + frame)  # one row is never squeezed away
        self.view.setMaximumHeight(rows * pitch + frame)

    def _talking(self) -> bool:
        return bool(self.window().isActiveWindow() and self.library.setting("talking_buttons", self.writer_id))

    def show_for(self, writer_id: str | None, button_size: int) -> None:
        self.writer_id, self.button_size = writer_id, button_size
        self.reload()

    def reload(self) -> None:
        self.model.set_query(self.writer_id, trashed=True)
        empty = self.model.total == 0
        self.heading.setPixmap(icon("trash").pixmap(self.button_size, self.button_size))
        self.empty_hint.setVisible(empty)
        self.empty_hint.setPixmap(icon("empty_trash").pixmap(self.button_size * 2, self.button_size * 2))
        self.view.setVisible(not empty)
        self.restore_button.setEnabled(False)
        self.restore_button.setVisible(not empty)
        self.fit_rows()

    def tap(self, index: QModelIndex) -> None:
        self.view.setCurrentIndex(index)
        self.restore_button.setEnabled(True)
        row = self.model.shelf_row(index.row())
        if row is not None:
            self.voice.say(spoken_name(row))

    def restore_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.ops.store(self, self.library.restore_piece, str(index.data(PIECE_ID_ROLE)))
            self.reload()
