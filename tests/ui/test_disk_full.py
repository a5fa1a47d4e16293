"""Disk full while writing (issue 9 item 7), on a real small filesystem (a tmpfs).

A store that fails keeps the edits in memory and marked, tries again, tells the child
once and the grown-up clearly; leaving the piece or quitting never throws them away;
when room comes back they are in the library.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from nook.core import held_work
from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.editor.oops import oops_message
from nook.ui.main_window import MainWindow
from nook.ui.operations import StorageFailure
from tests.small_disk import FULL_LOG, fill, free, library_on_small_disk

TYPED = "the dog ran after the disk was full"


@pytest.fixture
def full_setup(tmp_path: Path) -> Iterator[tuple[Library, str, str]]:
    """A library on a 2 MB disk with Maya's sign, which she had open."""
    with library_on_small_disk(tmp_path / "small", "sign") as made:
        yield made


def _window(qtbot, library: Library, voice: SilentVoice) -> MainWindow:
    window = MainWindow(library, voice, store_retry_ms=20)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_typing_on_a_full_disk_is_held_told_once_and_stored_when_room_comes_back(
    qtbot, full_setup, voice: SilentVoice, app_log
) -> None:
    app_log.expect(FULL_LOG)
    library, writer_id, piece_id = full_setup
    window = _window(qtbot, library, voice)
    window.show_shelf(writer_id)
    window.open_piece(piece_id)
    failures: list[StorageFailure] = []
    window.ops.failed.connect(failures.append)
    fill(library.path.parent)
    words = window.piece_screen.current_view.edits["words"]
    qtbot.keyClicks(words, TYPED)
    window.flush()
    # The child: an oops, said once; the grown-up: what is wrong and what to do.
    assert window.findChild(QWidget, "storageOops").isVisible()
    strip = window.storage_strip
    assert strip.isVisible() and "disk is full" in strip.words.text()
    assert failures and failures[0].cause == "full"
    qtbot.waitUntil(lambda: len(failures) >= 5)  # it keeps trying
    assert voice.spoken.count(oops_message("not_stored")) == 1
    state = window.piece_screen.piece.states[0]
    assert state.words == TYPED and "words" in state.dirty
    # Leaving the piece while the disk is full does not throw the work away.
    window.show_shelf(writer_id)
    assert library.pages(piece_id)[0].words == ""
    assert [page.words for page in window.ops.held.values()] == [TYPED]
    free(library.path.parent)
    qtbot.waitUntil(lambda: library.pages(piece_id)[0].words == TYPED)
    qtbot.waitUntil(lambda: not strip.isVisible())
    assert not window.ops.held
    assert voice.spoken.count(oops_message("not_stored")) == 1


def test_a_piece_opened_again_on_a_full_disk_shows_what_was_typed(
    qtbot, full_setup, voice: SilentVoice, app_log
) -> None:
    app_log.expect(FULL_LOG)
    library, writer_id, piece_id = full_setup
    window = _window(qtbot, library, voice)
    window.show_shelf(writer_id)
    window.open_piece(piece_id)
    fill(library.path.parent)
    qtbot.keyClicks(window.piece_screen.current_view.edits["words"], TYPED)
    window.flush()
    window.show_shelf(writer_id)
    window.open_piece(piece_id)
    assert window.piece_screen.current_view.edits["words"].toPlainText() == TYPED
    assert not window.ops.held  # the editor holds it again, and stores it
    free(library.path.parent)
    qtbot.waitUntil(lambda: library.pages(piece_id)[0].words == TYPED)


def test_quitting_on_a_full_disk_keeps_the_work_in_a_recovery_file(
    qtbot, full_setup, voice: SilentVoice, app_log, tmp_path: Path
) -> None:
    app_log.expect(FULL_LOG)
    app_log.expect(r"work that could not be stored \(1 pages\) was kept in .*recovery")
    library, writer_id, piece_id = full_setup
    window = _window(qtbot, library, voice)
    window.show_shelf(writer_id)
    window.open_piece(piece_id)
    fill(library.path.parent)
    qtbot.keyClicks(window.piece_screen.current_view.edits["words"], TYPED)
    window.close()
    # The library's folder is full, so the file went to the user's state folder.
    [kept] = held_work.found(library.path.parent)
    assert kept.parent.parent.name == "recovery" or kept.parent.name == "recovery"
    assert not (library.path.parent / held_work.BESIDE_LIBRARY).exists()
    document = json.loads(kept.read_text())
    assert [page["words"] for page in document["pages"]] == [TYPED]
    free(library.path.parent)
    brought = held_work.bring_back(library)
    assert brought is not None and brought.pages == 1 and brought.pieces == [piece_id]
    assert library.pages(piece_id)[0].words == TYPED
    assert held_work.found(library.path.parent) == []


def test_the_grown_ups_strip_waits_for_the_finger_to_lift(qtbot, full_setup, voice: SilentVoice, app_log) -> None:
    """The strip across the top came (and went) under a stroke already begun: the page
    moved down under the finger and the stroke jumped (seen on the walk). It comes and
    goes once the finger is lifted."""
    app_log.expect(FULL_LOG)
    library, writer_id, piece_id = full_setup
    window = _window(qtbot, library, voice)
    window.show_shelf(writer_id)
    window.open_piece(piece_id)
    view = window.piece_screen.current_view
    strip = window.storage_strip
    fill(library.path.parent)
    qtbot.keyClicks(view.edits["words"], "a")  # something to store, which will fail
    where = view.mapToGlobal(QPoint(0, 0))
    start = QPoint(view.width() // 4, view.height() - 20)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    window.flush()  # the store fails while the finger is down
    assert window.ops.spell is not None
    QApplication.sendPostedEvents()  # what the layout would do now
    qtbot.mouseMove(view, start + QPoint(30, -10))
    assert not strip.isVisible() and view.mapToGlobal(QPoint(0, 0)) == where
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(30, -10))
    qtbot.waitUntil(strip.isVisible)
    # Room comes back while the next stroke is under way: the strip stays until the lift.
    qtbot.waitUntil(lambda: view.mapToGlobal(QPoint(0, 0)) != where)
    where = view.mapToGlobal(QPoint(0, 0))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    free(library.path.parent)
    window.flush()
    assert window.ops.spell is None
    QApplication.sendPostedEvents()
    qtbot.mouseMove(view, start + QPoint(30, -10))
    assert strip.isVisible() and view.mapToGlobal(QPoint(0, 0)) == where
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(30, -10))
    qtbot.waitUntil(lambda: not strip.isVisible())


def _typed_with_nowhere_else(
    qtbot, full_setup, voice: SilentVoice, app_log, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    """Maya's sign typed into on a full disk that also holds the user's state folder and the
    temporary folder (one small classroom laptop): no place at all can take a recovery file."""
    app_log.expect(FULL_LOG)
    app_log.expect(r"could not be kept anywhere")
    library, writer_id, piece_id = full_setup
    disk = library.path.parent
    for folder in ("state", "tmp"):
        (disk / folder).mkdir()
    monkeypatch.setenv("XDG_STATE_HOME", str(disk / "state"))
    monkeypatch.setattr(tempfile, "tempdir", str(disk / "tmp"))
    window = _window(qtbot, library, voice)
    window.show_shelf(writer_id)
    window.open_piece(piece_id)
    fill(disk)
    qtbot.keyClicks(window.piece_screen.current_view.edits["words"], TYPED)
    return window


def test_closing_when_no_place_can_keep_the_work_keeps_the_window_open_until_there_is_room(
    qtbot, full_setup, voice: SilentVoice, app_log, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _typed_with_nowhere_else(qtbot, full_setup, voice, app_log, monkeypatch)
    library, _writer_id, piece_id = full_setup
    window.close()
    # Closing now would lose the words: the window stays, says why, and the child's
    # words are still on the page, in the editor's hands (not held twice).
    assert window.isVisible()
    assert "stays open" in window.storage_strip.words.text()
    assert window.piece_screen.current_view.edits["words"].toPlainText() == TYPED
    assert "words" in window.piece_screen.piece.states[0].dirty
    assert not window.ops.held
    assert held_work.found(library.path.parent) == []
    qtbot.keyClicks(window.piece_screen.current_view.edits["words"], "!")
    free(library.path.parent)
    window.close()
    assert not window.isVisible()
    assert library.pages(piece_id)[0].words == TYPED + "!"


def test_a_shutdown_closes_even_when_no_place_can_keep_the_work(
    qtbot, full_setup, voice: SilentVoice, app_log, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The computer shutting down (SIGTERM) cannot be refused: the loss is logged."""
    window = _typed_with_nowhere_else(qtbot, full_setup, voice, app_log, monkeypatch)
    window.leaving = True  # what nook.__main__ sets once the event loop has ended
    window.close()
    assert not window.isVisible()
