"""Listening where the platform delivers input: on each of the app's windows.

An application event filter is handed every event of every object, each through
Python: the widgets made, styled, laid out and painted, thousands for each screen
built (~4,000 for a piece opened), a dozen for each move of a drawing finger. Input
(the pointer, keys, touch) reaches the window first, once, before Qt picks the widget:
a filter on each window sees only that. The windows are looked for again as they
come: one taking the keyboard (a dialog), the next turn after listening starts (a
window being shown then), and whenever the filter asks (`watch`: the pointer left a
window, for one that never takes the keyboard, a popup).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication


class EveryWindow(QObject):
    """Puts `listener` (an event filter) on each of the app's windows while started."""

    def __init__(self, listener: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = listener
        self.started = False

    def start(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self.started:
            self.started = True
            app.focusWindowChanged.connect(self.watch)
            self.watch()
            QTimer.singleShot(0, self, self.watch)

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self.started:
            app.focusWindowChanged.disconnect(self.watch)
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self._listener)
        self.started = False

    def watch(self) -> None:
        """Look at every window there is now. Installing a filter again on an object
        moves it, never adds a second."""
        if self.started:
            for window in QGuiApplication.topLevelWindows():
                window.installEventFilter(self._listener)
