"""Classroom mode: after a few idle minutes, back to "Who is writing?".

No polling: one single-shot timer per idle period. Input only stamps the time; when
the timer fires it either reports `idle` or sleeps for the rest of the period. The
watch installs its event filter only while classroom mode is on, and only on the app's
windows, where the platform delivers input (kit/every_window.py): on the whole
application it was handed every event of every widget, ~4,000 for each piece opened.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

from nook.core import shelf
from nook.core.library import Change, Library, What
from nook.ui.kit.every_window import EveryWindow
from nook.ui.operations import Operations

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
_LEFT = QEvent.Type.Leave  # the pointer went to another window (one not looked at yet?)


class ClassroomWatch(QObject):
    """Emits `idle` when classroom mode is on and nobody touched anything for a while."""

    idle = Signal()

    def __init__(
        self,
        library: Library,
        ops: Operations,
        parent: QObject | None = None,
        minute_ms: int = 60_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.minute_ms = minute_ms
        self._clock = clock  # seconds; tests pass their own, so no test waits out a minute
        self._last_input = clock()
        self._watching = False
        self._minutes = 3
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._windows = EveryWindow(self, self)
        ops.changed.connect(self._on_change)
        self.apply()

    @property
    def period_ms(self) -> int:
        return self._minutes * self.minute_ms

    @property
    def active(self) -> bool:
        return self._watching

    def apply(self) -> None:
        """Start or stop watching as the classroom setting says."""
        wanted = shelf.return_to_writers_after_closing(self.library)
        self._minutes = shelf.idle_minutes(self.library)
        if wanted and not self._watching:
            self._windows.start()
            self._watching = True
        elif not wanted and self._watching:
            self._windows.stop()
            self._watching = False
        if self._watching:
            self._last_input = self._clock()
            self._timer.start(self.period_ms)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        kind = event.type()
        if kind in INPUT_EVENTS and isinstance(watched, QWindow):
            self._last_input = self._clock()
        elif kind == _LEFT:
            self._windows.watch()
        return False

    def check(self) -> None:
        """Report `idle` if a whole period passed without input; else sleep for the rest of it."""
        window = self.parent()
        if not self._watching or (isinstance(window, QWidget) and not window.isVisible()):
            self.stop()  # a closed window has no next child to wait for
            return
        quiet_ms = int((self._clock() - self._last_input) * 1000)
        if quiet_ms >= self.period_ms:
            self._last_input = self._clock()
            self._timer.start(self.period_ms)
            self.idle.emit()
        else:
            self._timer.start(self.period_ms - quiet_ms)

    def stop(self) -> None:
        if self._watching:
            self._windows.stop()
            self._watching = False
        self._timer.stop()

    def _on_change(self, change: Change) -> None:
        if change.what is What.SETTING and change.writer_id is None:
            self.apply()
