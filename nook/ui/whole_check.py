"""The whole library file checked after the first screen, when it was too big to check
whole before it (a year of photos: see `opening.check_at_open`).

The check reads every page on a read-only connection of its own, in a worker thread,
while the child works. Damage found there is remembered as a grown-up's full check
remembers it: the next start rescues everything that can be read into a new library
(the damaged file is kept). The child is not stopped now: what they make is stored in
tables that were checked as the library opened. The check is interrupted, and waited
for, as the program ends.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import sqlite3
import threading
import weakref

from PySide6.QtCore import QObject, Signal

from nook.core import opening
from nook.core.library import Library
from nook.reply import Reply

log = logging.getLogger(__name__)

EXIT_WAIT_S = 2.0
_RUNNING: weakref.WeakSet[WholeCheck] = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    checks = list(_RUNNING)
    for check in checks:
        check.stop()
    for check in checks:
        check.join(EXIT_WAIT_S)


class WholeCheck(QObject):
    """One check of the whole file; `done` carries SQLite's problems ([] when healthy)."""

    done = Signal(list)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.problems: list[str] | None = None  # None until it has run to its end
        self._path = library.path
        self._conn: sqlite3.Connection | None = None
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        # What the worker found comes back through this (not a signal of this object's: its
        # window, and this with it, may be closed meanwhile; see nook.reply).
        self._problems = Reply(self._checked)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="nook-whole-check", daemon=True)
        _RUNNING.add(self)
        self._thread.start()

    def stop(self) -> None:
        """Interrupt the check (nothing is learnt from it)."""
        self._stopped.set()
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):  # closed in this instant: it is over
                    self._conn.interrupt()

    def join(self, timeout: float) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        problems = opening.check_whole(self._path, self._opened)
        with self._lock:
            self._conn = None
            if problems is None or self._stopped.is_set():
                return
            self._problems(problems)  # to the UI thread

    def _opened(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            self._conn = conn
            if self._stopped.is_set():
                conn.interrupt()

    def _checked(self, problems: list[str]) -> None:
        self._found(problems)
        self.done.emit(problems)

    def _found(self, problems: list[str]) -> None:
        self.problems = problems
        if not problems:
            return
        log.warning("The whole check of %s found damage: %s", self._path, "; ".join(problems[:3]))
        library = self.library
        if library.read_only:
            return  # it cannot be rescued from here; the next start's check says so again
        try:
            library.set_state(opening.RESCUE_NEXT_START, True)
        except sqlite3.Error as exc:
            log.warning("The damage found could not be remembered: %s", exc)


def check_later(library: Library, parent: QObject) -> WholeCheck | None:
    """Start the whole check when the library was not checked whole as it opened."""
    if library.checked_whole:
        return None
    check = WholeCheck(library, parent)
    check.start()
    return check
