"""The sticker box: picture categories, then the stickers of one category (or a search).

Names and search words are the writer's language (nook.core.language_data): a Spanish
writer hears "gato" and finds it by typing "gato", "arbol" or "árbol"."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from nook.assets import asset_path
from nook.core import language_data
from nook.core.language_data import Sticker, StickerCatalogue
from nook.i18n import translate
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel
from nook.ui.kit.rows import button_pitch, by_rows

# Two columns: the box is as wide as the colours beside the page, so the page keeps its
# size and place when the box opens.
COLUMNS = 2


@cache
def sticker_icon(sticker_id: str) -> QIcon:
    found = language_data.sticker_catalogue(language_data.ENGLISH).by_id(sticker_id)
    return QIcon(str(asset_path("stickers", found.file))) if found else QIcon()


def nothing_found_picture(size: int) -> QPixmap:
    """The search picture with a big "no" over its corner: nothing found."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.drawPixmap(0, 0, icon("search").pixmap(size, size))
    half = size // 2
    painter.drawPixmap(QRect(half, half, half, half), icon("no").pixmap(half, half))
    painter.end()
    return pixmap


@cache
def _scroll_bar_width() -> int:
    area = QScrollArea()  # kept while its bar is measured, as the box's own
    return area.verticalScrollBar().sizeHint().width()


def sticker_size(button_size: int) -> int:
    """The box's pictures. Its scroll bars are big enough to take hold of; above the
    usual 64 px its pictures give the big bar its room, so the box is as wide as it was
    beside Qt's thin bar (on a netbook at 192 px it grew, and the page's strip and a
    list's words lost what it took); at 64 px and under they keep their size."""
    given_up = (theme.SMALLEST_TARGET - _scroll_bar_width() + 1) // COLUMNS
    return max(min(button_size, 64), button_size - given_up)


def box_width(button_size: int) -> int:
    """How wide the box is made: its columns of stickers and the scroll bar beside them
    (known before a box is made: the side panel is that wide from the start)."""
    return COLUMNS * sticker_size(button_size) + (COLUMNS - 1) * 4 + 4 + theme.SMALLEST_TARGET + 4 + 8


class StickerBox(QWidget):
    """Tap a category picture, then a sticker; the next tap on the page places it."""

    def __init__(
        self,
        button_size: int,
        chosen: Callable[[str, str], None],
        parent: QWidget | None = None,
        language: str = language_data.ENGLISH,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stickerBox")
        theme.show_chosen(self)
        self._given_size = button_size
        button_size = sticker_size(button_size)  # its scroll bars take their room (see there)
        self._size = button_size
        self._chosen = chosen
        self.in_hand: str | None = None  # the sticker the next tap on the page puts down
        self.category = ""
        self.catalogue: StickerCatalogue = language_data.sticker_catalogue(language)
        categories = self.catalogue.categories

        self.search = QLineEdit()
        self.search.setObjectName("stickerSearch")
        self.search.setMinimumHeight(min(button_size, 64))
        self.search.setStyleSheet(theme.STICKER_SEARCH)
        self.search.textChanged.connect(self._search)
        # A picture first: a child who cannot read the placeholder still sees a magnifier.
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)

        category_grid = QGridLayout()
        category_grid.setSpacing(4)
        category_grid.setContentsMargins(2, 2, 2, 2)
        self.category_buttons: dict[str, PictureButton] = {}
        for index, category in enumerate(categories):
            button = PictureButton(
                sticker_icon(category.icon),
                category.name,
                "stickerCategory" + category.id.capitalize(),
                button_size,
            )
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=category.id: self.show_category(c))
            self.category_buttons[category.id] = button
            category_grid.addWidget(button, index // COLUMNS, index % COLUMNS)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(4)
        self.grid.setContentsMargins(2, 2, 2, 2)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        # A search that finds nothing shows a picture saying so (a magnifier crossed
        # out), never an empty grey box a child takes for "still loading".
        self.nothing_found = PlainLabel("", self.grid_host)  # the box's, shown or not (it goes with it)
        self.nothing_found.setObjectName("stickerNothingFound")
        self.nothing_found.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_found.setPixmap(nothing_found_picture(2 * button_size))
        self.nothing_found.hide()
        self.sticker_scroll = QScrollArea()
        # The controls inside take the keyboard, not the area (it has nothing to say).
        self.sticker_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sticker_scroll.setObjectName("stickerScroll")
        self.sticker_scroll.setWidgetResizable(True)
        self.sticker_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sticker_scroll.setWidget(self.grid_host)

        categories_host = QWidget()
        categories_host.setLayout(category_grid)
        categories_scroll = QScrollArea()
        # The controls inside take the keyboard, not the area (it has nothing to say).
        categories_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        categories_scroll.setWidgetResizable(True)
        categories_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        categories_scroll.setWidget(categories_host)
        categories_scroll.setMaximumHeight(2 * (button_size + 8) + 8)
        by_rows(categories_scroll, lambda: button_pitch(categories_host))
        by_rows(self.sticker_scroll, lambda: button_pitch(self.grid_host))
        theme.big_bar(categories_scroll.verticalScrollBar())  # bars a child can take hold of
        theme.big_bar(self.sticker_scroll.verticalScrollBar())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.search)
        layout.addWidget(categories_scroll)
        layout.addWidget(self.sticker_scroll, 1)
        self.setFixedWidth(box_width(self._given_size))
        # The first category's stickers (88 buttons, about half of the editor's) are made
        # when the box is first seen or asked for, not with every piece opened.
        self._sticker_buttons: dict[str, PictureButton] = {}
        self._filled = False
        self.category = categories[0].id
        self.category_buttons[self.category].setChecked(True)
        self.retranslate()

    @property
    def sticker_buttons(self) -> dict[str, PictureButton]:
        """The stickers shown now, by id (made now if the box was never shown)."""
        if not self._filled:
            self.show_category(self.category)
        return self._sticker_buttons

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if not self._filled:
            self.show_category(self.category)
        super().showEvent(event)

    def retranslate(self) -> None:
        """Say every fixed phrase again in the language now installed (sticker and
        category names are the catalogue's words, not phrases of the app)."""
        self.setAccessibleName(translate("Editor", "Stickers"))
        self.search.setAccessibleName(translate("Editor", "Find a sticker"))
        self.nothing_found.setAccessibleName(translate("Editor", "No sticker found"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Name the categories and stickers in `language` (the writer changed theirs)."""
        catalogue = language_data.sticker_catalogue(language)
        if catalogue == self.catalogue:
            return
        self.catalogue = catalogue
        for category in catalogue.categories:
            self.category_buttons[category.id].set_phrase(category.name)
        self._search(self.search.text())

    def _pick(self, sticker: Sticker) -> None:
        self.in_hand = sticker.id
        for sticker_id, button in self._sticker_buttons.items():
            button.setChecked(sticker_id == sticker.id)
        self._chosen(sticker.id, sticker.name)

    def show_category(self, category_id: str) -> None:
        self.category = category_id
        for cid, button in self.category_buttons.items():
            button.setChecked(cid == category_id)
        self._show([s for s in self.catalogue.stickers if s.category == category_id])

    def _search(self, text: str) -> None:
        if text.strip():
            self._show(language_data.find_stickers(text, self.catalogue.language)[:90])
        else:
            self.show_category(self.category)

    def _show(self, stickers: list[Sticker]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None and widget is not self.nothing_found:  # kept for the next time
                widget.deleteLater()
        self._sticker_buttons = {}
        self._filled = True
        self.nothing_found.setVisible(not stickers)
        if not stickers:
            self.grid.addWidget(self.nothing_found, 0, 0, 1, COLUMNS)
        for index, sticker in enumerate(stickers):
            button = PictureButton(sticker_icon(sticker.id), sticker.name, "sticker_" + sticker.id, self._size)
            button.setIconSize(QSize(int(self._size * 0.85), int(self._size * 0.85)))
            # Marked as the tool and colour in hand are: its name is heard once, and a child
            # who looked away must still see which one the next tap puts down.
            button.setCheckable(True)
            button.setChecked(sticker.id == self.in_hand)
            button.clicked.connect(lambda _=False, s=sticker: self._pick(s))
            self._sticker_buttons[sticker.id] = button
            self.grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            button.show()  # now, not on the next turn of the event loop
