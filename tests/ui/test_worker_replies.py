"""A worker's result never reaches for an object the UI thread has freed meanwhile.

Each worker thread that reports to a QObject (the fill bucket, the editor's photo step,
the backpack page, "try again", the voice, the whole-file check, the keeper's backup) is
held at its last step until the UI thread has freed that object, as when its window is
closed while the worker works; then let go. It used to emit a signal of the freed object
(a RuntimeError, suppressed; in the instant of the free itself, a crash: see
tests/freed_in_threads.py). Now it hands its result to the app's relay (nook.reply),
which lets it go: the object is not touched, nothing is called on it.
(The editor's workers: tests/ui/editor/test_editor_worker_replies.py.)"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from tests.freed_in_threads import WAIT_S, Pause, used_freed


@pytest.fixture
def pause() -> Iterator[Pause]:
    paused = Pause()
    yield paused
    paused.go.set()


def test_a_backpack_read_for_a_page_closed_meanwhile(qtbot, monkeypatch, pause: Pause, tmp_path: Path) -> None:
    from nook.core import backpack
    from nook.ui.grownup.backpack_work import BackpackWork

    def held(path):
        pause()
        raise backpack.BackpackRefused("not_a_zip", path.name)

    monkeypatch.setattr(backpack, "read", held)
    page = QObject()
    work = BackpackWork(page)
    with used_freed() as used:
        work.read(tmp_path / "class.nookpack")
        pause.free_then_go(qtbot, work, page.deleteLater)
    assert used == []


def test_try_again_for_a_trouble_screen_closed_meanwhile(qtbot, pause: Pause, data_dir: Path) -> None:
    from nook.core.library import LIBRARY_FILE, LibraryBusy
    from nook.ui.trouble import Reopening, TroubleScreen

    screen = TroubleScreen(LibraryBusy("busy", data_dir / LIBRARY_FILE), data_dir)

    def still_busy():
        pause()
        raise LibraryBusy("busy", data_dir / LIBRARY_FILE)

    reopening = Reopening(screen, still_busy)

    def close() -> None:
        screen.close()
        screen.deleteLater()

    with used_freed() as used:
        reopening.start()
        pause.free_then_go(qtbot, reopening, close)
    assert used == []


class _EspeakThread:
    """Stands in for the espeak worker (whose one thread runs for the whole app): each
    request is answered from a thread of its own."""

    voice_list: list = []

    def __init__(self, pause: Pause) -> None:
        self.pause = pause
        self.requests = 0

    def wait_ready(self, _timeout: float) -> bool:
        return True

    def request(self, text, voice, wpm, on_result, keep=False) -> int:
        self.requests += 1
        request = self.requests

        def answer() -> None:
            self.pause()
            on_result(request, None)

        threading.Thread(target=answer, daemon=True).start()
        return request

    def cancel(self, request_id=None) -> None:
        pass


def test_speech_made_for_a_voice_freed_meanwhile(qtbot, monkeypatch, pause: Pause) -> None:
    from nook.speech import espeak_voice

    espeak = _EspeakThread(pause)
    monkeypatch.setattr(espeak_voice, "acquire_worker", lambda: espeak)
    monkeypatch.setattr(espeak_voice, "release_worker", lambda _worker: None)
    window = QObject()
    voice = espeak_voice.EspeakVoice(window, use_audio=False)
    with used_freed() as used:
        voice.say("Hello")
        pause.free_then_go(qtbot, voice, window.deleteLater)
    assert used == []


def test_damage_found_for_a_window_closed_meanwhile(qtbot, monkeypatch, pause: Pause, library) -> None:
    from nook.ui import whole_check

    def held(path, opened):
        pause()
        return ["page 7: damaged"]

    monkeypatch.setattr(whole_check.opening, "check_whole", held)
    window = QObject()
    check = whole_check.WholeCheck(library, window)
    with used_freed() as used:
        check.start()
        pause.free_then_go(qtbot, check, window.deleteLater)
    assert used == []


def test_a_backup_made_for_a_window_closed_meanwhile(qtbot, monkeypatch, pause: Pause, library) -> None:
    from nook.core import backups
    from nook.ui.keeper import LibraryKeeper

    def held(library_file, now=None):
        pause()
        raise backups.BackupFailed("not_made", detail="held by the test")

    monkeypatch.setattr(backups, "make_backup", held)
    window = QObject()
    keeper = LibraryKeeper(library, window, checkpoint_ms=3_600_000, first_backup_check_ms=3_600_000)
    with used_freed() as used:
        assert keeper.backup_if_due()
        pause.free_then_go(qtbot, keeper, window.deleteLater)
    assert used == []


class _Listener(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[tuple[object, ...]] = []

    def hear(self, *args: object, **kwargs: object) -> None:
        self.heard.append((threading.current_thread() is threading.main_thread(), *args, kwargs))


def test_a_reply_reaches_a_living_object_on_the_ui_thread_in_order(qtbot) -> None:
    from nook.reply import Reply

    listener = _Listener()
    reply = Reply(listener.hear)
    reply("here", n=0)
    assert listener.heard == []  # (a turn of the event loop later, even from the UI thread)
    worker = threading.Thread(target=lambda: [reply("worker", n=n) for n in (1, 2, 3)])
    worker.start()
    worker.join(WAIT_S)
    qtbot.waitUntil(lambda: len(listener.heard) == 4)
    assert listener.heard == [(True, "here", {"n": 0})] + [(True, "worker", {"n": n}) for n in (1, 2, 3)]
    assert reply.dropped == 0
    listener.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(listener))
    reply("gone")
    QCoreApplication.sendPostedEvents()
    assert reply.dropped == 1
