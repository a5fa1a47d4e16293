"""Whether the window's thread runs while a worker works, asked without a clock.

`WindowAnswers.ask()` is called on the worker's thread (the backpack worker's, after each
piece it stores: see `each_piece`): it posts a question to the window's thread and waits
for the answer. The answer comes as soon as the window's event
loop runs, so a worker that lets the window run is hardly slowed; one that holds the
window (work done on its thread) is never answered, and `unanswered` counts that. A 10 ms
timer's largest gap (`longest_gap`, seconds) is kept to be printed, not asserted."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

ANSWER_WAIT_S = 60.0  # only a window that never runs again waits this long


class WindowAnswers(QObject):
    asked = Signal()

    def __init__(self) -> None:
        super().__init__()  # made on the window's thread, so the answer comes there
        self.answered = 0
        self.unanswered = 0
        self._answer = threading.Event()
        self.asked.connect(self._reply)
        self.longest_gap = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    @Slot()
    def _reply(self) -> None:
        self.answered += 1
        self._answer.set()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_gap = max(self.longest_gap, now - self._last)
        self._last = now

    def ask(self, *_: object) -> None:
        """On the worker's thread: wait until the window's thread has run once more."""
        self._answer.clear()
        self.asked.emit()
        if not self._answer.wait(ANSWER_WAIT_S):
            self.unanswered += 1


def each_piece(hook: Callable[[int, int], None]) -> Callable[..., object]:
    """`backpack.unpack_in_steps` calling `hook(done, total)` on the backpack worker's
    thread as each piece is stored, before the worker asks whether to go on (its signals
    come to the window's thread a turn later: nook.reply). Set it in its place."""
    from nook.core import backpack

    unpack = backpack.unpack_in_steps

    def watched(library, incoming, choice=None, progress=None, **kwargs):
        def each(done: int, total: int) -> bool:
            hook(done, total)
            return progress(done, total) if progress is not None else True

        return unpack(library, incoming, choice, each, **kwargs)

    return watched
