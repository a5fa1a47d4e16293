"""The pinned Qt binding must keep Python's reference counts honest.

PySide6 6.12.0 on Python 3.11 gave up a reference to None on every void method call and
to True on every Signal.emit, so the interpreter aborted ("none_dealloc") after a few
thousand calls: minutes of a child drawing. We pin a release without that fault; this
test fails if a future pin brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Pinger(QObject):
    ping = Signal(int)


def test_void_calls_and_emits_keep_none_and_true_alive(qapp) -> None:
    timer = QTimer()
    pinger = _Pinger()
    pinger.ping.connect(lambda _n: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(20_000):  # more than None's whole reference count on 3.11
        timer.setInterval(5)
        timer.stop()
        pinger.ping.emit(i)
    # Small drift from unrelated objects is fine; a leak would be tens of thousands.
    assert abs(sys.getrefcount(None) - none_before) < 1_000
    assert abs(sys.getrefcount(True) - true_before) < 1_000
    assert timer.interval() == 5
