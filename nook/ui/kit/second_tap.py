"""A double tap is one tap said twice.

A five-year-old taps twice on what they want. When the first tap changes what is under
the finger (another screen, the next step of a screen, a dialog), the second tap would
choose a control the child has not even seen yet: a writer's double-tapped picture
started a new book on their shelf, a double-tapped "New writer" chose Español. So a
second press close to the first, soon after it, on a different control than the first
pressed, is dropped with its release. A second tap on the same control still counts
(two dots on the page, two pages added).

Looked at where the platform delivers a tap, on the window (once per tap, before Qt
picks the widget), for every window of the app. Time is the taps' own (the window
system's timestamps): on a busy computer the first tap's screen may take longer to build
than the child took to tap again, and the second tap waits in the queue meanwhile. An
application filter sees every event of every object (and PySide makes a Python class
for each kind it is shown): the app has it listen once its first screen is painted,
when there is something to tap.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QMouseEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

SECOND_TAP_MS = 500  # a child's double tap is slower than a grown-up's double click
REACH_PX = 32  # how far a small finger's second tap lands from its first


class SecondTaps(QObject):
    """An application event filter that drops the second tap of a double tap when the
    first changed the control under the finger."""

    def __init__(self, parent: QObject | None = None, *, within_ms: int = SECOND_TAP_MS, listen: bool = True) -> None:
        super().__init__(parent)
        self._within_ms = within_ms
        self._released_at = -1  # the first tap's release, in the window system's ms
        self._first_at: QPoint | None = None
        self._first_on: QWidget | None = None
        self._dropping = False
        self.listening = False
        if listen:
            self.listen()

    def listen(self) -> None:
        """Look at every tap from now on (once; again after `uninstall`)."""
        app = QApplication.instance()
        if app is not None and not self.listening:
            app.installEventFilter(self)
            self.listening = True

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.listening = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not isinstance(watched, QWindow) or not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            point = event.globalPosition().toPoint()
            under = QApplication.widgetAt(point)
            self._dropping = self._is_second_tap(point, under, event.timestamp())
            if not self._dropping:
                self._first_at, self._first_on = point, under
                self._released_at = -1
            return self._dropping
        if kind == QEvent.Type.MouseButtonDblClick:
            return self._dropping
        if kind == QEvent.Type.MouseButtonRelease:
            if self._dropping:
                self._dropping = False
                return True
            self._released_at = event.timestamp()
            return False
        if kind == QEvent.Type.MouseMove:
            return self._dropping and event.buttons() != Qt.MouseButton.NoButton
        return False

    def _is_second_tap(self, point: QPoint, under: QWidget | None, at: int) -> bool:
        if self._first_at is None or self._released_at < 0:
            return False
        if not 0 <= at - self._released_at <= self._within_ms:
            return False
        if (point - self._first_at).manhattanLength() > REACH_PX:
            return False
        first = self._first_on
        same = first is not None and isValid(first) and under is first
        return not same
