"""The mouse wheel as Qt delivers it to a widget, for tests (and benchmarks) that turn it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

NOTCH = 120  # one notch of a mouse wheel, in eighths of a degree


def turn_wheel(widget: QWidget, notches: int, at: QPointF | None = None) -> None:
    """Turn the wheel over `widget` (positive: towards the user, showing what is below), at
    `at` (its middle unless said), all the notches in one event.

    An event sent from a test is not handed on to the parent as the window system's are:
    send it where the wheel ends up (a scroll area's viewport, not a button on it)."""
    local = at if at is not None else QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(),
        QPoint(0, -NOTCH * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
