"""A list in the editor: its title and things as rows, each thing with buttons to take
it away or move it, and "add a thing" under them (the rows themselves: list_rows.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QVBoxLayout

from nook.core.recordings import recording_of
from nook.i18n import translate
from nook.ui.editor.kind_part import ButtonMaker, KindPart, ViewMaker
from nook.ui.editor.list_rows import ListRows
from nook.ui.editor.model import PageState
from nook.ui.editor.page_ops import PageOperations
from nook.ui.editor.piece import PieceModel
from nook.ui.editor.strips import turned_icon
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon

if TYPE_CHECKING:
    from nook.ui.editor.page_view import PageView

KEPT_ROWS = 40  # a list's rows kept built (more than any screen shows)


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
        self.rows.filled = self._let_go_far_rows
        self._keep: Callable[[PageView], None] = lambda _view: None
        self._states: list[PageState] = []  # the pages the rows stand for, built or not
        self._built: dict[int, PageView] = {}
        # Each item's buttons (take away, up, down), by row.
        self._row_buttons: dict[int, list[PictureButton]] = {}
        self._make_view: ViewMaker | None = None
        # The row buttons' pictures, made once (turning one made a new pixmap per row).
        self._pictures = (icon("remove_item"), turned_icon("move_right", -90), turned_icon("move_right", 90))
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
        self._keep = keep
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
            remove, up, down = self._pictures
            buttons = [
                self._row_button(remove, f"removeItem{index}", partial(self.ops.remove_page, index)),
                self._row_button(up, f"moveItemUp{index}", partial(self.ops.move_page, -1, index)),
                self._row_button(down, f"moveItemDown{index}", partial(self.ops.move_page, 1, index)),
            ]
            self._row_buttons[index] = buttons
        self._built[index] = view
        self.rows.add_row(index, view, buttons, [*view.edits.values(), *buttons])
        self._sync_row(index)
        self._say_row(index)
        self.row_built()

    def _let_go_far_rows(self) -> None:
        """Rows once built are kept while there are few; past KEPT_ROWS those farthest
        from sight go (built again when wanted): a list read aloud to its end built all
        1,000 rows, 740 MB, and every later step went slower with each row kept. Never
        the rows in sight or seen at the start, the row the tools act on (and being read)
        or the one with the keyboard."""
        if len(self._built) <= KEPT_ROWS:
            return
        sight = self.rows.in_sight()
        held = {*sight, *self.rows.first_sight(), self.piece.index}
        focus = QApplication.focusWidget()
        far = sorted(self._built, key=lambda index: -min(abs(index - sight.start), abs(index - sight.stop)))
        for index in far:
            if len(self._built) <= KEPT_ROWS:
                break
            view = self._built[index]
            if index in held or (focus is not None and view.isAncestorOf(focus)):
                continue
            self._keep(view)
            del self._built[index]
            self._row_buttons.pop(index, None)
            self.rows.drop_row(index)

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
        """A new thing at the end of the list, seen and ready to type into. While the last
        thing is still blank (a new list's first one) the child is taken into it instead:
        a second blank row stayed in the finished list, an empty tick box on paper."""
        last = len(self._states) - 1
        if last >= 0 and _is_blank(self._states[last]):
            self.bring_row(last)
        else:
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
        elif not _is_blank(self._states[index]):  # Enter, Enter, Enter made blank row after blank row
            self.add_item()

    def _focus(self, index: int) -> None:
        if 0 <= index < len(self._states):
            edit = next(iter(self.view_at(index).edits.values()), None)
            if edit is not None:
                edit.setFocus()

    def bring_row(self, index: int) -> PageView:
        """Row `index` is the one the tools act on: built, and brought into sight."""
        self.piece.index = index
        view = self.view_at(index)
        self.reveal(view)
        return view

    def typed_in(self, view: PageView) -> None:
        """A key typed in a row the child scrolled away from brings the row back whole:
        the letters went into a title above the edge, and nothing on the screen moved."""
        self.reveal(view)

    def reveal(self, view: PageView) -> None:
        """Scroll by whole rows until the row showing `view` is seen whole."""
        index = self.index_of(view)
        if index >= 0:
            self.rows.bring_into_sight(index)


def _is_blank(state: PageState) -> bool:
    """A thing on a list with nothing on it yet: no words, no picture, no voice."""
    return state.role == "item" and not state.words.strip() and not state.items and not recording_of(state.extras)
