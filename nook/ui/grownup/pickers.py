"""Small grown-up widgets: a sticker picker with search, and an inline 'are you sure?'."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nook.assets import manifest
from nook.ui.kit import theme
from nook.ui.kit.icons import avatar_icon, sticker_path
from nook.ui.kit.plain import PlainLabel, plain_tip

STICKER_ROLE = Qt.ItemDataRole.UserRole


@cache
def sticker_icon(sticker_id: str) -> QIcon:
    """A sticker as an icon; QIcon draws the SVG only when first painted."""
    try:
        return QIcon(sticker_path(sticker_id))
    except KeyError:
        return QIcon()


def picture_icon(picture: str | None, library=None) -> QIcon:
    """The icon for a word-wall or idea-card picture: sticker, avatar or photo."""
    from PySide6.QtGui import QPixmap

    from nook.core.word_wall import picture_source

    source = picture_source(picture)
    if source is None:
        return QIcon()
    kind, value = source
    if kind == "avatar":
        return avatar_icon(value)
    if kind == "photo":
        data = library.media(value) if library is not None else None
        pixmap = QPixmap()
        if data:
            pixmap.loadFromData(data)
        return QIcon(pixmap)
    return sticker_icon(value)


class StickerPicker(QWidget):
    """Find a sticker by typing (\"dog\", \"red\") and click it; emits its id."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stickerPicker")
        self.search = QLineEdit()
        self.search.setObjectName("stickerSearch")
        self.search.setAccessibleName("Find a picture")
        self.search.setPlaceholderText("Find a picture: dog, red, happy\u2026")
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("stickerList")
        self.list.setAccessibleName("Pictures")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(40, 40))
        self.list.setGridSize(QSize(56, 56))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(130)
        for sticker in manifest("stickers/stickers.json")["stickers"]:
            item = QListWidgetItem(sticker_icon(sticker["id"]), "")
            item.setData(STICKER_ROLE, sticker["id"])
            item.setToolTip(plain_tip(sticker["name"]))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, sticker["name"])
            item.setData(Qt.ItemDataRole.UserRole + 1, " ".join([sticker["name"], *sticker.get("keywords", [])]))
            self.list.addItem(item)
        self.list.itemClicked.connect(lambda item: self.picked.emit(item.data(STICKER_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.data(Qt.ItemDataRole.UserRole + 1).casefold())


class ConfirmBar(QWidget):
    """An inline 'are you sure?' for acts that cannot be undone (no modal box)."""

    confirmed = Signal()

    def __init__(self, name: str, yes_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.question = PlainLabel()
        self.question.setStyleSheet(theme.PICKER_QUESTION)
        self.yes = QPushButton(yes_text)
        self.yes.setObjectName(f"{name}Yes")
        self.yes.setAccessibleName(yes_text)
        self.no = QPushButton("Keep")
        self.no.setObjectName(f"{name}No")
        self.no.setAccessibleName("Keep")
        self.yes.clicked.connect(self._yes)
        self.no.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        self.hide()

    def ask(self, question: str) -> None:
        self.question.setText(question)
        self.show()

    def _yes(self) -> None:
        self.hide()
        self.confirmed.emit()
