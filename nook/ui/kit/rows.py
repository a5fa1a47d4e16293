"""Bars of buttons that scroll by whole rows (or columns), never by pixels.

A bar that scrolled 60 pixels a wheel notch left buttons cut in half at its edges, and
a child tapped the half they could see or lost a colour "somewhere". A scroll area made
`by_rows` moves one row of buttons per wheel notch (or per arrow of its scroll bar), and
a drag of its scroll bar comes to rest on a row.

Such an area also shows only whole controls (`WholeRows`): where the area's edge would
cut a button, a words box or a slider in two, its viewport ends just before it and the
strip beyond stays empty, so a control is seen whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QGridLayout, QScrollArea, QScrollBar, QWidget

NOTCH = 120  # one wheel notch, in eighths of a degree (Qt's unit)
# What a child taps or types into: never shown cut in two at an area's edge. Known by
# their Qt class names (QObject.inherits): naming the Python classes made PySide build
# each one, with its enums, at every start, though the shelf has no words box or list.
CONTROLS = ("QAbstractButton", "QLineEdit", "QTextEdit", "QComboBox", "QAbstractSpinBox", "QAbstractSlider")
# What holds controls of its own, which are its, not the area's.
HOLDERS = ("QAbstractScrollArea", "QComboBox", "QAbstractSpinBox")


_LAYOUT_REQUEST, _RESIZE, _SHOW, _MOVE = (
    QEvent.Type.LayoutRequest,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Move,
)


def _is_one_of(widget: QWidget, class_names: tuple[str, ...]) -> bool:
    return any(widget.inherits(name) for name in class_names)


class WholeRows(QObject):
    """Ends `area`'s viewport before the first control its edge would cut (seen from the
    start, where the area rests), along one direction. Nothing is cut when all fits."""

    def __init__(self, area: QScrollArea, vertical: bool) -> None:
        super().__init__(area)
        self.area = area
        self.vertical = vertical
        self._fitting = False
        # Room kept past the last whole control for a way on (an EdgeArrow), and who is
        # told where that room is (None: everything fits, no way on is needed).
        self.arrow_room = 0
        self.fitted: Callable[[QRect | None], None] | None = None
        # The content is kept, not asked for: while the area is being destroyed it has none.
        self.content = area.widget()
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        area.installEventFilter(self)
        if self.content is not None:
            self.content.installEventFilter(self)

    def _span(self, widget: QWidget, content: QWidget) -> tuple[int, int]:
        start = widget.mapTo(content, QPoint(0, 0))
        if self.vertical:
            return start.y(), start.y() + widget.height()
        return start.x(), start.x() + widget.width()

    def _controls(self, content: QWidget, limit: int) -> list[QWidget]:
        """The controls in the content's parts that start before `limit` (the area's
        length): only they can be cut by its edge, seen from the start. A long list's
        rows were all walked at each row read aloud (~580 widgets, 8 ms a step at rest)."""
        found: list[QWidget] = []
        for part in content.children():
            if not isinstance(part, QWidget) or part.isWindow() or not part.isVisibleTo(content):
                continue
            if self._span(part, content)[0] >= limit:
                continue  # (its own parts are inside it: they start no sooner)
            for widget in (part, *part.findChildren(QWidget)):
                if not _is_one_of(widget, CONTROLS) or not widget.isVisibleTo(content):
                    continue
                holder = widget.parentWidget()
                # A box's own parts, and what scrolls inside another area, are not the area's.
                while holder is not None and holder is not content:
                    if _is_one_of(holder, HOLDERS):
                        break
                    holder = holder.parentWidget()
                if holder is content:
                    found.append(widget)
        return found

    def fit(self) -> None:
        content = self.content
        if content is None or self._fitting:
            return
        self._fitting = True
        try:
            rect = self.area.contentsRect()
            full = rect.height() if self.vertical else rect.width()
            least = content.minimumSizeHint().expandedTo(content.minimumSize())
            # Words that flow take their height from the width: the content's own size says it.
            least = least.expandedTo(content.size())
            cut = full
            overflowing = (least.height() if self.vertical else least.width()) > full
            if overflowing:
                spans = []
                for widget in self._controls(content, full):
                    widget.installEventFilter(self)  # told when it moves (a words box placed later)
                    spans.append(self._span(widget, content))
                cut = self._cut_before(spans, full)
                if self.arrow_room and full - cut < self.arrow_room:
                    # Room for the way on, unless no whole control would be left beside it
                    # (then the way on takes the little room there is).
                    cut = self._cut_before(spans, full - self.arrow_room) or cut
            # A control longer than the whole area is shown as far as it goes.
            margin = full - cut if cut > 0 else 0
            wanted = (0, 0, 0, margin) if self.vertical else (0, 0, margin, 0)
            margins = self.area.viewportMargins()
            if (margins.left(), margins.top(), margins.right(), margins.bottom()) != wanted:
                self.area.setViewportMargins(*wanted)
            if self.fitted is not None:
                room = None
                if overflowing and margin:
                    room = QRect(rect.left(), rect.top() + cut, rect.width(), margin)
                    if not self.vertical:
                        room = QRect(rect.left() + cut, rect.top(), margin, rect.height())
                self.fitted(room)
        finally:
            self._fitting = False

    @staticmethod
    def _cut_before(spans: list[tuple[int, int]], limit: int) -> int:
        """Where to end so that no control is cut, at or before `limit`: ending before one
        control may cut another beside it (a tall words box beside a row's buttons), so
        end before that one too."""
        cut = max(0, limit)
        crossing = [start for start, end in spans if start < cut < end]
        while crossing and min(crossing) < cut:
            cut = min(crossing)
            crossing = [start for start, end in spans if start < cut < end]
        return cut

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Every event of every control in the area comes here (their paints too): the
        # kind is asked once (PySide makes a Python enum member at each ask).
        kind = event.type()
        if kind == _LAYOUT_REQUEST and watched is self.content:
            self._refit.start()  # the controls have their places once the layout has worked
        elif watched is self.area:
            if kind in (_RESIZE, _SHOW):
                # Before the area lays out its viewport; never from inside the content's own
                # resize (its layout would be left at the size it had before).
                self.fit()
        elif kind in (_MOVE, _RESIZE):
            self._refit.start()
        return False


class WholeItemRows(QObject):
    """Ends an item view's viewport after the last whole row of `pitch()` pixels it has
    room for, while its items overflow it; scrolled by whole rows (RowScroller), the
    rows at both its edges are then whole (a grid of covers scrolled to its end showed
    only the titles of its top row)."""

    def __init__(self, view: QAbstractScrollArea, pitch: Callable[[], int]) -> None:
        super().__init__(view)
        self.view = view
        self.pitch = pitch
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        view.verticalScrollBar().rangeChanged.connect(lambda *_: self._refit.start())
        view.installEventFilter(self)

    def fit(self) -> None:
        view = self.view
        full = view.contentsRect().height()
        row = max(1, self.pitch())
        # What the items need: the bar's range is what does not fit in the viewport.
        needed = view.verticalScrollBar().maximum() + view.viewport().height()
        margin = full % row if needed > full >= row else 0
        if view.viewportMargins().bottom() != margin:
            view.setViewportMargins(0, 0, 0, margin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() in (_RESIZE, _SHOW):
            self.fit()
        return False


def whole_rows(area: QScrollArea, vertical: bool = True) -> WholeRows:
    """Make `area` show only whole controls at its edge (see WholeRows)."""
    return WholeRows(area, vertical)


class RowScroller(QObject):
    """Moves one scroll bar of `area` by whole rows of `pitch()` pixels."""

    def __init__(self, area: QAbstractScrollArea, pitch: Callable[[], int], vertical: bool) -> None:
        super().__init__(area)
        self.area = area
        self.pitch = pitch
        self.vertical = vertical
        self._turned = 0  # wheel turned since the last row moved (touchpads send little bits)
        self.whole: WholeRows | None = None  # what ends the area before a cut control
        bar = self.bar()
        bar.rangeChanged.connect(lambda *_: self._set_steps())
        bar.sliderReleased.connect(self.settle)
        area.viewport().installEventFilter(self)
        self._set_steps()

    def bar(self) -> QScrollBar:
        return self.area.verticalScrollBar() if self.vertical else self.area.horizontalScrollBar()

    def _row(self) -> int:
        return max(1, self.pitch())

    def _set_steps(self) -> None:
        bar = self.bar()
        row = self._row()
        bar.setSingleStep(row)  # the bar's arrows move a row
        bar.setPageStep(max(row, (bar.pageStep() // row) * row))

    def settle(self) -> None:
        """Come to rest on a row (or at the very end, where the last row is whole)."""
        bar = self.bar()
        bar.setValue(self.nearest(bar.value()))

    def nearest(self, value: int) -> int:
        bar = self.bar()
        row = self._row()
        if value >= bar.maximum():
            return bar.maximum()
        return min(bar.maximum(), round(value / row) * row)

    def scroll_rows(self, rows: int) -> None:
        """Move `rows` rows on (negative: back)."""
        bar = self.bar()
        row = self._row()
        value = bar.value()
        # From the row at or before the value going on, at or after it going back (the very
        # end of a bar may sit part-way into a row).
        start = value // row if rows > 0 else -(-value // row)
        target = (start + rows) * row
        bar.setValue(max(bar.minimum(), min(bar.maximum(), target)))

    def bring_into_sight(self, index: int, length: int) -> None:
        """Show the `index`th row (`length` pixels long) whole, moving by whole rows, so
        the rows at the edges are whole too (a widget made visible by pixels left a
        sliver of the rows either side)."""
        self._catch_up()
        bar = self.bar()
        row = self._row()
        seen = self.area.viewport().height() if self.vertical else self.area.viewport().width()
        start, end = index * row, index * row + length
        value = bar.value()
        if start < value:
            value = start
        elif end > value + seen:
            value = -(-(end - seen) // row) * row  # the fewest whole rows on that show it
        bar.setValue(max(bar.minimum(), min(bar.maximum(), value)))

    def _catch_up(self) -> None:
        """Grow the bar to what the area holds now. A row just added lays itself out at
        once, but the area learns of it only on its next turn of the event loop: until then
        the bar ends where it ended before, and a row brought into sight at the very end
        stopped one row short of it (a page just added stayed out of the strip's sight);
        and where the rows first overflow, the viewport ends before a cut row only then."""
        content = self.area.widget() if isinstance(self.area, QScrollArea) else None
        layout = content.layout() if content is not None else None
        if layout is not None:
            layout.activate()
            QCoreApplication.sendEvent(self.area, QEvent(QEvent.Type.LayoutRequest))
        if self.whole is not None:
            self.whole.fit()  # and the viewport to the whole rows it now shows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            delta = event.angleDelta()
            # A vertical wheel moves a sideways bar too (most mice have no other wheel).
            turned = delta.y() if self.vertical else (delta.x() or delta.y())
            if not self.bar().maximum():
                return False  # nothing to scroll: the wheel goes on to what holds the bar
            self._turned += turned
            rows = int(self._turned / NOTCH)
            if rows:
                self._turned -= rows * NOTCH
                self.scroll_rows(-rows)  # the wheel turned towards the user shows what is below
            event.accept()
            return True
        return super().eventFilter(watched, event)


def by_rows(area: QAbstractScrollArea, pitch: Callable[[], int], vertical: bool = True) -> RowScroller:
    """Make `area` scroll by rows of `pitch()` pixels (a button and the gap after it)."""
    scroller = RowScroller(area, pitch, vertical)
    area.setProperty("scrollsByRows", True)
    if isinstance(area, QScrollArea):
        scroller.whole = whole_rows(area, vertical)
    return scroller


def button_pitch(host: QWidget, vertical: bool = True) -> int:
    """A row of `host`'s buttons: the first button's height (width, sideways) and the gap
    its layout leaves after it."""
    button = next((b for b in host.findChildren(QAbstractButton) if not b.isHidden()), None)
    layout = host.layout()
    if button is None or layout is None:
        return 0
    if isinstance(layout, QGridLayout):
        gap = layout.verticalSpacing() if vertical else layout.horizontalSpacing()
    else:
        gap = layout.spacing()
    return (button.height() if vertical else button.width()) + max(0, gap)
