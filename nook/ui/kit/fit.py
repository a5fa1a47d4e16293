"""Keeping the window, and every screen in it, within the screen the child sees."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QWidget

WISHED = QSize(1100, 780)  # the area assumed when the app cannot see a screen
# The screen's available area still counts the window's title bar (a desktop's is 19-37
# px): the window's own height is this much less, and the buttons are sized for that.
TITLE_BAR = 40


def available_area(widget: QWidget | None = None) -> QRect:
    """The screen's area less its panels: where the window must stay."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, WISHED.width(), WISHED.height())


def place_within(window: QWidget, area: QRect) -> None:
    """The window filling ``area``, never larger, and inside it: with no window manager
    (a bare X server) nothing else would keep it on the screen."""
    # The screens' own minimum sizes must not stretch the window past the screen (Qt
    # would grow it to them): each screen wraps or scrolls its bars to fit instead.
    layout = window.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    window.setMaximumSize(area.size())
    # The whole area: with no window manager nothing maximises the window, and a
    # smaller one leaves a black band beside it on a wide screen.
    window.setGeometry(area)


def button_size_within(size: int, area: QRect) -> int:
    """The editor's and show time's button size: the grown-up's choice, but never more
    than a tenth of the screen's width or a sixth of its height, so the page keeps room
    beside the tools and under the bar on a small laptop (48 px, the smallest target, always).
    The height is the window's under a title bar: sized for the whole screen's, the shelf
    at 192 px on a netbook was a little too tall for the window and scrolled by pixels."""
    return max(48, min(size, area.width() // 10, (area.height() - TITLE_BAR) // 6))
