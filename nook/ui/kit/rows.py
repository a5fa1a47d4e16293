"""Bars of buttons that scroll by whole rows (or columns), never by pixels.

A bar that scrolled 60 pixels a wheel notch left buttons cut in half at its edges, and
a child tapped the half they could see or lost a colour "somewhere". A scroll area made
`by_rows` moves one row of buttons per wheel notch (or per arrow of its scroll bar), and
a drag of its scroll bar comes to rest on a row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QGridLayout, QScrollBar, QWidget

NOTCH = 120  # one wheel notch, in eighths of a degree (Qt's unit)


class RowScroller(QObject):
    """Moves one scroll bar of `area` by whole rows of `pitch()` pixels."""

    def __init__(self, area: QAbstractScrollArea, pitch: Callable[[], int], vertical: bool) -> None:
        super().__init__(area)
        self.area = area
        self.pitch = pitch
        self.vertical = vertical
        self._turned = 0  # wheel turned since the last row moved (touchpads send little bits)
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
