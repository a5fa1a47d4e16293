"""A start while the disk is still full, with work waiting in a recovery file (a real tmpfs).

Found by trying it live: work typed on a full disk went to a recovery file at quit, as it
should; but a start while the disk was still full left it in the file, so the child saw
the page without it and nobody was told anything (the log only). Work then stored in
that spell (room made later) was overwritten by the older file at the following start.
Now the waiting work is held as if just typed: shown when its piece opens, tried again,
the grown-up told the disk is full, and the file goes once it is stored (or is replaced
at quit by what is still held).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from nook.core import held_work
from nook.core.held_work import HeldPage
from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.editor.oops import oops_message
from nook.ui.main_window import MainWindow
from nook.ui.operations import StorageFailure
from tests.small_disk import FULL_LOG, fill, free, library_on_small_disk

KEPT = "we went to the sea"


@pytest.fixture
def waiting_on_a_full_disk(tmp_path: Path) -> Iterator[tuple[Library, str, str, Path]]:
    """Maya's sign on a 2 MB disk, the words she typed last time in a recovery file
    beside it, and the disk full again."""
    with library_on_small_disk(tmp_path / "small", "sign") as (library, writer_id, piece_id):
        library.set_state(f"last_piece:{writer_id}", piece_id)
        page = library.pages(piece_id)[0]
        kept = held_work.keep(library.path.parent, [HeldPage(piece_id, page.id, words=KEPT)])
        fill(library.path.parent)
        yield library, writer_id, piece_id, kept


def _start(qtbot, library: Library, voice: SilentVoice) -> MainWindow:
    """As the app starts: what the files hold cannot be put back, so the window holds it."""
    with pytest.raises(Exception, match="full"):
        held_work.bring_back(library)
    waiting = held_work.waiting(library.path.parent)
    assert [page.words for page in waiting.pages] == [KEPT]
    window = MainWindow(library, voice, store_retry_ms=20, recovered=waiting)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_work_waiting_on_a_still_full_disk_is_shown_told_and_stored_when_room_comes(
    qtbot, waiting_on_a_full_disk, voice: SilentVoice, app_log
) -> None:
    app_log.expect(FULL_LOG)
    library, _writer_id, piece_id, kept = waiting_on_a_full_disk
    window = _start(qtbot, library, voice)
    assert window.piece_screen is not None and window.piece_screen.piece_id == piece_id
    assert window.piece_screen.current_view.edits["words"].toPlainText() == KEPT
    qtbot.waitUntil(lambda: window.storage_strip.isVisible())
    assert "disk is full" in window.storage_strip.words.text()
    assert kept.exists()  # not stored yet: the file stays
    free(library.path.parent)
    qtbot.waitUntil(lambda: library.pages(piece_id)[0].words == KEPT)
    qtbot.waitUntil(lambda: not kept.exists())
    assert held_work.found(library.path.parent) == []


def test_work_stored_in_that_spell_is_not_put_back_over_by_the_old_file(
    qtbot, waiting_on_a_full_disk, voice: SilentVoice, app_log
) -> None:
    app_log.expect(FULL_LOG)
    library, _writer_id, piece_id, kept = waiting_on_a_full_disk
    window = _start(qtbot, library, voice)
    words = window.piece_screen.current_view.edits["words"]
    words.moveCursor(words.textCursor().MoveOperation.End)
    qtbot.keyClicks(words, " and swam")
    free(library.path.parent)
    qtbot.waitUntil(lambda: library.pages(piece_id)[0].words == KEPT + " and swam")
    window.close()
    assert held_work.bring_back(library) is None  # no old file left to put back over it
    assert library.pages(piece_id)[0].words == KEPT + " and swam"
    assert not kept.exists()


def test_quitting_while_still_full_keeps_the_work_once_in_one_file(
    qtbot, waiting_on_a_full_disk, voice: SilentVoice, app_log
) -> None:
    app_log.expect(FULL_LOG)
    app_log.expect(r"work that could not be stored \(1 pages\) was kept in .*")
    library, _writer_id, piece_id, _kept = waiting_on_a_full_disk
    window = _start(qtbot, library, voice)
    words = window.piece_screen.current_view.edits["words"]
    words.moveCursor(words.textCursor().MoveOperation.End)
    qtbot.keyClicks(words, " again")
    window.close()
    [file] = held_work.found(library.path.parent)
    document = json.loads(file.read_text())
    assert [page["words"] for page in document["pages"]] == [KEPT + " again"]
    free(library.path.parent)
    assert held_work.bring_back(library).pages == 1
    assert library.pages(piece_id)[0].words == KEPT + " again"


def test_the_child_is_not_told_of_work_they_have_not_done_yet(
    qtbot, waiting_on_a_full_disk, voice: SilentVoice, app_log
) -> None:
    """The start found last time's work waiting and could not store it: the child, who
    has not done anything yet, was shown and told "Oops! I could not keep that just now"
    (seen on the walk). The grown-up's strip says it; the child hears it only once they
    do something that cannot be kept."""
    app_log.expect(FULL_LOG)
    library, _writer_id, _piece_id, _kept = waiting_on_a_full_disk
    window = _start(qtbot, library, voice)
    qtbot.waitUntil(lambda: window.storage_strip.isVisible())
    failures: list[StorageFailure] = []
    window.ops.failed.connect(failures.append)
    qtbot.waitUntil(lambda: len(failures) >= 2)  # tried again, and again
    oops = window.findChild(QWidget, "storageOops")
    assert oops is None or not oops.isVisible()
    assert oops_message("not_stored") not in voice.spoken
    assert window.piece_screen.current_view.edits["words"].hasFocus()
    # The child's own work now, typed as it arrives (through the window, to the focus).
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Exclam, Qt.KeyboardModifier.NoModifier)
    window.flush()
    assert window.findChild(QWidget, "storageOops").isVisible()
    assert voice.spoken.count(oops_message("not_stored")) == 1
    free(library.path.parent)
