"""The shelf page laid out: who is writing and the corner buttons on top, the big 'make
something' buttons, the filters and the search box, the covers (or why there are none),
and the actions for the chosen cover. It only lays out; ShelfScreen wires what each
control does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
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
        self,
        make_button: MakeButton,
        model: ShelfModel,
        delegate: CoverDelegate,
        button_size: int,
        look_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.look_only = look_only  # a library that can only be looked at: nothing new is made
        # The page is in its place before it is filled (see ShelfScreen: a finished page
        # moved in would have each of its widgets styled again).
        self.setWidgetResizable(True)
        self.setStyleSheet(theme.SEE_THROUGH_SHELF)
        page = QWidget()
        page.setObjectName("shelfPage")
        self.setWidget(page)
        top = QHBoxLayout()
        self.writers_button = make_button("writers", "", "switchWriter")
        top.addWidget(self.writers_button)
        self.writer_label = ElidedLabel()  # a name as long as a sentence gives way to the buttons
        self.writer_label.setObjectName("shelfWriterName")
        self.writer_label.setStyleSheet(theme.WRITER_NAME)
        top.addWidget(self.writer_label, 1)
        # Where the New buttons go when the page is too short for their own row.
        self.top_make = QHBoxLayout()
        top.addLayout(self.top_make)
        top.addStretch(1)
        self.ideas_button = make_button("idea", "", "showIdeas")
        top.addWidget(self.ideas_button)
        self.trash_button = make_button("trash", "", "showTrash")
        top.addWidget(self.trash_button)
        self.backpack_button = make_button("backpack", "", "packMyBackpack")
        top.addWidget(self.backpack_button)
        top.addSpacing(24)
        self.grown_up_button = make_button("grown_up", "", "grownUpCorner", 0.75)
        top.addWidget(self.grown_up_button, 0, Qt.AlignmentFlag.AlignTop)

        make = self.make = QHBoxLayout()
        make.setContentsMargins(0, 0, 0, 0)
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

        self.view = cover_view(model, delegate, "shelf", "", page)

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
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addStretch(1)
        self.open_button = make_button("open", "", "openPiece", 1.2)
        self.show_time_button = make_button("show_time", "", "showTimePiece")
        self.duplicate_button = make_button("duplicate", "", "duplicatePiece")
        self.trash_piece_button = make_button("put_in_trash", "", "trashPiece")
        for button in (self.open_button, self.show_time_button, self.duplicate_button, self.trash_piece_button):
            actions.addWidget(button)
            actions.addSpacing(12)
        actions.addStretch(1)
        self.action_bar = QWidget()
        self.action_bar.setObjectName("pieceActions")
        self.action_bar.setLayout(actions)
        self.action_bar.setVisible(False)

        layout = self.column = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        self.make_row = QWidget()
        self.make_row.setObjectName("newPieces")
        self.make_row.setLayout(make)
        layout.addWidget(self.make_row)
        self.filter_row = filter_row = QWidget()
        filter_row.setObjectName("shelfFilters")
        filter_row.setLayout(filters)
        self.filter_flow = filters
        layout.addWidget(filter_row)
        layout.addWidget(self.empty_hint, 1)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.action_bar)
        # At the biggest button sizes the shelf may not fit a small screen: then the
        # whole page scrolls rather than squeezing the covers away.
        # The controls inside take the keyboard, not the area (it has nothing to say).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("shelfPageScroll")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Scrolled or not, a button is seen whole or not at all (never half a filter).
        whole_rows(self)
        self._empty: tuple[bool, int] | None = None
        self.button_size = button_size
        self.compact = False  # the New buttons beside who is writing, pictures only
        self.actions_above = False  # a chosen cover's actions in the filters' place
        self._chosen = False
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

    # -- fitting a short screen ---------------------------------------------------------
    def set_button_size(self, button_size: int, covers_height: int) -> None:
        """Buttons of `button_size` px; covers need `covers_height` px for a row."""
        self.button_size = button_size
        self.search_edit.setMinimumHeight(button_size)
        # Beside the filters when a button's room is left there: it takes the rest of
        # the row (at 96 px on a netbook it stood alone, a big empty box under them).
        self.search_edit.setMinimumWidth(button_size)
        sheet = theme.search_box(button_size)
        if self.search_edit.styleSheet() != sheet:  # (a style sheet set restyles the box)
            self.search_edit.setStyleSheet(sheet)
        self.view.setMinimumHeight(covers_height)
        self.arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        """A row of covers is always seen whole, with the New buttons and the filters above.

        Where the page is too short for the New buttons' own row (192 px on a netbook put
        the covers below the screen's edge), they stand beside who is writing as pictures
        (their phrases are still said); where a chosen cover's actions have no room under
        the covers, they take the filters' place while it is chosen."""
        size, gap = self.button_size, max(0, self.column.spacing())
        height = self.contentsRect().height()
        filters = self.filter_flow.heightForWidth(self.contentsRect().width())
        covers = self.view.minimumHeight()
        make = max(48, int(size * make_scale(size))) + 28  # a make button and its caption
        actions = max(48, int(size * 1.2))  # the open button
        compact = size + make + filters + covers + 3 * gap > height
        rest = size + (0 if compact else make + gap) + filters + covers + 2 * gap
        if compact != self.compact:
            self.compact = compact
            for button in self.new_buttons.values():
                (self.make if not compact else self.top_make).removeWidget(button)
            for button in self.new_buttons.values():
                if compact:
                    self.top_make.addWidget(button)
                else:
                    self.make.insertWidget(self.make.count() - 1, button)
                button.show_caption(not compact)
            self.make_row.setVisible(not compact)
            # Who is writing shows as their picture; the name needs the New buttons' room.
            self.writer_label.setVisible(not compact)
        for button in self.new_buttons.values():
            button.set_target_size(size if compact else max(48, int(size * make_scale(size))))
        self.actions_above = rest + actions + gap > height
        # In the filters' place the actions are no taller than the filters: nothing moves.
        self.open_button.set_target_size(size if self.actions_above else actions)
        self.show_actions(self._chosen)

    def show_actions(self, chosen: bool) -> None:
        """The actions for a chosen cover: under the covers, or in the filters' place."""
        self._chosen = chosen
        above = chosen and self.actions_above
        after_filters = self.column.indexOf(self.action_bar) == self.column.indexOf(self.filter_row) + 1
        if above != after_filters:
            self.column.removeWidget(self.action_bar)
            self.column.insertWidget(self.column.indexOf(self.filter_row) + 1 if above else -1, self.action_bar)
        self.filter_row.setVisible(not above)
        # Under the covers the actions keep their room while no cover is chosen: a cover
        # tapped once (to hear its name) stays where it is for the tap that opens it.
        # Coming in, they took a row's lower part from the covers (and the shelf
        # scrolled), so the second tap landed on "Make another" or "Put in the trash".
        keep_room = self.action_bar.sizePolicy()
        keep_room.setRetainSizeWhenHidden(not self.actions_above)
        self.action_bar.setSizePolicy(keep_room)
        self.action_bar.setVisible(chosen)
