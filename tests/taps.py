"""Taps as Qt delivers them to a widget, for tests that tap one widget directly."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget


def double_tap(widget: QWidget, point: QPoint) -> None:
    """Two quick taps as Qt delivers them: press, release, then a press followed by a
    double click, and the release (QTest's mouseDClick sends the double click alone)."""
    local, where = QPointF(point), QPointF(widget.mapToGlobal(point))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, none),
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonDblClick, left),
        (QEvent.Type.MouseButtonRelease, none),
    ):
        QApplication.sendEvent(widget, QMouseEvent(kind, local, where, left, buttons, Qt.KeyboardModifier.NoModifier))
