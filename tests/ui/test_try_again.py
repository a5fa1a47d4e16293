""" "Try again" on the trouble screen (issue 9): the grown-up always sees a window. The
screen used to close at the tap, then the library was opened on the window's thread,
waiting up to 10 s for a lock with no window at all. Now the same screen says it is
trying while a worker opens the library; it gives way to the app's window once that is
up, or says the trouble again.

The app's own start-up loop (`nook.start_loop.run`) runs here against a library a real
second process holds with an EXCLUSIVE lock; the test steps in through its event loop."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from nook import library_start, start_loop
from nook.core.library import LIBRARY_FILE, Library, LibraryBusy
from nook.ui.main_window import MainWindow
from nook.ui.single_instance import SingleInstance
from nook.ui.trouble import Reopening, TroubleScreen
from tests.core.test_opening import HOLD_LOCK


def shown(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


class Steps:
    """What the test does from inside the app's event loop, one look every 10 ms."""

    def __init__(self, holder: subprocess.Popen[bytes]) -> None:
        self.holder = holder
        self.seen: list[str] = []
        self.windowless = 0  # looks that found neither the trouble screen nor the app's window
        self.ticks_while_trying = 0
        self.first: TroubleScreen | None = None
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self) -> None:
        screens, windows = shown(TroubleScreen), shown(MainWindow)
        if self.seen and not screens and not windows:
            self.windowless += 1
        if windows:
            self.seen.append("window")
            self.timer.stop()
            QApplication.instance().exit(0)  # the app's window is up: done
            return
        if not screens:
            return
        screen = screens[0]
        if self.first is not None and screen is not self.first and "another screen" not in self.seen:
            self.seen.append("another screen")  # the first one went away: let go, and tap again
            self.let_go()
            screen.retry_button.click()
            return
        if not self.seen:
            if not screen.retry_button.isEnabled():
                return  # still trying by itself (a lock found at the first look)
            self.first = screen
            self.seen.append("trouble")
            screen.retry_button.click()  # the grown-up taps "Try again", the lock still held
            assert screen.isVisible(), "the trouble screen went away at the tap"
            assert "Trying to open the library again" in screen.message.text()
            self.seen.append("trying")
        elif not screen.retry_button.isEnabled():
            self.ticks_while_trying += 1  # the event loop runs while the worker waits for the lock
            if self.ticks_while_trying == 20:
                self.let_go()

    def let_go(self) -> None:
        """The other program lets go of the library."""
        if self.holder.stdin is not None and not self.holder.stdin.closed:
            self.holder.stdin.close()


def run_the_start(app: QApplication, data_dir: Path, looks: QTimer) -> int:
    """The app's own start-up loop on `data_dir`, as `nook` runs it once it holds the
    one-app lock, until the test's `looks` end it; its exit status."""
    guard = SingleInstance(data_dir)
    assert guard.claim(listen=False)
    args = argparse.Namespace(no_speech=True, smoke=False, backpack=None)
    try:
        return start_loop.run(app, args, data_dir, guard)
    finally:
        guard.release()
        looks.stop()


@pytest.fixture
def held_library(data_dir: Path):
    library = Library.open(data_dir)
    library.add_writer("Maya", "fox")
    library.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir / LIBRARY_FILE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == b"locked"
    yield holder
    if holder.stdin is not None and not holder.stdin.closed:
        holder.stdin.close()
    holder.wait(timeout=10)
    holder.stdout.close()


def test_try_again_keeps_the_trouble_screen_up_until_the_window_is(
    qtbot, nook_app, data_dir: Path, held_library, monkeypatch, app_log
) -> None:
    app_log.expect(r"the library (still )?cannot be opened")
    monkeypatch.setenv("NOOK_BUSY_WAIT_SECONDS", "2")
    steps = Steps(held_library)
    status = run_the_start(nook_app, data_dir, steps.timer)
    assert status == 0
    assert steps.seen == ["trouble", "trying", "window"]
    assert steps.ticks_while_trying >= 20
    assert steps.windowless == 0


def test_try_again_while_the_lock_stays_says_the_trouble_again_on_the_same_screen(
    qtbot, nook_app, data_dir: Path, held_library, monkeypatch, app_log
) -> None:
    app_log.expect(r"the library still cannot be opened")
    monkeypatch.setenv("NOOK_BUSY_WAIT_SECONDS", "0.3")
    screen = TroubleScreen(LibraryBusy("busy", data_dir / LIBRARY_FILE), data_dir)
    qtbot.addWidget(screen)
    screen.show()
    first_words = screen.message.text()
    reopening = Reopening(screen, lambda: library_start.open_library(data_dir))
    opened: list[Library] = []
    reopening.opened.connect(opened.append)
    qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
    assert not screen.retry_button.isEnabled() and screen.busy_bar.isVisible()
    qtbot.waitUntil(screen.retry_button.isEnabled, timeout=30_000)
    assert screen.isVisible() and not screen.busy_bar.isVisible()
    assert screen.message.text() == first_words and opened == []


class FirstStart:
    """A start on a library another program holds: what is on screen, every 10 ms."""

    def __init__(self, holder: subprocess.Popen[bytes]) -> None:
        self.holder = holder
        self.seen: list[str] = []
        self.windowless_after_first = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self) -> None:
        screens, windows = shown(TroubleScreen), shown(MainWindow)
        if windows:
            self.seen.append("window")
            self.timer.stop()
            QApplication.instance().exit(0)
            return
        if not screens:
            if self.seen:
                self.windowless_after_first += 1
            return
        if not self.seen:
            # Waiting for the other program, and saying so (no tap needed).
            trying = not screens[0].retry_button.isEnabled() and screens[0].busy_bar.isVisible()
            self.seen.append("waiting" if trying else "trouble")
            if self.holder.stdin is not None:
                self.holder.stdin.close()  # the other program lets go
            if not trying:
                screens[0].retry_button.click()  # as a grown-up would, at last


def test_a_start_on_a_held_library_shows_that_it_waits_then_the_window(
    qtbot, nook_app, data_dir: Path, held_library, monkeypatch, app_log
) -> None:
    """The first start waited up to 10 s for the lock with no window at all (and then
    showed the trouble screen): after a short look, the screen says it is waiting."""
    app_log.expect(r"the library cannot be opened")
    monkeypatch.setenv("NOOK_BUSY_WAIT_SECONDS", "20")
    steps = FirstStart(held_library)
    status = run_the_start(nook_app, data_dir, steps.timer)
    assert status == 0
    assert steps.seen == ["waiting", "window"]
    assert steps.windowless_after_first == 0


def test_try_again_shows_a_round_arrow_not_the_bins_put_back(qtbot, nook_app, data_dir: Path) -> None:
    """ "Try again" showed "restore" (a bin with an up arrow: take a piece out of the
    bin), which a grown-up facing a library that will not open does not read as "try
    again"; it shows a round arrow of its own, unlike its neighbours'."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from nook.ui.kit.icons import icon

    def drawn(picture) -> QImage:
        return picture.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage.Format.Format_ARGB32)

    screen = TroubleScreen(LibraryBusy("busy", data_dir / "library.db"), data_dir)
    qtbot.addWidget(screen)
    retry = drawn(screen.retry_button.icon())
    assert retry == drawn(icon("try_again"))
    assert retry != drawn(icon("restore"))
    assert retry not in (drawn(screen.restore_button.icon()), drawn(screen.close_button.icon()))
