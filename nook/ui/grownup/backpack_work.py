"""Reading and bringing in a big backpack off the UI thread, with progress and Stop.

A backpack may carry 900 pieces of 1,000 pages; reading and checking it, then storing
it, used to freeze the window for most of a minute. Both now run in a worker thread:
reading needs no library, and bringing in uses the worker's own connection to the
library file, storing one piece (with its photos and sounds) per transaction, so the
app's own edits get their turn between two pieces and a grown-up may stop between them
(what was brought in stays, each piece whole). Small backpacks are still read and
brought in at once, as before (see BackpackPage).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from nook.core import backpack
from nook.core.library import Library
from nook.i18n import translate
from nook.reply import Reply

Said = Reply[[str, tuple[object, ...]]]  # (the name of a signal below, what it says)


class BackpackWork(QObject):
    """One job at a time: `read(path)` then `bring_in(...)`; the signals come on the UI thread."""

    read_done = Signal(object, object)  # (path, Backpack or BackpackRefused)
    progress = Signal(int, int)  # (pieces done, pieces in all) while bringing in
    brought_in = Signal(object, bool)  # (UnpackResult or the storage error, every piece brought in?)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker: threading.Thread | None = None
        self._stop = threading.Event()
        # The worker's news comes back through this, and this object's signals say it on
        # the UI thread: the page (and this with it) may be closed meanwhile (nook.reply).
        self._said = Reply(self._say)

    @property
    def busy(self) -> bool:
        return self.worker is not None and self.worker.is_alive()

    def stop(self) -> None:
        """Stop after the piece being stored (reading is let finish and then dropped)."""
        self._stop.set()

    def read(self, path: Path) -> None:
        self._start(_read, path, self._stop, self._said)

    def bring_in(self, data_dir: Path, incoming: backpack.Backpack, choice: dict[str, str | None]) -> None:
        self._start(_bring_in, data_dir, incoming, choice, self._stop, self._said)

    def _start(self, target: Callable[..., None], *args: object) -> None:
        self._stop.clear()
        self.worker = threading.Thread(target=target, args=args, daemon=True, name="nook-backpack")
        self.worker.start()

    def _say(self, signal: str, what: tuple[object, ...]) -> None:
        getattr(self, signal).emit(*what)


def _read(path: Path, stop: threading.Event, said: Said) -> None:
    try:
        result: object = backpack.read(path)
    except backpack.BackpackRefused as refused:
        result = refused
    if not stop.is_set():
        said("read_done", (path, result))


def _bring_in(
    data_dir: Path, incoming: backpack.Backpack, choice: dict[str, str | None], stop: threading.Event, said: Said
) -> None:
    def going_on(done: int, total: int) -> bool:
        said("progress", (done, total))
        return not stop.is_set()

    try:
        library = Library.open(data_dir, check=False)
    except Exception as error:  # noqa: BLE001 - any reason it cannot open: said, not raised
        said("brought_in", (error, False))
        return
    try:
        result, whole = backpack.unpack_in_steps(library, incoming, choice, going_on, step_pieces=1)
    except Exception as error:  # noqa: BLE001 - a storage error part way: what was stored stays
        said("brought_in", (error, False))
        return
    finally:
        library.db.close()  # no checkpoint from here: the app's own connection does that
    said("brought_in", (result, whole))


class BackpackProgress(QWidget):
    """A bar that fills as pieces are brought in (or shows that reading goes on), and Stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backpackProgress")
        self.bar = QProgressBar()
        self.bar.setObjectName("backpackProgressBar")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopBackpack")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.stop_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.bar.setAccessibleName(translate("GrownUp", "Backpack progress"))
        self.stop_button.setText(translate("GrownUp", "Stop"))
        self.stop_button.setAccessibleName(translate("GrownUp", "Stop bringing in the backpack"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reading(self) -> None:
        self.bar.setRange(0, 0)  # no steps to count while the file is read and checked
        self.show()

    def bringing_in(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.show()
