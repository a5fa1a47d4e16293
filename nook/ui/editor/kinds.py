"""What each kind of piece adds to the editor: a book's page strip and page buttons, a
letter's envelope, a sign's looks, a list's rows. One small part per kind."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nook.i18n import translate
from nook.ui.editor.list_rows import ListRows
from nook.ui.editor.model import PageState
from nook.ui.editor.page_ops import PageOperations
from nook.ui.editor.piece import PieceModel
from nook.ui.editor.strips import LookBar, PageStrip, turned_icon
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon

if TYPE_CHECKING:
    from nook.ui.editor.page_view import PageView

# (icon, objectName, action) -> a picture button that runs the action when tapped; its
# phrase is said by the part's retranslate()
ButtonMaker = Callable[[str, str, Callable[[], None]], PictureButton]
ViewMaker = Callable[[PageState], "PageView"]


class KindPart:
    """One page on screen at a time, turned with the page buttons (a book, sign, letter)."""

    shows_every_page = False  # a list shows all its items at once
    turns_pages = False  # the "page before" and "next page" buttons

    def __init__(
        self,
        piece: PieceModel,
        ops: PageOperations,
        button: ButtonMaker,
        button_size: int,
        go_to: Callable[[int], None],
        arrows: tuple[PictureButton, PictureButton] | None = None,
    ) -> None:
        self.piece = piece
        self.arrows = arrows if self.turns_pages else None  # the page before, the next page
        self.ops = ops
        self.button = button
        self.button_size = button_size
        self.go_to = go_to
        self.strip: PageStrip | None = None
        self.page_host = QVBoxLayout()
        self._shown: list[PageView] = []

    @property
    def views(self) -> list[PageView]:
        """The page views built, in page order."""
        return self._shown

    def view_at(self, index: int) -> PageView:
        """The view showing page `index` (one page shown: the view there is)."""
        return self._shown[max(0, min(index, len(self._shown) - 1))]

    def index_of(self, view: PageView) -> int:
        """Which page `view` shows (-1: none now)."""
        return self.piece.index if view in self._shown else -1

    def place(self, centre: QVBoxLayout) -> None:
        """Put the part's widgets under (or in place of) the page."""
        centre.addLayout(self.page_host, 1)
        if self.strip is not None:
            centre.addWidget(self.strip)

    def under_page(self) -> QWidget | None:
        """The bar under the page (the grown-up line takes its place while it is open)."""
        return self.strip

    def give_room(self, line: QWidget, centre: QVBoxLayout) -> list[QWidget]:
        """Place the grown-up's `line` under the page; returns the bar it stands in for
        while it is open."""
        under = self.under_page()
        if under is not None:
            # The bar is never less tall than the line: the page keeps its size when it opens.
            under.setMinimumHeight(max(under.minimumSizeHint().height(), line.sizeHint().height()))
        centre.addWidget(line)
        return [under] if under is not None else []

    def show_views(self, old: list[PageView], make_view: ViewMaker, keep: Callable[[PageView], None]) -> list[PageView]:
        """Replace the views on screen with the page now current; returns the new views."""
        for view in old:
            keep(view)
            self.page_host.removeWidget(view)
            view.hide()  # at once: deleteLater waits for the event loop
            view.deleteLater()
        view = make_view(self.piece.current)
        self.page_host.addWidget(view, 1)
        view.show()  # now, not on the next turn of the event loop
        self._shown = [view]
        return self._shown

    def shown(self) -> None:
        """The pages were shown again (a page turn, a new look, undo)."""

    def sync(self) -> None:
        """Enable the part's buttons for the page shown now."""

    def retranslate(self) -> None:
        """Say the part's phrases again in the language now installed."""


class BookPart(KindPart):
    """A cover and pages: a strip of thumbnails, and buttons to add, copy, take out and move pages."""

    turns_pages = True

    def __init__(
        self,
        piece: PieceModel,
        ops: PageOperations,
        button: ButtonMaker,
        button_size: int,
        go_to: Callable[[int], None],
        arrows: tuple[PictureButton, PictureButton] | None = None,
    ) -> None:
        super().__init__(piece, ops, button, button_size, go_to, arrows)
        self.add_page_button = button("add_page", "addPage", ops.add_page)
        self.duplicate_button = button("duplicate", "duplicatePage", ops.duplicate_page)
        self.remove_page_button = button("remove_page", "removePage", ops.remove_page)
        self.move_left_button = button("move_left", "movePageLeft", lambda: ops.move_page(-1))
        self.move_right_button = button("move_right", "movePageRight", lambda: ops.move_page(1))
        self.strip = PageStrip(
            button_size,
            go_to,
            [
                self.move_left_button,
                self.move_right_button,
                self.duplicate_button,
                self.remove_page_button,
            ],
            in_sight=(self.add_page_button,),
            arrows=self.arrows,
        )
        self.strip.setProperty("has_cover", True)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_page_button.set_phrase(translate("Editor", "New page"))
        self.duplicate_button.set_phrase(translate("Editor", "Copy this page"))
        self.remove_page_button.set_phrase(translate("Editor", "Take this page out"))
        self.move_left_button.set_phrase(translate("Editor", "Move page back"))
        self.move_right_button.set_phrase(translate("Editor", "Move page on"))

    def sync(self) -> None:
        piece = self.piece
        if not piece.states:
            return
        not_cover = piece.current.role != "cover"
        room = self.ops.has_room()
        self.add_page_button.setEnabled(room)
        self.remove_page_button.setEnabled(not_cover)
        self.duplicate_button.setEnabled(not_cover and room)
        self.move_left_button.setEnabled(not_cover and piece.index > 1)
        self.move_right_button.setEnabled(not_cover and piece.index < len(piece.states) - 1)


class LetterPart(KindPart):
    """A letter, and an envelope to go with it (one at most, taken away again by its button)."""

    turns_pages = True

    def __init__(
        self,
        piece: PieceModel,
        ops: PageOperations,
        button: ButtonMaker,
        button_size: int,
        go_to: Callable[[int], None],
        arrows: tuple[PictureButton, PictureButton] | None = None,
    ) -> None:
        super().__init__(piece, ops, button, button_size, go_to, arrows)
        self.envelope_button = button("envelope", "addEnvelope", self.envelope)
        self.remove_page_button = button("remove_page", "removePage", ops.remove_page)
        self.strip = PageStrip(button_size, go_to, [self.envelope_button, self.remove_page_button], arrows=self.arrows)
        self.retranslate()

    def retranslate(self) -> None:
        self.envelope_button.set_phrase(translate("Editor", "Add an envelope"))
        self.remove_page_button.set_phrase(translate("Editor", "Take the envelope away"))

    def envelope(self) -> None:
        """Add the envelope, or turn to it when there is one."""
        index = self.ops.envelope_index()
        if index is not None:
            self.go_to(index)
        else:
            self.ops.add_envelope()

    def sync(self) -> None:
        on_envelope = self.piece.current.role == "envelope"
        self.remove_page_button.setVisible(on_envelope)
        self.envelope_button.setEnabled(self.ops.envelope_index() is None or not on_envelope)


class SignPart(KindPart):
    """One big page, and ready looks to start from."""

    def __init__(
        self,
        piece: PieceModel,
        ops: PageOperations,
        button: ButtonMaker,
        button_size: int,
        go_to: Callable[[int], None],
        arrows: tuple[PictureButton, PictureButton] | None = None,
    ) -> None:
        super().__init__(piece, ops, button, button_size, go_to, arrows)
        self.look_bar = LookBar(button_size, self.choose_look)

    def place(self, centre: QVBoxLayout) -> None:
        centre.addLayout(self.page_host, 1)
        centre.addWidget(self.look_bar)

    def under_page(self) -> QWidget | None:
        return self.look_bar

    def choose_look(self, look: str) -> None:
        if look == self.piece.look:
            self.look_bar.show_look(look)  # tapped the look it has: it stays chosen
            return
        self.ops.choose_look(look)

    def shown(self) -> None:
        self.look_bar.show_look(self.piece.look)


class ListPart(KindPart):
    """A title and items, each item with buttons to take it away or move it. The rows are
    built as they are wanted (see ListRows): a list of 1,000 opens at once."""

    shows_every_page = True

    def __init__(
        self,
        piece: PieceModel,
        ops: PageOperations,
        button: ButtonMaker,
        button_size: int,
        go_to: Callable[[int], None],
        arrows: tuple[PictureButton, PictureButton] | None = None,
    ) -> None:
        super().__init__(piece, ops, button, button_size, go_to, arrows)
        self.rows = ListRows(button_size, self._build_row)
        self._states: list[PageState] = []  # the pages the rows stand for, built or not
        self._built: dict[int, PageView] = {}
        # Each item's buttons (take away, up, down), by row.
        self._row_buttons: dict[int, list[PictureButton]] = {}
        self._make_view: ViewMaker | None = None
        # Told of each row built (a look-only piece rests the row's buttons).
        self.row_built: Callable[[], None] = lambda: None
        # "Add a thing" stands under the rows, outside what scrolls: at the end of a long
        # list (and at 96 px on a netbook, of a short one) it needed scrolling.
        self._add_button = button("add_item", "addItem", self.add_item)
        self._shown_look: str | None = None

    @property
    def views(self) -> list[PageView]:
        return [self._built[index] for index in sorted(self._built)]

    def built_view(self, index: int) -> PageView | None:
        """Row `index`'s page view, if it is built."""
        return self._built.get(index)

    def view_at(self, index: int) -> PageView:
        index = max(0, min(index, len(self._states) - 1))
        if index not in self._built:
            self._build_row(index)
        return self._built[index]

    def index_of(self, view: PageView) -> int:
        return next((index for index, built in self._built.items() if built is view), -1)

    def place(self, centre: QVBoxLayout) -> None:
        centre.addWidget(self.rows, 1)
        centre.addWidget(self._add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_views(self, old: list[PageView], make_view: ViewMaker, keep: Callable[[PageView], None]) -> list[PageView]:
        # The rows in front still showing the same pages stay (adding a thing to a list of
        # 50 built all 50 rows again: a third of a second); the rows after are built anew,
        # those in sight now and the others when they are wanted.
        states = self.piece.states
        same = 0
        if self.piece.look == self._shown_look:  # a new look is drawn on every row
            while same < min(len(self._states), len(states)) and self._states[same] is states[same]:
                same += 1
        self._shown_look = self.piece.look
        self._make_view = make_view
        self._states = list(states)
        for index in [index for index in self._built if index >= same]:
            del self._built[index]
            self._row_buttons.pop(index, None)
        self.rows.drop_rows(same)
        self.rows.set_count(len(states))
        for index in self._row_buttons:
            self._sync_row(index)
        self.rows.fill_sight()
        self._add_button.setEnabled(self.ops.has_room())
        return self.views

    def _build_row(self, index: int) -> None:
        if self._make_view is None or index in self._built or not 0 <= index < len(self._states):
            return
        state = self._states[index]
        view = self._make_view(state)
        view.setObjectName(f"pageView{index}")
        buttons: list[PictureButton] = []
        if state.role == "item":
            buttons = [
                self._row_button(icon("remove_item"), f"removeItem{index}", partial(self.ops.remove_page, index)),
                self._row_button(
                    turned_icon("move_right", -90), f"moveItemUp{index}", partial(self.ops.move_page, -1, index)
                ),
                self._row_button(
                    turned_icon("move_right", 90), f"moveItemDown{index}", partial(self.ops.move_page, 1, index)
                ),
            ]
            self._row_buttons[index] = buttons
        self._built[index] = view
        self.rows.add_row(index, view, buttons, [*view.edits.values(), *buttons])
        self._sync_row(index)
        self._say_row(index)
        self.row_built()

    def _sync_row(self, index: int) -> None:
        if index not in self._row_buttons:
            return  # the title: no buttons
        _remove, up, down = self._row_buttons[index]
        up.setEnabled(index > 0 and self._states[index - 1].role == "item")
        down.setEnabled(index < len(self._states) - 1)

    def _say_row(self, index: int) -> None:
        remove, up, down = self._row_buttons.get(index) or (None, None, None)
        if remove is not None and up is not None and down is not None:
            remove.set_phrase(translate("Editor", "Take this away"))
            up.set_phrase(translate("Editor", "Move it up"))
            down.set_phrase(translate("Editor", "Move it down"))

    def retranslate(self) -> None:
        for index in self._row_buttons:
            self._say_row(index)
        self._add_button.set_phrase(translate("Editor", "Add a thing to the list"))

    def _row_button(self, picture: QIcon, name: str, action: Callable[[], None]) -> PictureButton:
        button = PictureButton(picture, "", name, self.rows.row_button_size())
        button.clicked.connect(lambda _=False: action())
        return button

    def add_item(self) -> None:
        """A new thing at the end of the list, seen and ready to type into."""
        self.ops.add_item()
        last = len(self._states) - 1
        self._focus(last)
        if last >= 0:
            # Once its row has its room: "add a thing" is not under the rows to show it.
            view = self.view_at(last)
            QTimer.singleShot(0, self.rows, lambda: self._reveal_if_shown(view))

    def _reveal_if_shown(self, view: PageView) -> None:
        if view in self._built.values():  # not gone already (an undo as quick as the tap)
            self.reveal(view)

    def next_item(self, view: PageView) -> None:
        """Enter on a list item: go to the item after it, or start a new one at the end."""
        index = self.index_of(view)
        if index < 0:
            index = len(self._states) - 1
        if index + 1 < len(self._states):
            self._focus(index + 1)
            self.reveal(self.view_at(index + 1))
        else:
            self.add_item()

    def _focus(self, index: int) -> None:
        if 0 <= index < len(self._states):
            edit = next(iter(self.view_at(index).edits.values()), None)
            if edit is not None:
                edit.setFocus()

    def reveal(self, view: PageView) -> None:
        """Scroll by whole rows until the row showing `view` is seen whole."""
        index = self.index_of(view)
        if index >= 0:
            self.rows.bring_into_sight(index)


def part_for(
    piece: PieceModel,
    ops: PageOperations,
    button: ButtonMaker,
    button_size: int,
    go_to: Callable[[int], None],
    arrows: tuple[PictureButton, PictureButton] | None = None,
) -> KindPart:
    """The part for the piece's kind (`arrows`: the page buttons, placed by a part that turns pages)."""
    parts: dict[str, type[KindPart]] = {"book": BookPart, "letter": LetterPart, "sign": SignPart, "list": ListPart}
    return parts.get(piece.kind, KindPart)(piece, ops, button, button_size, go_to, arrows)
