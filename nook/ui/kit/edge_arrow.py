"""The way on in a bar of buttons that cannot show them all: a big arrow, not a thin bar.

A scroll bar a few pixels thick is no target for a five-year-old's finger. A bar made
with `edge_arrow` has no scroll bar: where it cannot show all its buttons, the room past
its last whole button (WholeRows leaves it empty, and makes it at least `ROOM` px) holds
an arrow as long as the bar is thick. A tap shows the next buttons, as many as are seen
at once; at the end the arrow turns round (with a bar across its tip: all the way back)
and a tap goes back to the start. A child taps "more" on and on: a tap soon after the one
that reached the end (`SETTLE_MS`, by the taps' own times) does nothing, so the end
stays in sight (a quick second tap went straight back, and two taps looked like nothing
happened). The wheel still scrolls the bar by rows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QScrollArea, QToolButton

from nook.i18n import translate
from nook.ui.kit import theme
from nook.ui.kit.rows import RowScroller

ROOM = theme.SMALLEST_TARGET  # the smallest target a child is given
SETTLE_MS = 1000  # a tap this soon after reaching the end is still "more", not "back"


class EdgeArrow(QToolButton):
    """Shows the next buttons of `area` (or, at the end, the first ones again)."""

    def __init__(self, area: QScrollArea, scroller: RowScroller, vertical: bool) -> None:
        super().__init__(area)
        self.area = area
        self.scroller = scroller
        self.vertical = vertical
        self.setObjectName(f"{area.objectName()}More")
        # The buttons in the bar take the keyboard (a bar scrolls to the one Tab reaches).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(lambda _=False: self.step())
        self._pressed_at = 0  # the last press, in the window system's ms
        self._end_reached_at: int | None = None  # the press that reached the end
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if vertical:
            area.setVerticalScrollBarPolicy(policy)
        else:
            area.setHorizontalScrollBarPolicy(policy)
        bar = scroller.bar()
        bar.valueChanged.connect(lambda _: self._show_way())
        bar.rangeChanged.connect(lambda *_: self._show_way())
        whole = scroller.whole
        if whole is not None:
            whole.arrow_room = ROOM
            whole.fitted = self.place
        self.hide()
        self._show_way()

    def at_end(self) -> bool:
        bar = self.scroller.bar()
        return bar.maximum() > 0 and bar.value() >= bar.maximum()

    def place(self, room: QRect | None) -> None:
        """Stand in `room` (past the last whole button), or go when all buttons are seen."""
        if room is None or room.isEmpty():
            self.hide()
            return
        self.setGeometry(room)
        self.show()
        self.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        reached = self._end_reached_at
        if self.at_end() and reached is not None and 0 <= event.timestamp() - reached < SETTLE_MS:
            event.accept()  # still tapping "more": the end stays in sight
            return
        self._pressed_at = event.timestamp()
        super().mousePressEvent(event)

    def step(self) -> None:
        bar = self.scroller.bar()
        if self.at_end():
            self._end_reached_at = None
            bar.setValue(bar.minimum())
            return
        seen = self.area.viewport().height() if self.vertical else self.area.viewport().width()
        pitch = max(1, self.scroller.pitch())
        self.scroller.scroll_rows(max(1, seen // pitch))
        self._end_reached_at = self._pressed_at if self.at_end() else None

    def _show_way(self) -> None:
        if self.at_end():
            self.setAccessibleName(translate("Kit", "Back to the first ones"))
        else:
            self.setAccessibleName(translate("Kit", "Show more"))
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._show_way()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        # A big chevron pointing the way the buttons come from: on, or back at the end.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect()
        side = max(8.0, min(rect.width(), rect.height()) * 0.55)
        centre = QPointF(rect.center())
        half = side / 2
        back = self.at_end()
        if self.vertical:
            tip = half if not back else -half
            points = [QPointF(-half, -tip / 2), QPointF(0, tip / 2), QPointF(half, -tip / 2)]
        else:
            tip = half if not back else -half
            points = [QPointF(-tip / 2, -half), QPointF(tip / 2, 0), QPointF(-tip / 2, half)]
        pen = QPen(QColor(theme.BROWN), max(3.0, side / 6))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline(QPolygonF([centre + point for point in points]))
        if back:  # a bar across the tip: all the way back to the first ones
            if self.vertical:
                ends = (QPointF(-half, -half / 2 - pen.widthF() * 1.5), QPointF(half, -half / 2 - pen.widthF() * 1.5))
            else:
                ends = (QPointF(-half / 2 - pen.widthF() * 1.5, -half), QPointF(-half / 2 - pen.widthF() * 1.5, half))
            painter.drawLine(centre + ends[0], centre + ends[1])
        painter.end()


def edge_arrow(area: QScrollArea, scroller: RowScroller, vertical: bool) -> EdgeArrow:
    """Give `area` (made to scroll by rows) an arrow instead of its thin scroll bar."""
    return EdgeArrow(area, scroller, vertical)
