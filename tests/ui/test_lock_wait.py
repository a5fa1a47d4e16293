"""Another program holding the library while a child writes (issue 9): the window never
waits on the lock. It waited up to the 10 s it waits at open wherever SQLite waits for
a lock: the keeper's periodic checkpoint froze the window that long every three minutes.
The work is kept and tried again, and stored once the other program lets go.

A real second process holds an EXCLUSIVE lock; the window's event loop is probed by a
10 ms timer, whose largest gap is how long a tap would have frozen."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from nook.core.library import LIBRARY_FILE, Library
from nook.speech.silent import SilentVoice
from nook.ui.keeper import LibraryKeeper
from nook.ui.main_window import MainWindow
from nook.ui.operations import StorageFailure
from tests.core.test_opening import HOLD_LOCK

TYPED = "my cat"


class LoopProbe:
    """A 10 ms timer; `longest` is the largest gap between two of its ticks (seconds)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


@pytest.fixture
def holder_of(data_dir: Path) -> Iterator:
    started: list[subprocess.Popen[str]] = []

    def hold() -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(data_dir / LIBRARY_FILE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        return process

    yield hold
    for process in started:
        if process.stdin is not None and not process.stdin.closed:
            process.stdin.close()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def test_typing_while_another_program_holds_the_library_never_freezes_the_window(
    qtbot, nook_app, data_dir: Path, holder_of, app_log
) -> None:
    app_log.expect(r"could not store .* database is locked")
    library = Library.open(data_dir)  # as the app opens it: waiting up to 10 s for a lock at open
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "sign")
    voice = SilentVoice()
    window = MainWindow(library, voice, store_retry_ms=50)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_shelf(writer.id)
    window.open_piece(piece.id)
    failures: list[StorageFailure] = []
    window.ops.failed.connect(failures.append)
    keeper = LibraryKeeper(library, window, checkpoint_ms=50, first_backup_check_ms=3_600_000)
    tried = keeper.checkpoint_tries
    holder = holder_of()
    probe = LoopProbe()
    qtbot.keyClicks(window.piece_screen.current_view.edits["words"], TYPED)
    qtbot.waitUntil(lambda: len(failures) >= 3, timeout=60_000)  # tried, and tried again
    qtbot.waitUntil(lambda: keeper.checkpoint_tries >= tried + 2, timeout=60_000)  # and checkpoints tried
    assert {f.cause for f in failures} == {"locked"}
    assert probe.longest < 2.0, f"the window froze for {probe.longest:.1f} s"
    holder.stdin.close()
    holder.wait(timeout=10)
    qtbot.waitUntil(lambda: library.pages(piece.id)[0].words == TYPED, timeout=10_000)
    print(f"longest event-loop gap while locked: {probe.longest * 1000:.0f} ms")
    probe.timer.stop()
    window.close()
    voice.shutdown()
    library.close()
