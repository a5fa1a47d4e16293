"""The grown-up is told in the app: read-only, rescue, backups, restore; the child sees a picture."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from nook.core import backups, opening, safety
from nook.core.library import LIBRARY_FILE, Library, LibraryBusy
from nook.core.notices import Notice
from nook.library_start import open_library
from nook.speech import ForwardingVoice
from nook.ui.grownup.safety_page import SafetyPage
from nook.ui.keeper import LibraryKeeper
from nook.ui.main_window import MainWindow
from nook.ui.trouble import TroubleScreen
from tests.translation_helpers import in_english


@pytest.fixture(autouse=True)
def english():
    """The app's English, as it runs: counts say "1 piece" and "2 pieces"."""
    with in_english():
        yield


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def newer_library(folder: Path) -> Library:
    library = Library.open(folder)
    library.add_writer("Maya", "fox")
    library.db.execute("INSERT INTO _migrations (name, applied) VALUES ('0999_newer', 'later')")
    library.db.conn.commit()
    library.close()
    return Library.open(folder)


def test_a_look_only_library_shows_the_child_a_lock_and_the_grown_up_why(qtbot, nook_app, data_dir) -> None:
    library = newer_library(data_dir)
    try:
        window = MainWindow(library, ForwardingVoice())
        qtbot.addWidget(window)
        strip = window.notice_strip
        # Nothing new can be kept, so nothing new is offered to start.
        assert not any(b.isEnabled() for b in window.shelf_screen.new_buttons.values())
        assert not window.shelf_screen.ideas_button.isEnabled()
        lock = strip.findChild(QAbstractButton, "lookOnlyLibrary") if strip is not None else None
        assert lock is not None and not lock.icon().isNull()  # a lock the child may tap to hear why
        corner = window.grown_up.open_without_gate()
        corner.show_section("Library safety")
        page = corner.findChild(SafetyPage)
        lines = page.what_went_wrong.list
        said = [lines.item(row).text() for row in range(lines.count())]  # (once, with its time: "Now")
        assert any(text.startswith("Now \u2013 This library was made by a newer Writing Nook.") for text in said)
        assert all(label.textFormat() == Qt.TextFormat.PlainText for label in page.findChildren(QLabel))
        assert not page.backup_button.isEnabled()
    finally:
        library.close()


def test_after_a_rescue_the_corner_says_what_happened(qtbot, nook_app, data_dir, app_log, capsys) -> None:
    app_log.expect("The library was damaged")
    library = Library.open(data_dir)
    library.add_writer("Maya", "fox")
    library.close()
    raw = bytearray((data_dir / LIBRARY_FILE).read_bytes())
    raw[0:100] = b"\x00" * 100
    (data_dir / LIBRARY_FILE).write_bytes(bytes(raw))
    rescued = open_library(data_dir)
    try:
        window = MainWindow(rescued, ForwardingVoice())
        qtbot.addWidget(window)
        assert window.notice_strip is not None
        page = SafetyPage(rescued)
        qtbot.addWidget(page)
        said = texts(page) + [
            page.what_went_wrong.list.item(row).text() for row in range(page.what_went_wrong.list.count())
        ]
        assert len([text for text in said if "was damaged" in text and "kept as" in text]) == 1  # once, not three times
        assert "was damaged" in capsys.readouterr().err
    finally:
        rescued.close()


def test_back_up_now_check_and_restore_from_the_corner(qtbot, nook_app, library, writer) -> None:
    page = SafetyPage(library)
    qtbot.addWidget(page)
    assert page.list.count() == 0 and not page.restore_button.isEnabled()
    assert page.back_up_now()
    assert page.list.count() == 1 and "0 pieces" in page.list.item(0).text()
    assert backups.list_backups(library.path.parent)[0].path.name.endswith("-byhand.db")  # kept besides the day's
    assert page.check() == [] and page.result.text() == "The library is healthy."
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)  # asks first (test_safety_after_rescue.py)
    with qtbot.waitSignal(page.restore_wanted) as chosen:
        qtbot.mouseClick(page.restore_confirm.yes, Qt.MouseButton.LeftButton)
    assert chosen.args[0] == backups.list_backups(library.path.parent)[0].path


def test_a_start_that_cannot_open_offers_the_backups_behind_the_gate(qtbot, nook_app, data_dir) -> None:
    library = Library.open(data_dir)
    library.add_writer("Maya", "fox")
    made = backups.make_backup(library.path)
    library.close()
    asked: list[bool] = []

    def gate(_parent) -> bool:
        asked.append(True)
        return True

    screen = TroubleScreen(LibraryBusy("busy", "x"), data_dir, gate=gate)
    qtbot.addWidget(screen)
    assert screen.message.textFormat() == Qt.TextFormat.PlainText
    assert "Another program" in screen.message.text()
    assert screen.backup_list.count() == 1
    with qtbot.waitSignal(screen.restore) as chosen:
        qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    assert asked == [True] and chosen.args[0] == made.path


def test_the_keeper_checkpoints_and_backs_up_daily_off_the_ui_thread(qtbot, nook_app, library, writer) -> None:
    keeper = LibraryKeeper(library, checkpoint_ms=10, backup_check_ms=60_000, first_backup_check_ms=10)
    library.new_piece(writer.id, "book")
    qtbot.waitUntil(lambda: keeper.checkpoints >= 1, timeout=5000)
    wal = Path(str(library.path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    qtbot.waitUntil(lambda: len(backups.list_backups(library.path.parent)) == 1, timeout=10000)
    keeper.wait()
    assert not keeper.backup_if_due()  # one a day is enough
    keeper.checkpoint_timer.stop()
    keeper.backup_timer.stop()


def test_a_failed_backup_is_noted_for_the_grown_up(qtbot, nook_app, library, app_log) -> None:
    app_log.expect("automatic backup failed")
    keeper = LibraryKeeper(library, first_backup_check_ms=60_000)
    keeper.backed_up.emit(False, backups.BackupFailed("not_made", "x.db", "database or disk is full", "full"))
    notes = safety.list_notes(library)
    assert notes and notes[0].notice == Notice(
        "backup_failed",
        {"why": "not_made", "name": "x.db", "detail": "database or disk is full", "cause": "full", "kind": "full"},
    )
    keeper.checkpoint_timer.stop()
    keeper.backup_timer.stop()


def index_damage_only_a_full_check_sees(data_dir: Path) -> bool:
    """Flip 3 bits in an index page until quick_check still passes and integrity_check fails."""
    import sqlite3

    from tests.core.damage_helpers import filled_library

    filled_library(data_dir, pieces=60)
    path = data_dir / LIBRARY_FILE
    raw = path.read_bytes()
    for number in [n for n in range(1, len(raw) // 4096) if raw[n * 4096] == 10]:
        damaged = bytearray(raw)
        for k in range(3):
            damaged[number * 4096 + 4096 - 60 + k] ^= 0x01
        path.write_bytes(bytes(damaged))
        conn = sqlite3.connect(path)
        try:
            if opening.quick_check(conn) == [] and opening.quick_check(conn, full=True):
                return True
        finally:
            conn.close()
    path.write_bytes(raw)
    return False


def test_a_grown_ups_full_check_finds_what_quick_check_misses_and_the_next_start_rescues(
    qtbot, nook_app, data_dir, app_log, capsys
) -> None:
    app_log.expect("The library was damaged")
    assert index_damage_only_a_full_check_sees(data_dir)
    library = Library.open(data_dir)  # quick_check at open passes
    page = SafetyPage(library)
    qtbot.addWidget(page)
    problems = page.check()
    assert problems and "start it again" in page.result.text()
    # SQLite's own words are not the sentence: they wait on a line for a helper.
    sentence, helper = page.result.text().split("\n")
    assert problems[0] not in sentence and helper == "Details for a helper: " + "; ".join(problems[:3])
    library.close()
    rescued = open_library(data_dir)  # the next start
    try:
        assert rescued.count_pieces(None) == 60
        assert opening.quick_check(rescued.db.conn, full=True) == []
        assert not rescued.state(opening.RESCUE_NEXT_START)
    finally:
        rescued.close()
    assert list(data_dir.glob("library.db.damaged-*")) and "was damaged" in capsys.readouterr().err
    again = Library.open(data_dir)  # and only once
    again.close()


def test_after_a_quiet_spell_the_library_file_alone_holds_the_last_change(
    qtbot, nook_app, library, writer, tmp_path
) -> None:
    keeper = LibraryKeeper(library, checkpoint_ms=3_600_000, backup_check_ms=3_600_000, idle_checkpoint_ms=20)
    library.checkpoint()
    library.new_piece(writer.id, "sign")  # a change: in the -wal only, until the quiet spell is over
    qtbot.waitUntil(lambda: keeper.idle_checkpoints == 1)
    # A copy of library.db alone (what a grown-up backs up) holds it; the -wal is not needed.
    alone = tmp_path / "copy"
    alone.mkdir()
    shutil.copyfile(library.path, alone / LIBRARY_FILE)
    copy = Library.open(alone)
    try:
        assert copy.count_pieces(writer.id) == 1
    finally:
        copy.close()
    keeper.checkpoint_timer.stop()
    keeper.backup_timer.stop()


def test_a_library_whose_folder_is_removed_while_open_is_written_back_by_the_keeper(
    qtbot, nook_app, library, writer, app_log
) -> None:
    app_log.expect(r"was removed while it was open: it is written back in its place")
    import shutil

    keeper = LibraryKeeper(library, checkpoint_ms=20, backup_check_ms=3_600_000, first_backup_check_ms=3_600_000)
    shutil.rmtree(library.path.parent)
    piece = library.new_piece(writer.id, "sign")  # stored into the removed file
    qtbot.waitUntil(lambda: library.path.exists(), timeout=5000)
    keeper.checkpoint_timer.stop()
    keeper.backup_timer.stop()
    kept = Library.open(library.path.parent)
    try:
        assert kept.piece(piece.id) is not None
        assert safety.list_notes(kept)[0].notice.kind == "library_put_back"
    finally:
        kept.close()


def test_no_backups_yet_is_said_not_shown_as_an_empty_box(qtbot, nook_app, library, writer) -> None:
    """Seen on the walk: a new library's backups were an empty white box, with nothing
    saying whether backing up worked at all."""
    page = SafetyPage(library)
    qtbot.addWidget(page)
    page.show()
    none_yet = page.findChild(QLabel, "noBackupsYet")
    assert none_yet.isVisible() and none_yet.text() == (
        "No backups yet. One is made today when Writing Nook closes, or tap Back up now."
    )
    assert page.back_up_now()
    assert not none_yet.isVisible() and page.list.count() == 1
