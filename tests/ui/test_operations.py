"""The one door for every change the UI makes: one transaction, one place that reports a
storage failure (an oops for the child, a line in the log), typed changes with initiator."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from nook.core.changes import Change, What
from nook.core.library import LIBRARY_FILE, Library
from nook.speech.silent import SilentVoice
from nook.ui.editor.oops import oops_message
from nook.ui.grownup.corner import GrownUpCorner
from nook.ui.main_window import MainWindow
from nook.ui.operations import Operations, StorageFailure

NOOK = Path(__file__).resolve().parents[2] / "nook"


def _window(qtbot, library: Library, voice: SilentVoice) -> MainWindow:
    window = MainWindow(library, voice)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_change_is_stored_in_one_transaction_and_announced_with_its_initiator(
    qapp, library: Library, writer, app_log
) -> None:
    app_log.expect(r"could not store .*half_then_fail \(asked by object\): disk I/O error")
    ops = Operations(library)
    seen: list[Change] = []
    failures: list[StorageFailure] = []
    ops.changed.connect(seen.append)
    ops.failed.connect(failures.append)
    screen = object()
    piece = ops.run(screen, library.new_piece, writer.id, "list")
    assert piece is not None and library.piece(piece.id) is not None
    assert [(c.what, c.piece_id, c.initiator) for c in seen] == [(What.PIECE, piece.id, screen)]

    def half_then_fail() -> None:
        library.trash_piece(piece.id)
        raise sqlite3.OperationalError("disk I/O error")

    assert ops.store(screen, half_then_fail) is False
    assert library.piece(piece.id).trashed is False  # all or nothing
    assert len(seen) == 1  # nothing announced for what was not stored
    assert [(f.action, f.initiator, str(f.error)) for f in failures] == [
        (
            "test_a_change_is_stored_in_one_transaction_and_announced_with_its_initiator.<locals>.half_then_fail",
            screen,
            "disk I/O error",
        )
    ]
    ops.detach()


def test_a_locked_library_shows_the_oops_and_loses_nothing(
    qtbot, nook_app, library: Library, writer, data_dir: Path, voice: SilentVoice, app_log
) -> None:
    app_log.expect(r"could not store PieceModel\._store_pages \(asked by PieceModel\): database is locked")
    piece = library.new_piece(writer.id, "sign")
    window = _window(qtbot, library, voice)
    window.show_shelf(writer.id)
    window.open_piece(piece.id)
    words = window.piece_screen.current_view.edits["words"]
    # A real second connection holds the write lock (another program, a backup tool);
    # the library waits only briefly for it, as a test cannot wait five seconds.
    library.db.execute("PRAGMA busy_timeout=50")
    holder = sqlite3.connect(data_dir / LIBRARY_FILE, timeout=0.05)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClicks(words, "STOP")
        window.flush()
        oops = window.findChild(QWidget, "storageOops")
        assert oops is not None and oops.isVisible()
        assert oops.accessibleName() == oops_message("not_stored")
        qtbot.waitUntil(lambda: oops_message("not_stored") in voice.spoken)
        assert any("database is locked" in line for line in app_log.messages())  # the detail, for a grown-up
        assert library.pages(piece.id)[0].words == ""  # nothing half stored
        state = window.piece_screen.piece.states[0]
        assert state.words == "STOP" and "words" in state.dirty  # still held, still to store
        window.flush()  # failing again while the oops shows: no second speech
        assert voice.spoken.count(oops_message("not_stored")) == 1
    finally:
        holder.rollback()
        holder.close()
    window.flush()
    assert library.pages(piece.id)[0].words == "STOP"
    assert not window.piece_screen.piece.states[0].dirty


# -- every write the UI makes goes through the door ---------------------------------------


class DoorWatch:
    """Records each INSERT/UPDATE/DELETE the connection runs, and whether the door ran it."""

    def __init__(self, library: Library) -> None:
        self.outside: list[str] = []
        self.inside = 0
        library.db.conn.set_trace_callback(self._traced)

    def _traced(self, sql: str) -> None:
        if not sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
            return
        frame = sys._getframe(1)
        caller = None
        while frame is not None:
            code = frame.f_code
            if code.co_filename == str(NOOK / "ui" / "operations.py") and code.co_name in ("run", "store"):
                self.inside += 1
                return
            if caller is None and Path(code.co_filename).is_relative_to(NOOK / "ui"):
                caller = f"{Path(code.co_filename).relative_to(NOOK)}:{code.co_qualname}"
            frame = frame.f_back  # type: ignore[assignment]
        self.outside.append(caller or sql[:60])


def test_every_write_the_screens_make_goes_through_the_door(
    qtbot, nook_app, library: Library, writer, voice: SilentVoice
) -> None:
    window = _window(qtbot, library, voice)
    watch = DoorWatch(library)
    window.show_writers()
    window.writers_screen.start_adding()
    window.writers_screen.name_edit.setText("Ana")
    window.writers_screen.add_writer("cat")  # then her shelf opens
    window.show_shelf(writer.id)
    window.shelf_screen.new_piece("book")  # opens the editor
    screen = window.piece_screen
    qtbot.keyClicks(screen.current_view.edits["words"], "my dog")
    screen.ops.add_page()
    screen.ops.move_page(-1)
    screen.undo()
    screen.words.set_words_colour("#aa0000")
    screen._set_finished(True)
    screen.close_piece()
    shelf = window.shelf_screen
    qtbot.waitUntil(lambda: shelf.model.total == 1)
    shelf.view.setCurrentIndex(shelf.model.index(0, 0))
    shelf.duplicate_selected()
    shelf.trash_selected()
    corner = GrownUpCorner(library, window.ops, voice)
    qtbot.addWidget(corner)
    corner.settings_page._store("sounds", False)
    corner.writers_page.new_name.setText("Leo")
    corner.writers_page.add_writer()
    corner.writers_page.move_writer(1)
    corner.word_wall_page.bank_name.setText("Pets")
    corner.word_wall_page.add_bank()
    corner.word_wall_page.word_edit.setText("cat")
    corner.word_wall_page.add_word()
    corner.ideas_page.text_edit.setText("Make a sign for the cat")
    corner.ideas_page.add()
    corner.trash_page.refresh()
    corner.trash_page.list.selectAll()
    corner.trash_page.restore_selected()
    assert watch.inside > 20
    assert watch.outside == []
