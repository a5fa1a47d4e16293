"""A list's rows: its title and each thing on it, one under the other, all one height.

A row (a page view, its words box and three buttons) is built only when it is wanted:
when it comes into sight, or when something goes to it (reading aloud, the keyboard,
"add a thing"). Every row was built at once before, and a list of 1,000 things (the most
a piece may have) held the window's thread for seconds at open (issue 9). As all rows
are one height, where each one stands is known without building it: the rows built are
placed by their number and the rest is empty room that scrolls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QToolButton,
    QWidget,
)

from nook.i18n import translate
from nook.ui.kit import theme
from nook.ui.kit.edge_arrow import ROOM
from nook.ui.kit.rows import by_rows

FIXED, MINIMUM = QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum  # a row's room kept for buttons
BUTTON_GAP = 2  # between a list row's buttons
# From this size an item's three buttons stand two by two: side by side at 80 and 90 px
# they took a netbook row's room from its words (14 and 11 px high).
TWO_BY_TWO_FROM = 72
MARGIN = 4  # round the rows
SPACING = 8  # between two rows


class ListRows(QScrollArea):
    """The list's rows; `build(index)` is asked for a row wanted and not built yet (it
    answers with add_row)."""

    def __init__(self, button_size: int, build: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button_size = button_size
        self._build = build
        self.setObjectName("listRows")
        self.retranslate()
        # The rows' words boxes and buttons take the keyboard, not the area round them.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.host = QWidget()  # no layout: each row is placed by its number
        self.setWidget(self.host)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        theme.see_through(self)
        theme.big_bar(self.verticalScrollBar())
        self.count = 0  # rows the list has, built or not
        self.rows: dict[int, tuple[QWidget, QWidget]] = {}  # row number -> (row, page view)
        self._stops: dict[int, list[QWidget]] = {}  # row number -> what Tab reaches in it
        self._button_px, self.row_height = self._sizes_for(self.host.width())
        self._buttons: dict[int, Sequence[QToolButton]] = {}  # row number -> its buttons
        self._title_room: dict[int, QSpacerItem] = {}  # a row without buttons -> its room for them
        self._filling = False
        self._resizing = False
        self.filled: Callable[[], None] = lambda: None
        # The row last brought into sight, kept there while the rows find their places
        # (a new row's room, a scroll bar coming, narrower rows) until the child scrolls.
        self._kept: int | None = None
        # A row at a time, and only whole rows in sight: no half an item under the edge.
        self.scroller = by_rows(self, self._row_pitch)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(lambda _value: self.fill_sight())
        bar.rangeChanged.connect(lambda *_: self._keep_in_sight())
        bar.sliderPressed.connect(self._let_go)
        self.host.installEventFilter(self)
        self.viewport().installEventFilter(self)

    def _row_pitch(self) -> int:
        return self.row_height + SPACING if self.rows else 0

    def retranslate(self) -> None:
        self.setAccessibleName(translate("Editor", "The list"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- where rows stand ---------------------------------------------------------
    def row_button_size(self) -> int:
        """How big an item's buttons are now (see _sizes_for)."""
        return self._button_px

    def _sizes_for(self, width: int) -> tuple[int, int]:
        """An item's buttons and a row's height for rows `width` wide. Side by side at
        big sizes (TWO_BY_TWO_FROM and up) the buttons took so much of a netbook's width that a
        thing's words were 9 px high: there they stand two by two, at half size, never
        smaller than a child's target. Where a row is taller than that (its height is set
        by its words' width: a big screen), they grow into the height it has, up to the
        button size chosen; a row is never made taller for them."""
        size = self.button_size
        if size < TWO_BY_TWO_FROM:
            return size, max(int(self._view_width(width, 3 * size + 2 * BUTTON_GAP) * 0.25), size + 8)
        half = max(ROOM, (size - BUTTON_GAP) // 2)
        for grown in range(size, half, -1):
            column = 2 * grown + BUTTON_GAP
            height = int(self._view_width(width, column) * 0.25)
            if column + 8 <= height:
                return grown, height
        column = 2 * half + BUTTON_GAP
        return half, max(int(self._view_width(width, column) * 0.25), column + 8)

    @staticmethod
    def _view_width(width: int, buttons: int) -> int:
        return max(200, width - 2 * MARGIN - buttons - 12)

    def _two_by_two(self) -> bool:
        return self.button_size >= TWO_BY_TWO_FROM

    def _buttons_width(self) -> int:
        if self._two_by_two():
            return 2 * self._button_px + BUTTON_GAP
        return 3 * self.button_size + 2 * BUTTON_GAP

    def row_place(self, index: int) -> QRect:
        """Where row `index` stands in the rows' host, built or not."""
        pitch = self.row_height + SPACING
        return QRect(MARGIN, MARGIN + index * pitch, max(0, self.host.width() - 2 * MARGIN), self.row_height)

    def set_count(self, count: int) -> None:
        """The list has `count` rows now (the room they take; none is built here)."""
        self.count = count
        self._kept = None
        self._set_room()
        # The scroll bar knows the new room now, not on the next turn of the event loop.
        QApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def _set_room(self) -> None:
        rows = self.count * self.row_height + max(0, self.count - 1) * SPACING
        self.host.setMinimumHeight(2 * MARGIN + rows if self.count else 0)

    def _resized(self) -> None:
        if self._resizing:
            # The room set just now brought the scroll bar (or took it away), which resized
            # the rows' host again: at some widths the rows' new height took it back again,
            # and the two called each other until the stack ran out (a crash, seen with a
            # side panel a little wider). The rows keep the height just worked out.
            return
        self._resizing = True
        try:
            button_px, height = self._sizes_for(self.host.width())
            if button_px != self._button_px:
                self._button_px = button_px
                self._resize_buttons()
            if height != self.row_height:
                self.row_height = height
                self._set_room()
            for index, (row, _view) in self.rows.items():
                row.setGeometry(self.row_place(index))
            self._keep_in_sight()
        finally:
            self._resizing = False

    def _resize_buttons(self) -> None:
        """The built rows' buttons at the size the rows have room for now."""
        for buttons in self._buttons.values():
            for button in buttons:
                resize = getattr(button, "set_target_size", None)
                if resize is not None:
                    resize(self._button_px)
        for index, room in self._title_room.items():
            layout = self.rows[index][0].layout()
            if layout is not None:
                room.changeSize(self._buttons_width() + layout.spacing(), 0, FIXED, MINIMUM)
                layout.invalidate()

    def in_sight(self) -> range:
        """The rows the viewport shows now, whole or in part."""
        if not self.count:
            return range(0)
        pitch = self.row_height + SPACING
        top = self.verticalScrollBar().value()
        first = max(0, (top - MARGIN) // pitch)
        last = min(self.count - 1, (top + self.viewport().height() - MARGIN) // pitch)
        return range(first, last + 1)

    def first_sight(self) -> range:
        """The rows seen when the list rests at its start."""
        pitch = self.row_height + SPACING
        return range(min(self.count, (self.viewport().height() - MARGIN) // pitch + 1))

    def fill_sight(self) -> None:
        """Build the rows in sight not built yet (and the one after them, so the keyboard
        can go on to it), and those seen at the start (where the whole rows are measured);
        then `filled` is told (a list lets go of rows far out of sight)."""
        if self._filling or not self.count:
            return
        self._filling = True
        try:
            sight = self.in_sight()
            wanted = [*range(sight.start, min(self.count, sight.stop + 1)), *self.first_sight()]
            for index in wanted:
                if index not in self.rows:
                    self._build(index)
        finally:
            self._filling = False
        self.filled()

    def bring_into_sight(self, index: int) -> None:
        """Scroll by whole rows until row `index` is seen whole (and keep it so while
        the rows settle)."""
        self._kept = index
        self._keep_in_sight()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt API
        """Tab into a row brings it into sight by whole rows. QScrollArea scrolled to the
        widget Tab reached by pixels: seen under Xvfb at 1024x600, tabbing down a list
        left a sliver of the row above and the row reached cut at the bottom."""
        if not QWidget.focusNextPrevChild(self, forward):
            return False
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return True
        index = next((i for i, (row, _view) in self.rows.items() if row.isAncestorOf(focus)), None)
        if index is not None:
            self.bring_into_sight(index)
        else:
            self.ensureWidgetVisible(focus)
        return True

    def _keep_in_sight(self) -> None:
        if self._kept is not None and self._kept < self.count:
            self.scroller.bring_into_sight(self._kept, self.row_height + MARGIN)

    def _let_go(self) -> None:
        self._kept = None  # the child scrolls: the rows go where they are taken

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Wheel:
            self._let_go()
        elif event.type() == QEvent.Type.Resize:
            if watched is self.host:
                self._resized()
            elif watched is self.viewport():
                self.fill_sight()  # before it is painted: no empty room where rows belong
        return super().eventFilter(watched, event)

    # -- rows built and taken away ---------------------------------------------------
    def drop_rows(self, keep: int) -> None:
        """Take away every row built after the first `keep`."""
        for index in [index for index in self.rows if index >= keep]:
            self.drop_row(index)

    def drop_row(self, index: int) -> None:
        """Take away row `index` (built again when it is wanted again)."""
        row, _view = self.rows.pop(index)
        self._stops.pop(index, None)
        self._buttons.pop(index, None)
        self._title_room.pop(index, None)
        row.hide()
        row.deleteLater()

    def clear(self) -> None:
        self.drop_rows(0)

    def add_row(
        self, index: int, view: QWidget, buttons: Sequence[QToolButton], stops: Sequence[QWidget] = ()
    ) -> QWidget:
        """Row `index`: the page view and its buttons, placed and shown; `stops`: what Tab
        reaches in it, in order (its words boxes and buttons)."""
        # Made in its place (hidden until shown below): the view is styled once as it moves
        # in, not again with the whole row (a row made apart and then moved in: ~25 % of
        # building it, Qt's style inherited over every widget in it a second time).
        row = QWidget(self.host)
        row.setObjectName(f"listRow{index}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        # The row's buttons side by side ("take this away", "up", "down"): a row is one
        # button tall, so the title, the first things and "add a thing" under them all
        # fit a netbook's screen (two by two, "add a thing" needed scrolling at 96 px).
        # At big sizes they are half as big, two by two: "take this away" and the arrows
        # one over the other (see _sizes_for).
        side = QGridLayout()
        side.setSpacing(BUTTON_GAP)
        places = [(0, 0), (0, 1), (1, 1)] if self._two_by_two() else [(0, 0), (0, 1), (0, 2)]
        for button, (line, column) in zip(buttons, places, strict=False):
            side.addWidget(button, line, column, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(side)
        if not buttons:  # the title row lines up with the item rows under it
            room = QSpacerItem(self._buttons_width() + layout.spacing(), 0, FIXED, MINIMUM)
            layout.addItem(room)
            self._title_room[index] = room
        self._buttons[index] = buttons
        row.setGeometry(self.row_place(index))
        self.rows[index] = (row, view)
        self._stops[index] = list(stops)
        self._chain(index)
        row.show()
        return row

    def _chain(self, index: int) -> None:
        """Tab goes from row to row in their order, however late a row was built: its
        stops follow the row built before it, or come before the one built after it."""
        stops = self._stops[index]
        before = [i for i in self._stops if i < index and self._stops[i]]
        after = [i for i in self._stops if i > index and self._stops[i]]
        if not stops or not (before or after):
            return
        anchor: QWidget | None
        if before:
            anchor = self._stops[max(before)][-1]
        else:
            anchor = self._stops[min(after)][0].previousInFocusChain()
            row = self.rows[index][0]
            for _ in range(1000):  # bounded: never round a broken chain for good
                if anchor is None or not (anchor is row or row.isAncestorOf(anchor)):
                    break
                anchor = anchor.previousInFocusChain()
        if anchor is None:
            return
        for stop in stops:
            QWidget.setTabOrder(anchor, stop)
            anchor = stop
