"""The one door for every change the UI makes to the library.

A UI action is a few lines that call `Operations.run` (or `store`) with the library
method that makes the change. The door runs it in one library transaction, catches a
storage failure (sqlite3.Error, OSError) in this one place, logs the details for a
grown-up and emits `failed` once (the window turns that into a picture-and-speech oops
for the child), and re-emits the library's typed `Change`s on `changed`, each carrying
its initiator, so a screen can skip refreshing for its own edit. There is no global:
the window makes one `Operations` and hands it to the screens through their constructors.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from nook.core.library import Change, Library

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

STORAGE_ERRORS = (sqlite3.Error, OSError)


@dataclass(frozen=True)
class StorageFailure:
    """A change that could not be stored: what was asked, by whom, and why."""

    action: str
    initiator: object
    error: BaseException


class Operations(QObject):
    """Runs each change in one transaction; announces it, or reports why it failed."""

    changed = Signal(object)  # a nook.core.changes.Change, after it is stored
    failed = Signal(object)  # a StorageFailure

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._unsubscribe = library.subscribe(self._forward)
        # A door made for one screen goes with it; the library must not call it after.
        self.destroyed.connect(self._unsubscribe)

    def _forward(self, change: Change) -> None:
        if not shiboken6.isValid(self):  # deleted by Qt before `destroyed` could say so
            self._unsubscribe()
            return
        self.changed.emit(change)

    def run(self, initiator: object, change: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        """Run `change(*args, **kwargs)` in one transaction and return what it returns;
        None (and `failed` emitted) if it could not be stored."""
        try:
            with self.library.transaction(initiator):
                return change(*args, **kwargs)
        except STORAGE_ERRORS as error:
            self._report(change, initiator, error)
            return None

    def store(self, initiator: object, change: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> bool:
        """Like `run`, for a change whose result does not matter: True if it was stored."""
        try:
            with self.library.transaction(initiator):
                change(*args, **kwargs)
        except STORAGE_ERRORS as error:
            self._report(change, initiator, error)
            return False
        return True

    def _report(self, change: Callable[..., object], initiator: object, error: BaseException) -> None:
        action = getattr(change, "__qualname__", repr(change))
        log.warning("could not store %s (asked by %s): %s", action, type(initiator).__name__, error)
        self.failed.emit(StorageFailure(action, initiator, error))

    def detach(self) -> None:
        """Stop hearing the library (a window closing before its library does)."""
        self._unsubscribe()
