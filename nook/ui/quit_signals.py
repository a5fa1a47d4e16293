"""A request to stop from outside (the computer shutting down, a session ending: SIGTERM,
or the terminal closing: SIGHUP) closes Writing Nook as closing its window does, so the
last words are stored and the backup at close is made, instead of the process dying.

Python runs a signal handler only when it gets control, and the Qt event loop runs in
C++: the signal is written to a pipe (`signal.set_wakeup_fd`) that Qt watches, so
nothing wakes up while nothing happens (no polling timer while the app is idle). A pipe,
not a socket pair: the socket module is ~5 ms of a start, before the first paint.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class QuitOnSignals(QObject):
    """Calls `leave` once when a stop signal arrives; `restore()` puts the old handlers back."""

    def __init__(self, leave: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._leave = leave
        self._reader, self._writer = os.pipe()
        os.set_blocking(self._reader, False)
        os.set_blocking(self._writer, False)  # (the signal's byte is dropped, never waited for)
        self._previous_fd = signal.set_wakeup_fd(self._writer)
        self._previous: dict[int, object] = {}
        for number in STOP_SIGNALS:
            self._previous[number] = signal.signal(number, self._noted)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    @staticmethod
    def _noted(number: int, frame: FrameType | None) -> None:
        """The Python-level handler: the wake-up byte in the pipe does the work."""

    def _woken(self) -> None:
        try:
            woken_by = os.read(self._reader, 64)
        except OSError:
            return
        stops = [number for number in woken_by if number in STOP_SIGNALS]
        if stops:
            log.info("asked to stop (signal %s): closing as the window would", stops[0])
            self._leave()

    def restore(self) -> None:
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._previous_fd)
        os.close(self._reader)
        os.close(self._writer)
