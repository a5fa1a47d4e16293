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
than the child took to tap again, and the second tap waits in the queue meanwhile.

What is looked at is kept small, since every event looked at goes through Python: a
filter on each of the app's windows sees only what the platform gives that window (one
event per move of a drawing finger, where an application filter saw a dozen: the
paints of every widget under it too). Only between a tap's release and the next press
(at most `within_ms`) does an application filter look as well, so that a second tap
landing on a window the first one opened (a dialog) is seen; the windows there are then
looked at too. That filter comes on at the event loop's next turn, not at the release:
while the tap's own handling runs (a piece opened: ~2,500 events of its screen being
built) no other tap can arrive but in an event loop of its own (a dialog's exec), which
is such a turn. The app has it listen once its first screen is painted, when there is
something to tap. A window shown just before listening may not be made yet: for a moment
(`within_ms`) the windows are looked for again at each turn of the event loop. (An
application filter did that, sending every event of the moment through Python: a piece
opened then took a third more CPU. The tests' windows listen as they are built.)
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QMouseEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

SECOND_TAP_MS = 500  # a child's double tap is slower than a grown-up's double click
REACH_PX = 32  # how far a small finger's second tap lands from its first

Seen = tuple[int, int, int, int]  # an event's kind, time and place: looked at once


class _EveryWindow(QObject):
    """The application filter, on only while a second tap may come."""

    def __init__(self, taps: SecondTaps) -> None:
        super().__init__(taps)
        self.taps = taps

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        return self.taps.look(watched, event)


class _FirstShow(QObject):
    """On a window not made yet when listening began (built, not shown): its own window is
    looked at from its first show, which makes it."""

    def __init__(self, taps: SecondTaps) -> None:
        super().__init__(taps)
        self.taps = taps

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self.taps._watch_windows()
        return False


class SecondTaps(QObject):
    """Drops the second tap of a double tap when the first changed the control under
    the finger: a filter on each of the app's windows, and on the whole application
    between a tap's release and the next press."""

    def __init__(self, parent: QObject | None = None, *, within_ms: int = SECOND_TAP_MS, listen: bool = True) -> None:
        super().__init__(parent)
        self._within_ms = within_ms
        self._released_at = -1  # the first tap's release, in the window system's ms
        self._first_at: QPoint | None = None
        self._first_on: QWidget | None = None
        self._dropping = False
        self._last: Seen | None = None
        self._everywhere = _EveryWindow(self)
        self._wide = False  # the application filter is on
        self._next_turn: QAbstractEventDispatcher | None = None  # it comes on at this one's next turn
        self._first_turns: QAbstractEventDispatcher | None = None  # listening's first moment: its turns
        self._first_moment = QTimer(self)
        self._first_moment.setSingleShot(True)
        self._first_moment.timeout.connect(self._first_moment_over)
        self._narrow = QTimer(self)
        self._narrow.setSingleShot(True)
        self._narrow.timeout.connect(self._look_narrowly)
        self.listening = False
        self.looked_at = 0  # events that went through Python here (for tests and benchmarks)
        if listen:
            self.listen()

    def listen(self) -> None:
        """Look at every tap from now on (once; again after `uninstall`). For a moment the
        windows are looked for at each turn of the event loop as well: a window shown just
        now may not be made yet (it is before anything on it can be seen, and tapped)."""
        app = QApplication.instance()
        if isinstance(app, QGuiApplication) and not self.listening:
            self.listening = True
            self._watch_windows()
            app.focusWindowChanged.connect(self._watch_windows)  # (a dialog, mostly)
            owner = self.parent()
            if isinstance(owner, QWidget) and owner.windowHandle() is None:
                owner.installEventFilter(_FirstShow(self))  # listening as it is built (tests)
            dispatcher = QAbstractEventDispatcher.instance()
            if dispatcher is None:  # no event loop to turn: the whole application at once
                self._narrow.start(self._within_ms)
                self._look_everywhere()
                return
            self._first_turns = dispatcher
            # Each turn of an event loop (the app's, or a dialog's) says one of these.
            dispatcher.awake.connect(self._watch_windows)
            dispatcher.aboutToBlock.connect(self._watch_windows)
            self._first_moment.start(self._within_ms)

    def _first_moment_over(self) -> None:
        self._first_moment.stop()
        dispatcher, self._first_turns = self._first_turns, None
        if dispatcher is not None and isValid(dispatcher):
            dispatcher.awake.disconnect(self._watch_windows)
            dispatcher.aboutToBlock.disconnect(self._watch_windows)
        self._watch_windows()  # a window made in the moment's last turn

    def uninstall(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QGuiApplication) and self.listening:
            app.focusWindowChanged.disconnect(self._watch_windows)
        self.listening = False
        self._first_moment_over()
        self._look_narrowly()
        for window in QGuiApplication.topLevelWindows():
            window.removeEventFilter(self)

    def _watch_windows(self) -> None:
        # Installing a filter again on an object moves it, never adds a second.
        if self.listening:
            for window in QGuiApplication.topLevelWindows():
                window.installEventFilter(self)

    def _look_widely(self) -> None:
        """From the event loop's next turn until `within_ms` after now (a tap's release),
        look at the whole application (at once where there is no event loop)."""
        self._narrow.start(self._within_ms)
        if self._wide or self._next_turn is not None:
            return
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is None:
            self._look_everywhere()
            return
        self._next_turn = dispatcher
        # Each turn of an event loop (the app's, or a dialog's inside the tap) says one of these.
        dispatcher.awake.connect(self._turned)
        dispatcher.aboutToBlock.connect(self._turned)

    def _turned(self) -> None:
        self._stop_waiting_for_turn()
        if self._narrow.isActive():  # the chance of a second tap is not over yet
            self._look_everywhere()

    def _stop_waiting_for_turn(self) -> None:
        dispatcher, self._next_turn = self._next_turn, None
        if dispatcher is not None and isValid(dispatcher):
            dispatcher.awake.disconnect(self._turned)
            dispatcher.aboutToBlock.disconnect(self._turned)

    def _look_everywhere(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._wide:
            app.installEventFilter(self._everywhere)
            self._wide = True
        self._watch_windows()  # a window the tap made: its own events from now on

    def _look_narrowly(self) -> None:
        self._narrow.stop()
        self._stop_waiting_for_turn()
        app = QApplication.instance()
        if app is not None and self._wide:
            app.removeEventFilter(self._everywhere)
            self._wide = False
        self._watch_windows()  # a window opened meanwhile (a dialog) is looked at from now on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        return self.look(watched, event)

    def look(self, watched: QObject, event: QEvent) -> bool:
        """True: the event is the second tap's, and dropped."""
        self.looked_at += 1
        if not isinstance(watched, QWindow) or not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            return self._dropping and event.buttons() != Qt.MouseButton.NoButton
        point = event.globalPosition().toPoint()
        seen = (kind.value, event.timestamp(), point.x(), point.y())
        if seen == self._last:  # the same event, from the application filter and the window's
            return False
        self._last = seen
        if kind == QEvent.Type.MouseButtonPress:
            under = QApplication.widgetAt(point)
            self._dropping = self._is_second_tap(point, under, event.timestamp())
            if not self._dropping:
                self._first_at, self._first_on = point, under
                self._released_at = -1
                self._look_narrowly()  # the chance of a second tap is spent
            return self._dropping
        if kind == QEvent.Type.MouseButtonDblClick:
            return self._dropping
        if kind == QEvent.Type.MouseButtonRelease:
            if self._dropping:
                self._dropping = False
                self._look_narrowly()
                return True
            self._released_at = event.timestamp()
            self._look_widely()  # the next press may land on a window this tap opens
            return False
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


class SameTap:
    """A control that undoes what it did (the star, a tick, a panel, the reading): a
    child's double tap on it is one tap. The guard above lets a second tap on the same
    control through, and it undid at once what the first did. `did()` when the control
    does; `undo_now()` is False within SECOND_TAP_MS of that (the same tap's second
    half), True after. `clock` is in seconds (a test moves its own on)."""

    def __init__(self) -> None:
        self.clock: Callable[[], float] = time.monotonic
        self._did_at = -math.inf

    def did(self) -> None:
        self._did_at = self.clock()

    def undo_now(self) -> bool:
        return self.clock() - self._did_at >= SECOND_TAP_MS / 1000
