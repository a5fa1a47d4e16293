"""The one door for every change the UI makes to the library.

A UI action is a few lines that call `Operations.run` (or `store`) with the library
method that makes the change. The door runs it in one library transaction, catches a
storage failure (sqlite3.Error, OSError) in this one place, logs the details for a
grown-up and emits `failed` once (the window turns that into a picture-and-speech oops
for the child), and re-emits the library's typed `Change`s on `changed`, each carrying
its initiator, so a screen can skip refreshing for its own edit. There is no global:
the window makes one `Operations` and hands it to the screens through their constructors.

Failures come in spells (a disk stays full, another program keeps its lock): `trouble`
says when a spell starts (with the first failure) and when it is over (None, the first
store that works again), so the child is told once, not at every retry. Work a closed
piece could not store is held here (`hold`) and tried again every `retry_ms`; a piece
opened again takes its held work back (`take_held`); what is still held at quit goes to
a recovery file (`keep_held`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from nook.core import held_work, opening
from nook.core.held_work import HeldPage
from nook.core.library import Change, Library

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

STORAGE_ERRORS = (sqlite3.Error, OSError)
RETRY_MS = 2000  # how often work that could not be stored is tried again
# How long the UI thread waits for a lock another program (or our own backpack worker)
# holds: a child's tap never freezes longer. What could not be stored for the lock is held
# and tried again like any failed store; the keeper's checkpoint simply tries next time.
LOCK_WAIT_MS = 200


@dataclass(frozen=True)
class StorageFailure:
    """A change that could not be stored: what was asked, by whom, why, and when.

    `cause` is one of "full", "locked", "read_only", "damaged", "other" (see
    `nook.core.opening.failure_cause`). `background`: the app's own store of work it
    holds and tries again (see `Operations.in_background`), not something a child just
    asked for."""

    action: str
    initiator: object
    error: BaseException
    cause: str = "other"
    when: datetime = field(default_factory=datetime.now)
    background: bool = False


class Operations(QObject):
    """Runs each change in one transaction; announces it, or reports why it failed."""

    changed = Signal(object)  # a nook.core.changes.Change, after it is stored
    failed = Signal(object)  # a StorageFailure, at every failure (retries too)
    trouble = Signal(object)  # a StorageFailure when a spell of failures starts; None when it is over

    def __init__(
        self,
        library: Library,
        parent: QObject | None = None,
        retry_ms: int = RETRY_MS,
        lock_wait_ms: int = LOCK_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.retry_ms = retry_ms
        library.wait_for_locks(lock_wait_ms / 1000)  # the library was opened waiting longer
        self.spell: StorageFailure | None = None  # the first failure of the spell now, if any
        self.held: dict[str, HeldPage] = {}  # page id -> work of a closed piece not stored yet
        # Work from recovery files the library could not take at the start (`adopt`): the
        # pages not stored yet, and the files, removed once they are.
        self._recovered: set[str] = set()
        self._recovery_files: list[Path] = []
        self._background = 0  # inside `in_background` blocks
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.store_held)
        self._unsubscribe = library.subscribe(self._forward)
        # A door made for one screen goes with it; the library must not call it after.
        self.destroyed.connect(self._unsubscribe)

    def _forward(self, change: Change) -> None:
        if not shiboken6.isValid(self):  # deleted by Qt before `destroyed` could say so
            self._unsubscribe()
            return
        if change.page_id in self._recovered:
            # Stored (by the retries here, or by the editor that took it): the file may go.
            self._recovered.discard(change.page_id)
            if not self._recovered:
                self._drop_recovery_files()
        self.changed.emit(change)

    def run(self, initiator: object, change: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        """Run `change(*args, **kwargs)` in one transaction and return what it returns;
        None (and `failed` emitted) if it could not be stored."""
        try:
            with self.library.transaction(initiator):
                result = change(*args, **kwargs)
        except STORAGE_ERRORS as error:
            self._report(change, initiator, error)
            return None
        self._stored()
        return result

    def store(self, initiator: object, change: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> bool:
        """Like `run`, for a change whose result does not matter: True if it was stored."""
        try:
            with self.library.transaction(initiator):
                change(*args, **kwargs)
        except STORAGE_ERRORS as error:
            self._report(change, initiator, error)
            return False
        self._stored()
        return True

    @contextmanager
    def in_background(self) -> Iterator[None]:
        """Stores in the block are the app's own, of work it holds on screen or here and
        tries again: a failure of theirs is not a tap that did nothing (`background`)."""
        self._background += 1
        try:
            yield
        finally:
            self._background -= 1

    def _report(self, change: Callable[..., object], initiator: object, error: BaseException) -> None:
        action = getattr(change, "__qualname__", repr(change))
        failure = StorageFailure(
            action, initiator, error, opening.failure_cause(error), background=self._background > 0
        )
        starts = self.spell is None
        # The first failure of a spell is a warning; its retries (every few seconds for as
        # long as the disk stays full) would only fill the log.
        log.log(
            logging.WARNING if starts else logging.DEBUG,
            "could not store %s (asked by %s): %s",
            action,
            type(initiator).__name__,
            error,
        )
        if starts:
            self.spell = failure
        self.failed.emit(failure)
        if starts:
            self.trouble.emit(failure)

    def _stored(self) -> None:
        if self.spell is not None:
            log.info("storing works again (after %s)", self.spell.error)
            # Told to the grown-up's "What went wrong" list now that it can be stored.
            spell = self.spell
            from nook.core import mishaps  # (only after a trouble: not loaded at every start)

            mishaps.record(self.library, mishaps.spell(spell.when, spell.cause, spell.error, mishaps.stamp()))
            self.spell = None
            self.trouble.emit(None)
            if self.held:
                self._retry.start(0)  # the way is clear: held work goes now

    # -- work a closed piece could not store --------------------------------------------
    def hold(self, pages: list[HeldPage]) -> None:
        """Keep work that could not be stored, and try it again every `retry_ms`."""
        for page in pages:
            old = self.held.get(page.page_id)
            self.held[page.page_id] = page if old is None else old.updated_by(page)
        if self.held and not self._retry.isActive():
            self._retry.start(self.retry_ms)

    def adopt(self, waiting: held_work.Waiting) -> None:
        """Work recovery files hold that the library could not take at the start (the disk
        still full): held like a closed piece's work (shown when its piece opens, tried
        again, the grown-up told), so it is neither hidden from the child nor put back
        later over what they do next. The files go once it is all stored; at quit, what
        is still held takes their place (`keep_held`)."""
        self._recovered = {page.page_id for page in waiting.pages}
        self._recovery_files = list(waiting.files)
        self.hold(waiting.pages)

    def _drop_recovery_files(self) -> None:
        for path in self._recovery_files:
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                log.warning("a recovery file whose work is stored now could not be removed: %s", error)
        if self._recovery_files:
            log.info("the work from %s is stored now", ", ".join(map(str, self._recovery_files)))
        self._recovered.clear()
        self._recovery_files = []

    def take_held(self, piece_id: str) -> list[HeldPage]:
        """The held work of a piece being opened again (its editor stores it from now on)."""
        taken = [page for page in self.held.values() if page.piece_id == piece_id]
        for page in taken:
            del self.held[page.page_id]
        return taken

    def store_held(self) -> bool:
        """Try the held work again; True when nothing is held any more."""
        if not self.held:
            return True
        pages = list(self.held.values())
        with self.in_background():
            stored = self.store(self, self._store_held, pages)
        if not stored:
            self._retry.start(self.retry_ms)
            return False
        for page in pages:
            if self.held.get(page.page_id) is page:
                del self.held[page.page_id]
        return not self.held

    def _store_held(self, pages: list[HeldPage]) -> None:
        for page in pages:
            try:
                self.library.update_page(page.page_id, **page.parts())
            except KeyError:
                log.warning("page %s went away before its held work was stored", page.page_id)

    def keep_held(self, state_dir: Path | None = None) -> Path | None:
        """At quit: store the held work if the library can take it now, else write it to a
        recovery file (see nook.core.held_work); returns where it went, or None."""
        self._retry.stop()
        if not self.held or self.store_held():
            self._drop_recovery_files()  # what they held is stored, or its page is gone
            return None
        self._retry.stop()
        pages = list(self.held.values())
        try:
            # Files this app adopted hold nothing that is not stored or held here now.
            place = held_work.keep(self.library.path.parent, pages, state_dir, merge_earlier=not self._recovery_files)
        except OSError as error:
            log.error("the work that could not be stored could not be kept anywhere either: %s", error)
            return None
        log.warning("work that could not be stored (%d pages) was kept in %s", len(pages), place)
        self.held.clear()
        return place

    def detach(self) -> None:
        """Stop hearing the library (a window closing before its library does)."""
        self._unsubscribe()
