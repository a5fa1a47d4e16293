"""Exports off the UI thread: a worker thread opens the library read-only for itself
(SQLite connections belong to one thread), runs the export, and reports progress,
the file made, a failure or a cancel back on the UI thread. The window never waits.

The progress picture (`ExportProgress`) shows a book filling up, with a stop button.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSize, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from nook.core.library import Library
from nook.core.read_only import CannotRead, open_read_only
from nook.core.system_errors import kind_of
from nook.error_words import reason_for
from nook.export.problems import DID_NOT_RUN, cannot_read_words, worded
from nook.export.talking_book import Cancelled, Job
from nook.export.ui_thread import prepare_for_threads
from nook.i18n import translate
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel

log = logging.getLogger(__name__)

ExportWork = Callable[[Library, Job], Path]
# Workers still running, kept alive here: a screen that goes away (the grown-up leaves
# the corner) must not take a running thread with it. Its export is asked to stop.
_running: set[_Worker] = set()
WAIT_SLICE_MS = 20


def stop_all_exports(wait_ms: int = 30_000) -> None:
    """Ask every export to stop and wait for them (the app is closing)."""
    for worker in list(_running):
        worker.stop_asked.set()
        _wait_for(worker, wait_ms)


def _wait_for(worker: _Worker, ms: int) -> bool:
    """Wait for the worker to end, turning this thread's events meanwhile (a talking book's
    audio encoder lives on this thread: see nook.export.ui_thread); True if it ended."""
    deadline = time.monotonic() + ms / 1000
    while not worker.wait(WAIT_SLICE_MS):
        if time.monotonic() >= deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return True


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, data_dir: Path, work: ExportWork, stop: threading.Event) -> None:
        super().__init__(None)
        self.data_dir = data_dir
        self.work = work
        self.stop_asked = stop
        self.outcome: tuple[str, object] = ("failed", DID_NOT_RUN)
        self.notes: list[str] = []

    def run(self) -> None:
        try:
            library = open_read_only(self.data_dir)
        except CannotRead as error:
            self.outcome = ("failed", error)  # worded on the UI thread, when it is said
            return
        except Exception as error:  # noqa: BLE001 - said to the grown-up
            log.info("the library could not be opened for an export: %s", error)
            self.outcome = ("failed", error)  # the computer's trouble, worded on the UI thread
            return
        job = Job(progress=self.progressed.emit, cancelled=self.stop_asked.is_set)
        self.notes = job.notes
        try:
            self.outcome = ("done", self.work(library, job))
        except Cancelled:
            self.outcome = ("cancelled", None)
        except Exception as error:
            log.exception("an export failed")
            if kind_of(error) != "other":  # a full disk, a folder it may not write in…
                self.outcome = ("failed", error)  # worded on the UI thread, not in the system's English
            else:
                reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
                self.outcome = ("failed", worded(reason))
        finally:
            library.close()


def _failure_words(value: object) -> str:
    """Why an export failed, in the language installed."""
    if isinstance(value, CannotRead):
        return cannot_read_words(value)
    if isinstance(value, BaseException):
        return reason_for(value)
    return str(value)


class ExportRunner(QObject):
    """Runs one export at a time in a worker thread. Signals arrive on the UI thread."""

    progress = Signal(int, int)  # steps done, steps in all
    done = Signal(object)  # the Path written
    failed = Signal(str)  # why, in plain words
    cancelled = Signal()

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = library.path.parent
        self._worker: _Worker | None = None
        self._stop = threading.Event()
        self.notes: list[str] = []  # the last export's words for the grown-up ("made without the voice")
        # Going away mid-export (the corner closed): the export stops at its next page.
        self.destroyed.connect(self._stop.set)

    def start(self, work: ExportWork) -> bool:
        """Start `work(read_only_library, job)` unless an export is already running."""
        if self.is_running():
            return False
        self._stop.clear()  # one event per runner, so `destroyed` can always set it
        prepare_for_threads()  # (a talking book's audio encoder is made on this thread)
        worker = _Worker(self.data_dir, work, self._stop)
        worker.progressed.connect(self.progress)
        # The outcome is announced on this (the UI) thread once the worker has ended, so
        # whoever hears it may start the next export at once.
        worker.finished.connect(self._settle)
        _running.add(worker)
        self._worker = worker
        worker.start(QThread.Priority.LowPriority)  # the children's clicks come first
        return True

    def _settle(self) -> None:
        for worker in [w for w in _running if w.isFinished()]:
            _running.discard(worker)
            worker.deleteLater()
            if self._worker is not worker:
                continue
            self._worker = None
            kind, value = worker.outcome
            self.notes = list(worker.notes)
            if kind == "done":
                self.done.emit(value)
            elif kind == "cancelled":
                self.cancelled.emit()
            else:
                self.failed.emit(_failure_words(value))

    def cancel(self) -> None:
        """Ask the export to stop at its next page; `cancelled` follows."""
        self._stop.set()

    def is_running(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the worker ends (closing the window mid-export); True if it did."""
        worker = self._worker
        return worker is None or _wait_for(worker, ms)


class ExportProgress(QWidget):
    """The progress picture: a book, a bar filling up, and a stop button."""

    stop_wanted = Signal()

    def __init__(self, object_prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{object_prefix}Progress")
        picture = self.picture = PlainLabel()
        picture.setObjectName(f"{object_prefix}ProgressPicture")
        picture.setPixmap(icon("book").pixmap(QSize(48, 48)))
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{object_prefix}ProgressBar")
        self.bar.setTextVisible(False)
        self.bar.setMinimumHeight(28)
        self.stop_button = PictureButton("stop", "", f"{object_prefix}Cancel", 48)
        self.stop_button.clicked.connect(self.stop_wanted)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(picture)
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("Kit", "Making the book"))
        self.picture.setAccessibleName(translate("Kit", "A book being made"))
        self.bar.setAccessibleName(translate("Kit", "How much of the book is made"))
        self.stop_button.set_phrase(translate("Kit", "Stop making the book"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def begin(self) -> None:
        self.bar.setRange(0, 0)  # busy until the first step says how many there are
        self.stop_button.setEnabled(True)
        self.show()

    def advance(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def end(self) -> None:
        self.hide()
