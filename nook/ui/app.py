"""Building the QApplication: fonts, the look, and quiet, bounded logging."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from nook import __version__
from nook.render.fonts import family_for
from nook.ui.kit import theme
from nook.ui.kit.dialog_focus import keep_focus_over_dialogs
from nook.ui.kit.tips import let_taps_through_tips

# QtMultimedia probes for pipewire and VA-API at start and complains when they are
# missing; that is noise for us, not a fault. Only those categories are silenced.
QUIET_LOGGING = ";".join(
    [
        "qt.multimedia.ffmpeg.*=false",
        "qt.multimedia.pipewire*=false",
        "qt.multimedia.symbolsresolver=false",
        "qt.multimedia.ffmpeg=false",
    ]
)

LOG_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"
# nook.log and its rotated copies together never pass (1 + LOG_BACKUPS) * LOG_MAX_BYTES.
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 2
# The same Qt message is logged at most this often a second; all Qt messages together
# at most QT_MESSAGES_PER_SECOND. The rest are counted and the count is logged.
QT_REPEATS_PER_SECOND = 5
QT_MESSAGES_PER_SECOND = 50
DROPPED_KINDS = 20  # distinct dropped messages counted one by one in a second

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
}


def quiet_logging() -> None:
    rules = os.environ.get("QT_LOGGING_RULES", "")
    if QUIET_LOGGING not in rules:
        os.environ["QT_LOGGING_RULES"] = ";".join(r for r in (rules, QUIET_LOGGING) if r)


class RotatingLog(logging.FileHandler):
    """A log file moved aside when the next line would make it ``max_bytes`` long: the
    file becomes ``.1``, ``.1`` becomes ``.2`` and so on, the oldest beyond ``backups``
    goes. What logging.handlers' RotatingFileHandler does, without importing that module
    (sockets, pickling, queues: ~6 ms of every start) for the one class the app uses."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self._move_aside()
        except Exception:  # noqa: BLE001 - as logging's own handlers do: a log line never stops the app
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        position = self.stream.tell()
        return position > 0 and position + len(f"{self.format(record)}\n") >= self.max_bytes

    def _move_aside(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]  # opened again by the next line
        base = self.baseFilename
        for number in range(self.backups, 0, -1):
            older = f"{base}.{number - 1}" if number > 1 else base
            if os.path.exists(older):
                os.replace(older, f"{base}.{number}")
        if self.backups <= 0 and os.path.exists(base):
            os.remove(base)


def log_to_file(path: Path, max_bytes: int = LOG_MAX_BYTES, backups: int = LOG_BACKUPS) -> logging.Handler:
    """The app's log in ``path`` (nook.log), rotated so that no storm can fill the disk."""
    handler = RotatingLog(path, max_bytes, backups)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


class QtMessageLog:
    """Qt's own messages go to the log (not the terminal a grown-up started us from),
    rate-limited: a message Qt repeats endlessly (QSoundEffect's ``QSocketNotifier:
    Invalid socket`` storm) costs a dictionary lookup, not a line in the file, so it can
    neither starve the UI thread nor fill the disk. Once a second is over, what was
    dropped in it is logged as one line per message with its count.

    Qt calls the handler on whichever thread spoke, so the counts are locked.
    """

    def __init__(
        self,
        repeats_per_second: int = QT_REPEATS_PER_SECOND,
        messages_per_second: int = QT_MESSAGES_PER_SECOND,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._repeats = repeats_per_second
        self._messages = messages_per_second
        self._clock = clock
        self._lock = threading.Lock()
        self._second = -1
        self._total = 0
        self._counts: dict[tuple[str, str], int] = {}
        self._dropped: dict[tuple[str, str], int] = {}
        self._previous: object = None
        self._installed = False

    def install(self) -> None:
        """Take over Qt's message handler (the one before is given back by ``uninstall``)."""
        if not self._installed:
            self._previous = qInstallMessageHandler(self)
            self._installed = True

    def uninstall(self) -> None:
        if self._installed:
            qInstallMessageHandler(self._previous)  # type: ignore[arg-type]
            self._installed = False
        with self._lock:
            dropped = self._take_dropped()
        self._report(dropped)

    def __call__(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or "default"
        key = (category, message)
        second = int(self._clock())
        with self._lock:
            dropped = self._take_dropped() if second != self._second else {}
            if second != self._second:
                self._second, self._total = second, 0
                self._counts.clear()
            count = self._counts.get(key, 0) + 1
            self._counts[key] = count
            keep = count <= self._repeats and self._total < self._messages
            if keep:
                self._total += 1
            else:
                if key not in self._dropped and len(self._dropped) >= DROPPED_KINDS:
                    key = ("qt", "other messages")  # a flood of different messages: one count
                self._dropped[key] = self._dropped.get(key, 0) + 1
        self._report(dropped)
        if keep:
            logging.getLogger(f"qt.{category}").log(_QT_LEVELS.get(mode, logging.ERROR), "%s", message)

    def _take_dropped(self) -> dict[tuple[str, str], int]:
        dropped, self._dropped = self._dropped, {}
        return dropped

    @staticmethod
    def _report(dropped: dict[tuple[str, str], int]) -> None:
        for (category, message), count in dropped.items():
            logging.getLogger(f"qt.{category}").warning("%s (said %d more times, not logged)", message, count)


def start_logging(data_dir: Path | None) -> QtMessageLog:
    """The app's logging: nook.log in ``data_dir`` (rotated; None: a folder that cannot
    be written, so nothing is kept), and Qt's messages into it, rate-limited."""
    if data_dir is not None:
        log_to_file(data_dir / "nook.log")
    else:
        logging.basicConfig(handlers=[logging.NullHandler()], level=logging.INFO)
    qt_log = QtMessageLog()
    qt_log.install()
    return qt_log


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the kid font and the look; reuses one that exists."""
    quiet_logging()
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Writing Nook")
    app.setApplicationDisplayName("Writing Nook")
    app.setOrganizationName("WritingNook")
    app.setApplicationVersion(__version__)
    # The app's own font now; the others a writer may choose when their pages are drawn.
    font = QFont(family_for("andika"))
    font.setPointSize(16)
    app.setFont(font)
    app.setStyleSheet(theme.APP)
    keep_focus_over_dialogs(app)
    let_taps_through_tips(app)
    return app
