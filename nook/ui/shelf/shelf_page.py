"""The shelf page laid out: who is writing and the corner buttons on top, the big 'make
something' buttons, the filters and the search box, the covers (or why there are none),
and the actions for the chosen cover. It only lays out; ShelfScreen wires what each
control does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from nook.core.shelf import FILTERS
from nook.i18n import translate
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.flow import FlowLayout
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import ElidedLabel, PlainLabel
from nook.ui.kit.roles import as_choice
from nook.ui.kit.rows import whole_rows
from nook.ui.shelf.child_trash import MakeButton
from nook.ui.shelf.delegate import CoverDelegate, cover_view
from nook.ui.shelf.model import ShelfModel

NEW_PIECE_BUTTONS = (
    ("book", "new_book", "newBook"),
    ("list", "new_list", "newList"),
    ("sign", "new_sign", "newSign"),
    ("letter", "new_letter", "newLetter"),
)


def new_piece_phrases() -> dict[str, str]:
    """What each 'make something' button says, in the language now installed."""
    return {
        "book": translate("Shelf", "New book"),
        "list": translate("Shelf", "New list"),
        "sign": translate("Shelf", "New sign"),
        "letter": translate("Shelf", "New letter"),
    }


def filter_phrases() -> dict[str, str]:
    return {
        "all": translate("Shelf", "Everything"),
        "book": translate("Shelf", "My books"),
        "list": translate("Shelf", "My lists"),
        "sign": translate("Shelf", "My signs"),
        "letter": translate("Shelf", "My letters"),
        "finished": translate("Shelf", "Finished ones"),
    }


def make_scale(button_size: int) -> float:
    """The 'make something' buttons are 1.6 times a button, less as buttons grow big."""
    return max(1.0, 1.6 - max(0, button_size - 64) * 0.6 / 64)


class ShelfPage(QScrollArea):
    """The shelf's controls in their places; the whole page scrolls when it cannot fit."""

    def __init__(
        self, make_button: MakeButton, model: ShelfModel, delegate: CoverDelegate, button_size: int, look_only: bool
    ) -> None:
        super().__init__()
        self.look_only = look_only  # a library that can only be looked at: nothing new is made
        page = QWidget()
        page.setObjectName("shelfPage")
        top = QHBoxLayout()
        self.writers_button = make_button("writers", "", "switchWriter")
        top.addWidget(self.writers_button)
        self.writer_label = ElidedLabel()  # a name as long as a sentence gives way to the buttons
        self.writer_label.setObjectName("shelfWriterName")
        self.writer_label.setStyleSheet(theme.WRITER_NAME)
        top.addWidget(self.writer_label, 1)
        self.ideas_button = make_button("idea", "", "showIdeas")
        top.addWidget(self.ideas_button)
        self.trash_button = make_button("trash", "", "showTrash")
        top.addWidget(self.trash_button)
        self.backpack_button = make_button("backpack", "", "packMyBackpack")
        top.addWidget(self.backpack_button)
        top.addSpacing(24)
        self.grown_up_button = make_button("grown_up", "", "grownUpCorner", 0.75)
        top.addWidget(self.grown_up_button, 0, Qt.AlignmentFlag.AlignTop)

        make = QHBoxLayout()
        make.setSpacing(24)
        make.addStretch(1)
        self.new_buttons: dict[str, PictureButton] = {}
        for kind, icon_name, name in NEW_PIECE_BUTTONS:
            button = make_button(icon_name, "", name, make_scale(button_size), caption=True)
            button.setProperty("make", True)
            self.new_buttons[kind] = button
            make.addWidget(button)
        make.addStretch(1)

        filters = FlowLayout()
        filters.stretch_last = True
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, PictureButton] = {}
        for shelf_filter in FILTERS:
            button = make_button(f"filter_{shelf_filter}", "", f"filter_{shelf_filter}")
            button.setCheckable(True)
            # One choice out of six: a radio button to a screen reader; the arrow keys move it.
            as_choice(button)
            self.filter_group.addButton(button)
            self.filter_buttons[shelf_filter] = button
            filters.addWidget(button)
        self.filter_buttons["all"].setChecked(True)
        self.search_button = make_button("search", "", "shelfSearchPicture")
        filters.addWidget(self.search_button)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("shelfSearch")
        # No tiny clear cross (too small a target): "Everything" shows everything again.
        self.search_edit.setMaxLength(60)
        filters.addWidget(self.search_edit)

        self.view = cover_view(model, delegate, "shelf", "")

        # An empty shelf says why with a picture first (a hand pointing up at the make
        # buttons, the magnifier for a search, the filter's own picture), words second.
        self.empty_hint = QWidget()
        self.empty_hint.setObjectName("emptyShelfHint")
        self.empty_picture = PlainLabel()
        self.empty_picture.setObjectName("emptyShelfPicture")
        self.empty_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = PlainLabel()
        self.empty_text.setObjectName("emptyShelfText")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setStyleSheet(theme.SHELF_EMPTY)
        hint_layout = QVBoxLayout(self.empty_hint)
        hint_layout.addStretch(1)
        hint_layout.addWidget(self.empty_picture)
        hint_layout.addWidget(self.empty_text)
        hint_layout.addStretch(2)

        actions = QHBoxLayout()
        actions.addStretch(1)
        self.open_button = make_button("open", "", "openPiece", 1.2)
        self.show_time_button = make_button("show_time", "", "showTimePiece")
        self.duplicate_button = make_button("duplicate", "", "duplicatePiece")
        self.trash_piece_button = make_button("trash", "", "trashPiece")
        for button in (self.open_button, self.show_time_button, self.duplicate_button, self.trash_piece_button):
            actions.addWidget(button)
            actions.addSpacing(12)
        actions.addStretch(1)
        self.action_bar = QWidget()
        self.action_bar.setObjectName("pieceActions")
        self.action_bar.setLayout(actions)
        self.action_bar.setVisible(False)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(make)
        filter_row = QWidget()
        filter_row.setObjectName("shelfFilters")
        filter_row.setLayout(filters)
        layout.addWidget(filter_row)
        layout.addWidget(self.empty_hint, 1)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.action_bar)
        # At the biggest button sizes the shelf may not fit a small screen: then the
        # whole page scrolls rather than squeezing the covers away.
        # The controls inside take the keyboard, not the area (it has nothing to say).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("shelfPageScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(theme.SEE_THROUGH_SHELF)
        self.setWidget(page)
        # Scrolled or not, a button is seen whole or not at all (never half a filter).
        whole_rows(self)
        self._empty: tuple[bool, int] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Every fixed phrase on the page in the language now installed."""
        self.writers_button.set_phrase(translate("Shelf", "Who is writing?"))
        self.ideas_button.set_phrase(translate("Shelf", "Ideas"))
        self.trash_button.set_phrase(translate("Shelf", "My trash"))
        self.backpack_button.set_phrase(translate("Shelf", "Pack my backpack"))
        self.grown_up_button.set_phrase(translate("Shelf", "For grown-ups"))
        for kind, phrase in new_piece_phrases().items():
            self.new_buttons[kind].set_phrase(phrase)
        for shelf_filter, phrase in filter_phrases().items():
            if shelf_filter in self.filter_buttons:
                self.filter_buttons[shelf_filter].set_phrase(phrase)
        self.search_button.set_phrase(translate("Shelf", "Find my words"))
        self.search_edit.setAccessibleName(translate("Shelf", "Find my words"))
        self.view.setAccessibleName(translate("Shelf", "Your shelf"))
        self.open_button.set_phrase(translate("Shelf", "Open it"))
        self.show_time_button.set_phrase(translate("Shelf", "Show time"))
        self.duplicate_button.set_phrase(translate("Shelf", "Make another like this"))
        self.trash_piece_button.set_phrase(translate("Shelf", "Put in the trash"))
        if self._empty is not None:
            self.show_empty(*self._empty)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shelf_filter(self) -> str:
        """The filter chosen: a kind, the finished ones, or everything."""
        for name, button in self.filter_buttons.items():
            if button.isChecked():
                return name
        return "all"

    def clear_search(self) -> None:
        """Empty the search box without it asking for a new search."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)

    def show_empty(self, empty: bool, button_size: int) -> None:
        """The covers, or (for an empty shelf) a picture and words saying why there are none."""
        self._empty = (empty, button_size)
        self.empty_hint.setVisible(empty)
        if empty:
            if self.search_edit.text().strip():
                picture, text = "search", translate("Shelf", "No pieces with those words.")
            elif self.shelf_filter() == "all" and self.look_only:
                # The make buttons rest: no hand points at them, no "make something".
                picture, text = (
                    "eye",
                    translate("Shelf", "Nothing to look at here yet. Ask a grown-up to help you write."),
                )
            elif self.shelf_filter() == "all":
                picture, text = "hand_point", translate("Shelf", "Nothing here yet. Make something!")
            else:
                picture, text = f"filter_{self.shelf_filter()}", translate("Shelf", "Nothing like this yet.")
            side = button_size * 3 // 2  # with its words, in sight under the filters of a netbook
            self.empty_picture.setPixmap(icon(picture).pixmap(side, side))
            self.empty_text.setText(text)
            self.empty_hint.setAccessibleName(text)
        self.view.setVisible(not empty)
