"""Run a worker thread while the UI thread holds Qt's signal-slot locks and waits for it.

Qt shares 131 signal-slot locks among all objects by address. A worker thread that takes
one while it holds Python's lock (PySide keeps it through most Qt calls: making, connecting
or destroying a QObject) freezes the app when the UI thread holds that same lock and wants
Python's, as Qt's own disconnect does while it asks Python about `disconnectNotify`.

`beside_held_locks(start, finished)` holds all 131 of them at once (one object of each
lock, each disconnecting the next from inside its `disconnectNotify`), calls `start()` to
start the thread under test and waits for `finished`. A thread that takes any of Qt's
signal-slot locks then freezes every time, not one time in a hundred; so this is run in
a process of its own (see `run_script`), and a freeze is that process not ending.
"""

from __future__ import annotations

import faulthandler
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMetaMethod, QObject, Signal

LOCKS = 131  # the size of Qt's pool of signal-slot locks (qobject.cpp)
ROOT = Path(__file__).resolve().parents[1]


def lock_of(qobject: QObject) -> int:
    """Which of Qt's signal-slot locks is this object's (by its address, as Qt picks)."""
    return int(shiboken6.getCppPointer(qobject)[0]) % LOCKS


class _Held(QObject):
    poked = Signal()
    echoed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.inside: Callable[[], None] = lambda: None

    def disconnectNotify(self, signal: QMetaMethod) -> None:  # noqa: N802 (Qt holds this object's lock here)
        self.inside()

    def hold(self, inside: Callable[[], None]) -> None:
        """Call `inside()` while Qt holds this object's lock (its signal to itself disconnected)."""
        self.inside = inside
        QObject.disconnect(self.poked.connect(self.echoed))


def beside_held_locks(start: Callable[[], None], finished: threading.Event, wait_s: float = 20.0) -> bool:
    """Start a thread with `start()` while the UI thread holds every one of Qt's signal-slot
    locks, and wait up to `wait_s` for `finished`: True if it was set meanwhile."""
    held: dict[int, _Held] = {}
    spare: list[_Held] = []  # (kept until the end: a freed one's address comes back)
    while len(held) < LOCKS:
        candidate = _Held()
        held.setdefault(lock_of(candidate), candidate)
        spare.append(candidate)
    chain = list(held.values())
    outcome: list[bool] = []

    def innermost() -> None:
        start()
        outcome.append(finished.wait(wait_s))

    for holder, inner in zip(chain, [*chain[1:], None], strict=True):
        holder.inside = (lambda inner=inner: inner.hold(inner.inside)) if inner is not None else innermost
    chain[0].hold(chain[0].inside)
    spare.clear()
    return bool(outcome and outcome[0])


def show_a_freeze(after_s: float = 60.0) -> None:
    """A process that froze prints every thread's stack and ends (see `run_script`)."""
    faulthandler.dump_traceback_later(after_s, exit=True)


def run_script(script: Path, *args: str, timeout_s: float = 90.0) -> subprocess.CompletedProcess[str]:
    """Run a harness script in a process of its own; a freeze fails the test, not hangs it."""
    try:
        return subprocess.run(
            [sys.executable, str(script), *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout_s
        )
    except subprocess.TimeoutExpired as frozen:
        raise AssertionError(f"froze beside Qt's held locks: {frozen.stdout!r} {frozen.stderr!r}") from frozen
