"""Sliders, number, date and choice boxes that the mouse wheel passes over.

A grown-up scrolling a long settings page must not change a setting because a slider
slid under the pointer (it dropped the voice speed to slowest). These controls take the
wheel only while they have the keyboard focus; otherwise the wheel scrolls the page
they sit in, and a wheel never gives them the focus either.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDateEdit,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QWidget,
)


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def pass_wheel_on(widget: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the scroll area around `widget` (if any), as if it were not there.

    Sent on explicitly: Qt hands an ignored wheel to the parent only for events from
    the window system, and the page should scroll the same however the wheel came.
    """
    area = _scroll_area_around(widget)
    event.accept()  # taken here: the control itself does not move
    if area is None:
        return
    viewport = area.viewport()
    position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
    passed = QWheelEvent(
        position,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
    )
    QApplication.sendEvent(viewport, passed)


def wheel_if_focused(widget: QWidget, event: QWheelEvent, own_wheel: Callable[[QWheelEvent], None]) -> None:
    """The control's own wheel handling while it has the focus; otherwise the page scrolls."""
    if widget.hasFocus():
        own_wheel(event)
    else:
        pass_wheel_on(widget, event)


def calm(widget: QWidget) -> None:
    """Focus by tab or click only: a wheel turning over the control does not focus it."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class CalmSlider(QSlider):
    """A slider that moves under the wheel only when it has the focus."""

    def __init__(self, orientation: Qt.Orientation = Qt.Orientation.Horizontal, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        calm(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt naming
        wheel_if_focused(self, event, super().wheelEvent)


class CalmSpinBox(QSpinBox):
    """A number box that counts under the wheel only when it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        calm(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt naming
        wheel_if_focused(self, event, super().wheelEvent)


class CalmComboBox(QComboBox):
    """A choice box that changes under the wheel only when it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        calm(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt naming
        wheel_if_focused(self, event, super().wheelEvent)


class NamesComboBox(CalmComboBox):
    """A choice among writers' names: as wide as the room it is given, never as wide as
    its longest name. A name may be 60 letters ("WWW…" is 1,400 px), and a box that wide
    pushed a corner page past the screen's edge, where a page that scrolls only up and
    down cannot be followed. The chosen name shows as far as it fits; the list that
    opens shows each name whole."""

    SHORTEST = 12  # letters the box is wide enough for when it has no more room

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(self.SHORTEST)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, self.sizePolicy().verticalPolicy())


class CalmDateEdit(QDateEdit):
    """A date box that turns under the wheel only when it has the focus."""

    def __init__(self, date: QDate, parent: QWidget | None = None) -> None:
        super().__init__(date, parent)
        calm(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt naming
        wheel_if_focused(self, event, super().wheelEvent)
