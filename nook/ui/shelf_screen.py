"""A writer's shelf: four big 'make something' buttons and everything they made."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nook.core.library import Change, Library
from nook.ui.changes import LibraryEvents
from nook.ui.icons import avatar_icon, icon
from nook.ui.widgets import PictureButton

NEW_PIECE_BUTTONS = (
    ("book", "new_book", "New book", "newBook"),
    ("list", "new_list", "New list", "newList"),
    ("sign", "new_sign", "New sign", "newSign"),
    ("letter", "new_letter", "New letter", "newLetter"),
)
KIND_ICONS = {"book": "new_book", "list": "new_list", "sign": "new_sign", "letter": "new_letter"}
KIND_WORDS = {"book": "book", "list": "list", "sign": "sign", "letter": "letter"}
PIECE_ID_ROLE = Qt.ItemDataRole.UserRole


class ShelfScreen(QWidget):
    """Shows one writer's pieces, newest first; emits which piece to open."""

    piece_opened = Signal(str)
    writers_wanted = Signal()

    def __init__(self, library: Library, events: LibraryEvents, button_size: int = 64,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shelfScreen")
        self.setAccessibleName("Your shelf")
        self.library = library
        self.writer_id: str | None = None
        self.button_size = button_size

        top = QHBoxLayout()
        self.writers_button = PictureButton("writers", "Who is writing?", "switchWriter", button_size)
        self.writers_button.clicked.connect(self.writers_wanted.emit)
        top.addWidget(self.writers_button)
        self.writer_label = QLabel()
        self.writer_label.setObjectName("shelfWriterName")
        self.writer_label.setStyleSheet("font-size: 28px; font-weight: bold; color: #7a4b00;")
        top.addWidget(self.writer_label, 1)

        make = QHBoxLayout()
        make.setSpacing(24)
        make.addStretch(1)
        self.new_buttons: dict[str, PictureButton] = {}
        for kind, icon_name, phrase, name in NEW_PIECE_BUTTONS:
            button = PictureButton(icon_name, phrase, name, int(button_size * 1.75), caption=True)
            button.clicked.connect(lambda _=False, k=kind: self.new_piece(k))
            self.new_buttons[kind] = button
            make.addWidget(button)
        make.addStretch(1)

        self.empty_hint = QLabel("Make something!")
        self.empty_hint.setObjectName("emptyShelfHint")
        self.empty_hint.setAccessibleName("Make something!")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("font-size: 30px; color: #b0761b;")

        self.shelf = QListWidget()
        self.shelf.setObjectName("shelf")
        self.shelf.setAccessibleName("Your shelf")
        self.shelf.setViewMode(QListWidget.ViewMode.IconMode)
        self.shelf.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.shelf.setMovement(QListWidget.Movement.Static)
        self.shelf.setUniformItemSizes(True)
        self.shelf.setWordWrap(True)
        self.shelf.setSpacing(14)
        cover = int(button_size * 2)
        self.shelf.setIconSize(QSize(cover, cover))
        self.shelf.setGridSize(QSize(cover + 60, cover + 70))
        self.shelf.setStyleSheet("QListWidget { background: #fdf0d5; border: none; font-size: 18px; }")
        self.shelf.itemActivated.connect(self._open_item)
        self.shelf.itemClicked.connect(self._open_item)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(make)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.shelf, 1)
        events.changed.connect(self._on_change)

    def show_writer(self, writer_id: str) -> None:
        self.writer_id = writer_id
        writer = self.library.writer(writer_id)
        if writer is not None:
            self.writer_label.setText(writer.name)
            self.writers_button.setIcon(avatar_icon(writer.avatar))
        self.refresh()

    def refresh(self) -> None:
        self.shelf.clear()
        if self.writer_id is None:
            return
        pieces = self.library.pieces(self.writer_id)
        for piece in pieces:
            title = piece.title or f"My {KIND_WORDS[piece.kind]}"
            label = ("★ " if piece.finished else "") + title
            item = QListWidgetItem(icon(KIND_ICONS[piece.kind]), label)
            item.setData(PIECE_ID_ROLE, piece.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            item.setToolTip(title)
            self.shelf.addItem(item)
        self.empty_hint.setVisible(not pieces)
        self.shelf.setVisible(bool(pieces))

    def new_piece(self, kind: str) -> None:
        if self.writer_id is None:
            return
        piece = self.library.new_piece(self.writer_id, kind)
        self.piece_opened.emit(piece.id)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.piece_opened.emit(item.data(PIECE_ID_ROLE))

    def _on_change(self, change: Change) -> None:
        if change.what in ("pieces", "writers") and change.writer_id in (None, self.writer_id) and self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self.refresh()
        super().showEvent(event)
