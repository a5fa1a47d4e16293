"""Catch a worker thread using a Qt object that the UI thread has freed.

A worker that hands its result over by emitting a signal of a QObject the UI thread may
free (its window closed, `deleteLater`) races that free: emitting a moment after it,
PySide raises RuntimeError ("Signal source has been deleted"), which the code may
suppress; in the same instant, with the emit under way, the process crashes. That
instant cannot be held from Python (the emit lets Python's lock go inside Qt), but its
first half can: `Pause` holds the worker until the object is freed, and then `used_freed`
sees it use the object all the same (the RuntimeError raised in one of its frames, even
when suppressed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

WAIT_S = 30


@contextmanager
def used_freed() -> Iterator[list[str]]:
    """Threads started inside are watched: each use of a freed Qt object in one of them is
    listed (where, and PySide's words)."""
    used: list[str] = []

    def local(frame: FrameType, event: str, arg: Any) -> object:
        if event == "exception" and isinstance(arg[1], RuntimeError) and "deleted" in str(arg[1]):
            used.append(f"{frame.f_code.co_filename}:{frame.f_lineno} {frame.f_code.co_name}: {arg[1]}")
        return local

    def each_call(frame: FrameType, event: str, arg: Any) -> object:
        frame.f_trace_lines = False  # (only exceptions are looked at)
        return local

    before = threading.gettrace()
    threading.settrace(each_call)
    try:
        yield used
    finally:
        threading.settrace(before)  # type: ignore[arg-type]


class Pause:
    """Holds a worker thread where it calls this (the first one to), until the test has
    freed what that worker reports to."""

    def __init__(self) -> None:
        self.inside = threading.Event()
        self.go = threading.Event()
        self.thread: threading.Thread | None = None

    def __call__(self) -> None:  # (in the worker; the UI thread passes)
        if self.thread is None and threading.current_thread() is not threading.main_thread():
            self.thread = threading.current_thread()
            self.inside.set()
            self.go.wait(WAIT_S)

    def free_then_go(self, qtbot: Any, receiver: QObject, free: Callable[[], None]) -> None:
        """Once the worker waits here: `free()` on the UI thread, wait until `receiver` is
        gone, let the worker go and wait for it to end; then what it handed over is
        delivered (or let go)."""
        qtbot.waitUntil(self.inside.is_set, timeout=WAIT_S * 1000)
        free()
        qtbot.waitUntil(lambda: not shiboken6.isValid(receiver), timeout=WAIT_S * 1000)
        self.go.set()
        assert self.thread is not None
        self.thread.join(WAIT_S)
        assert not self.thread.is_alive()
        QCoreApplication.sendPostedEvents()
