"""Small grown-up widgets: a sticker picker with search, and an inline 'are you sure?'."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nook.assets import manifest
from nook.core import language_data
from nook.i18n import installed, translate
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


def say(button: QAbstractButton, phrase: str) -> None:
    """A grown-up's button shows and says `phrase` (an ellipsis shown is not spoken)."""
    button.setText(phrase)
    button.setAccessibleName(phrase.rstrip("\u2026"))


class StickerPicker(QWidget):
    """Find a sticker by typing (\"dog\", \"red\") and click it; emits its id."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stickerPicker")
        self.search = QLineEdit()
        self.search.setObjectName("stickerSearch")
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("stickerList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(40, 40))
        self.list.setGridSize(QSize(56, 56))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(130)
        # A grown-up finds a picture by its words in any bundled language ("dog", "perro",
        # "arbol" for "árbol"): accents and case do not matter.
        words: dict[str, list[str]] = {}
        for code in language_data.bundled_languages(language_data.STICKERS):
            for found in language_data.sticker_catalogue(code).stickers:
                words.setdefault(found.id, []).extend([found.name, *found.keywords])
        for sticker in manifest("stickers/stickers.json")["stickers"]:
            item = QListWidgetItem(sticker_icon(sticker["id"]), "")
            item.setData(STICKER_ROLE, sticker["id"])
            item.setData(Qt.ItemDataRole.UserRole + 1, language_data.fold(" ".join(words.get(sticker["id"], []))))
            self.list.addItem(item)
        self.list.itemClicked.connect(lambda item: self.picked.emit(item.data(STICKER_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Say the picker's phrases and the pictures' names ("círculo rojo") again, in
        the language installed (the names are the sticker catalogue's in it)."""
        self.search.setAccessibleName(translate("GrownUp", "Find a picture"))
        self.search.setPlaceholderText(translate("GrownUp", "Find a picture: dog, red, happy\u2026"))
        self.list.setAccessibleName(translate("GrownUp", "Pictures"))
        catalogue = language_data.sticker_catalogue(installed())
        for row in range(self.list.count()):
            item = self.list.item(row)
            sticker = catalogue.by_id(item.data(STICKER_ROLE))
            name = sticker.name if sticker is not None else item.data(STICKER_ROLE)
            item.setToolTip(plain_tip(name))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _filter(self, text: str) -> None:
        needle = language_data.fold(text.strip())
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.data(Qt.ItemDataRole.UserRole + 1).casefold())


class ConfirmBar(QWidget):
    """An inline 'are you sure?' for acts that cannot be undone (no modal box)."""

    confirmed = Signal()

    def __init__(self, name: str, yes_text: Callable[[], str], parent: QWidget | None = None) -> None:
        """`yes_text` says the yes button's phrase in the language installed when asked."""
        super().__init__(parent)
        self.setObjectName(name)
        self.question = PlainLabel()
        self.question.setStyleSheet(theme.PICKER_QUESTION)
        self._yes_text = yes_text
        self._question: Callable[[], str] = str
        self.yes = QPushButton()
        self.yes.setObjectName(f"{name}Yes")
        self.no = QPushButton()
        self.no.setObjectName(f"{name}No")
        self.yes.clicked.connect(self._yes)
        self.no.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Say the buttons, and a question being asked, in the language now installed."""
        say(self.yes, self._yes_text())
        say(self.no, translate("GrownUp", "Keep"))
        self.question.setText(self._question())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self, question: Callable[[], str]) -> None:
        """Ask `question()` (worded again if the language changes while it is asked)."""
        self._question = question
        self.question.setText(question())
        self.show()

    def _yes(self) -> None:
        self.hide()
        self.confirmed.emit()
