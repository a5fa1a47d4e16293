"""Keeping the one library file complete and backed up while the app runs.

Every few minutes the WAL is folded into `library.db` (so a copy of that one file holds
everything), also after each quiet spell once a change was stored (a passive checkpoint:
it never waits for a reader, and keeps the -wal from growing), and a daily backup is
made off the UI thread (SQLite's backup API on its own read connection), with a failure
noted for the grown-up. A library file removed while open is written back in its
place at every periodic checkpoint (and at close). The delays are constructor arguments
so tests set them small.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from nook.core.library import Library
from nook.core.notices import Notice
from nook.core.vanished import FileInPlace
from nook.reply import Reply

log = logging.getLogger(__name__)

CHECKPOINT_MS = 3 * 60 * 1000
BACKUP_CHECK_MS = 30 * 60 * 1000
FIRST_BACKUP_CHECK_MS = 60 * 1000
IDLE_CHECKPOINT_MS = 5000  # quiet after the last stored change


class LibraryKeeper(QObject):
    """Checkpoints on a timer; `backed_up(ok, outcome)` after each automatic backup."""

    backed_up = Signal(bool, object)  # (True, the backup's path) or (False, the BackupFailed)

    def __init__(
        self,
        library: Library,
        parent: QObject | None = None,
        checkpoint_ms: int = CHECKPOINT_MS,
        backup_check_ms: int = BACKUP_CHECK_MS,
        first_backup_check_ms: int = FIRST_BACKUP_CHECK_MS,
        idle_checkpoint_ms: int = IDLE_CHECKPOINT_MS,
    ) -> None:
        super().__init__(parent)
        self.library = library
        # A library file removed while open is written back in its place (nook/core/vanished.py).
        self.in_place = FileInPlace(library)
        self._worker: threading.Thread | None = None
        self.checkpoints = 0
        self.checkpoint_tries = 0
        self.idle_checkpoints = 0
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_checkpoint_ms)
        self.idle_timer.timeout.connect(self.idle_checkpoint)
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setInterval(checkpoint_ms)
        self.checkpoint_timer.timeout.connect(self.checkpoint)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(backup_check_ms)
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.backed_up.connect(self._note)
        # The backup's outcome comes back through this, and `backed_up` says it on the UI
        # thread: the window, and this with it, may be closed meanwhile (see nook.reply).
        self._made = Reply(self._backed_up)
        if not library.read_only:
            # Each stored change (re)starts the quiet spell; the keeper goes with its window.
            self._unsubscribe = library.subscribe(self._changed)
            self.destroyed.connect(self._unsubscribe)
            self.checkpoint_timer.start()
            self.backup_timer.start()
            QTimer.singleShot(first_backup_check_ms, self, self.backup_if_due)

    def checkpoint(self) -> None:
        self.in_place.keep()
        self.checkpoint_tries += 1
        if self.library.checkpoint():
            self.checkpoints += 1

    def _changed(self, _change: object) -> None:
        if not shiboken6.isValid(self):  # deleted by Qt before `destroyed` could say so
            self._unsubscribe()
            return
        self.idle_timer.start()

    def idle_checkpoint(self) -> None:
        if self.library.checkpoint("PASSIVE"):
            self.idle_checkpoints += 1

    def backup_if_due(self) -> bool:
        """Start a backup in a worker thread if the newest is a day old; True if started."""
        from nook.core import backups  # not before the first screen: nothing to back up yet

        if self.library.read_only or self.busy or not backups.due(self.library.path.parent):
            return False
        args = (self.library.path, self._made)
        self._worker = threading.Thread(target=self._back_up, args=args, name="nook-backup", daemon=True)
        self._worker.start()
        return True

    @property
    def busy(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    @staticmethod
    def _back_up(library_file: Path, made: Reply[[bool, object]]) -> None:
        from nook.core import backups

        try:
            backup = backups.make_backup(library_file)
        except backups.BackupFailed as failed:
            made(False, failed)
            return
        made(True, backup.path)

    def _backed_up(self, ok: bool, outcome: object) -> None:
        self.backed_up.emit(ok, outcome)

    def _note(self, ok: bool, outcome: object) -> None:
        if ok:
            log.info("backup made: %s", outcome)
            return
        log.warning("automatic backup failed: %s", outcome)
        from nook.core import backups, safety

        if isinstance(outcome, backups.BackupFailed):
            facts = {
                "why": outcome.why,
                "name": outcome.name,
                "detail": outcome.detail,
                "cause": outcome.cause,
                "kind": outcome.kind,
            }
        else:
            facts = {"why": "not_made", "detail": str(outcome)}
        safety.add_note(self.library, Notice("backup_failed", facts))

    def wait(self, timeout: float = 60.0) -> None:
        """Let a backup that is running finish (at close)."""
        if self._worker is not None:
            self._worker.join(timeout)
