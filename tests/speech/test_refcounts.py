"""PySide6 6.12 drops references to None/True on Python 3.11; nook.speech guards them."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

import nook.speech  # noqa: F401 - importing applies the guard


class _Pinger(QObject):
    ping = Signal(int)


def test_many_void_calls_and_emits_do_not_crash_the_interpreter(qapp) -> None:
    timer = QTimer()
    pinger = _Pinger()
    pinger.ping.connect(lambda _n: None)
    for i in range(200_000):  # well past the refcount None and True start with
        timer.setInterval(5)
        pinger.ping.emit(i)
    assert timer.interval() == 5
