"""Small grown-up widgets: a sticker picker with search, and an inline 'are you sure?'."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nook.assets import asset_path
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


@cache
def _search_text() -> dict[str, str]:
    """Each sticker's words in every bundled language, folded, as a search compares them."""
    words: dict[str, list[str]] = {}
    for code in language_data.bundled_languages(language_data.STICKERS):
        for found in language_data.sticker_catalogue(code).stickers:
            words.setdefault(found.id, []).extend(found.search_words)
    return {sticker_id: " ".join(found) for sticker_id, found in words.items()}


class StickerModel(QAbstractListModel):
    """Every sticker, in the catalogue's order. A picture and its name are made only when
    the list asks for them (the rows it shows): building 608 items up front took a few
    hundred milliseconds each time the corner opened."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stickers = language_data.sticker_catalogue(None).stickers
        self._icons: dict[str, QIcon] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._stickers)

    def sticker_id(self, row: int) -> str:
        return self._stickers[row].id

    def name(self, row: int) -> str:
        """The sticker's name in the language installed ("círculo rojo")."""
        sticker_id = self._stickers[row].id
        found = language_data.sticker_catalogue(installed()).by_id(sticker_id)
        return found.name if found is not None else sticker_id

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stickers):
            return None
        sticker = self._stickers[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            made = self._icons.get(sticker.id)
            if made is None:
                # QIcon draws the SVG only when first painted.
                made = self._icons[sticker.id] = QIcon(str(asset_path("stickers", sticker.file)))
            return made
        if role == STICKER_ROLE:
            return sticker.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.name(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.name(index.row()))
        return None

    def names_changed(self) -> None:
        """The language changed: every name is asked for again."""
        if self._stickers:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._stickers) - 1),
                [Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole],
            )


class StickerPicker(QWidget):
    """Find a sticker by typing (\"dog\", \"red\") and click it; emits its id."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stickerPicker")
        self.search = QLineEdit()
        self.search.setObjectName("stickerSearch")
        self.search.textChanged.connect(self._filter)
        self.model = StickerModel(self)
        self.list = QListView()
        self.list.setObjectName("stickerList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(40, 40))
        self.list.setGridSize(QSize(56, 56))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(130)
        self.list.clicked.connect(lambda index: self.picked.emit(self.model.sticker_id(index.row())))
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
        self.model.names_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self._fill()
        super().showEvent(event)

    def _fill(self) -> None:
        """The list gets its stickers when first shown or searched. While the corner's
        pages are made, each is moved into the page holding it, and each move restyles
        the list, which laid out all 608 stickers anew: about 20 times a corner."""
        if self.list.model() is not self.model:
            self.list.setModel(self.model)

    def shown_ids(self) -> list[str]:
        """The stickers the search leaves in the list, in its order."""
        self._fill()
        rows = range(self.model.rowCount())
        return [self.model.sticker_id(row) for row in rows if not self.list.isRowHidden(row)]

    def _filter(self, text: str) -> None:
        # A grown-up finds a picture by its words in any bundled language ("dog", "perro",
        # "arbol" for "árbol"): accents and case do not matter.
        self._fill()
        needle = language_data.fold(text.strip())
        words = _search_text()
        for row in range(self.model.rowCount()):
            found = not needle or needle in words.get(self.model.sticker_id(row), "")
            self.list.setRowHidden(row, not found)


class ConfirmBar(QWidget):
    """An inline 'are you sure?' for acts that cannot be undone (no modal box)."""

    confirmed = Signal()

    def __init__(self, name: str, yes_text: Callable[[], str], parent: QWidget | None = None) -> None:
        """`yes_text` says the yes button's phrase in the language installed when asked."""
        super().__init__(parent)
        self.setObjectName(name)
        self.question = PlainLabel()
        self.question.setStyleSheet(theme.PICKER_QUESTION)
        self.question.setWordWrap(True)  # a long question in Spanish was cut at a netbook's width
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
