"""Automatic backups: consistent, verified, thinned to 7 daily + 4 weekly, restorable."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from nook.core import backups
from nook.core.library import LIBRARY_FILE, Library, LibraryDamaged
from tests.small_disk import fill, small_disk


def test_a_backup_is_a_checked_copy_with_every_piece(library: Library, writer) -> None:
    for _ in range(3):
        library.new_piece(writer.id, "book")
    made = backups.make_backup(library.path)  # while the library is open and in use
    assert made.path.parent == library.path.parent / "backups"
    assert made.pieces == 3 and made.writers == 1
    assert backups.verify(made.path)["pieces"] == 3
    assert [b.pieces for b in backups.list_backups(library.path.parent)] == [3]
    assert not list(made.path.parent.glob(".*part"))


def test_a_backup_made_while_the_app_has_unsaved_wal_still_holds_everything(library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[1].id, words="kept in the wal")
    assert Path(str(library.path) + "-wal").stat().st_size > 0
    made = backups.make_backup(library.path)
    restored_dir = library.path.parent / "restored"
    restored_dir.mkdir()
    (restored_dir / LIBRARY_FILE).write_bytes(made.path.read_bytes())
    again = Library.open(restored_dir)
    try:
        assert [p.title for p in again.search(None, "wal")] == ["kept in the wal"]
    finally:
        again.close()


def test_only_7_daily_and_4_weekly_backups_are_kept() -> None:
    start = datetime(2026, 1, 1, 12, 0)
    made = [start + timedelta(days=d, hours=h) for d in range(60) for h in (0, 5)]
    kept = backups.kept_by_rule(made)
    newest = max(made)
    daily = sorted(k for k in kept if k.date() > (newest - timedelta(days=7)).date())
    assert len(daily) == 7 and all(k.hour == 17 for k in daily)
    weekly = sorted(k for k in kept if k not in daily)
    assert len(weekly) == 4
    assert len({k.isocalendar()[:2] for k in weekly}) == 4
    assert len(kept) == 11


def test_pruning_removes_files_the_rule_no_longer_keeps(library: Library, writer) -> None:
    for day in range(10):
        backups.make_backup(library.path, now=datetime(2026, 3, 1, 9) + timedelta(days=day))
    names = sorted(p.name for p in (library.path.parent / "backups").iterdir())
    # 4-10 March daily; 1-3 March fall in two ISO weeks (1 March is a Sunday): one copy each.
    assert names[:2] == ["library-20260301-090000.db", "library-20260303-090000.db"]
    assert len(names) == 7 + 2 and names[-1] == "library-20260310-090000.db"


def test_backups_made_by_hand_on_one_day_are_all_kept(library: Library, writer) -> None:
    """A parent who taps "Back up now" in the morning and again after school keeps both
    (the second, and the backup made as the app closed, replaced the morning's: only the
    newest of a day was kept); hand-made ones are still thinned, to the newest few."""
    day = datetime(2026, 3, 2)
    for hour, by_hand in ((9, True), (12, False), (15, True), (18, False)):
        backups.make_backup(library.path, now=day.replace(hour=hour), by_hand=by_hand)
    assert [made.hour for made, _path in backups.backup_files(library.path.parent)] == [18, 15, 9]
    # A month of three by hand a day, and one at each close: still a few files.
    made = [datetime(2026, 4, 1) + timedelta(days=d, hours=h) for d in range(30) for h in (9, 12, 15, 18)]
    by_hand = [moment for moment in made if moment.hour != 18]
    kept = backups.kept_by_rule(made, by_hand)
    assert len(kept) == 7 + 4 + backups.BY_HAND_KEPT  # (each day's newest is the one at close)
    assert set(sorted(by_hand)[-backups.BY_HAND_KEPT :]) <= kept


def test_restore_keeps_the_current_library_aside_and_brings_the_backup_back(data_dir: Path) -> None:
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    library.new_piece(writer.id, "book")
    made = backups.make_backup(library.path)
    library.new_piece(writer.id, "sign")
    library.close()
    kept = backups.restore(data_dir, made.path)
    assert kept is not None and kept.name.startswith(LIBRARY_FILE + ".before-restore-")
    again = Library.open(data_dir)
    try:
        assert again.count_pieces(None) == 1
    finally:
        again.close()


def test_restore_works_when_the_current_file_will_not_open(data_dir: Path) -> None:
    library = Library.open(data_dir)
    library.add_writer("Maya", "fox")
    made = backups.make_backup(library.path)
    library.close()
    (data_dir / LIBRARY_FILE).write_bytes(b"\x00" * 8192 + b"ruined")
    with pytest.raises(LibraryDamaged):
        Library.open(data_dir)
    kept = backups.restore(data_dir, made.path)
    assert kept is not None and kept.read_bytes().endswith(b"ruined")
    again = Library.open(data_dir)
    try:
        assert [w.name for w in again.writers()] == ["Maya"]
    finally:
        again.close()


def test_a_damaged_backup_is_refused_and_nothing_is_moved(data_dir: Path) -> None:
    library = Library.open(data_dir)
    library.add_writer("Maya", "fox")
    made = backups.make_backup(library.path)
    library.close()
    made.path.write_bytes(b"nonsense" * 1000)
    before = (data_dir / LIBRARY_FILE).read_bytes()
    with pytest.raises(backups.BackupFailed):
        backups.restore(data_dir, made.path)
    assert (data_dir / LIBRARY_FILE).read_bytes() == before
    assert backups.list_backups(data_dir) == []


def test_a_backup_is_due_daily(data_dir: Path, library: Library) -> None:
    assert backups.due(data_dir)
    backups.make_backup(library.path, now=datetime(2026, 3, 1, 9))
    assert not backups.due(data_dir, now=datetime(2026, 3, 1, 20))
    assert backups.due(data_dir, now=datetime(2026, 3, 2, 9, 1))


def test_two_backups_in_one_second_never_overwrite_each_other(library: Library, writer) -> None:
    moment = datetime(2026, 3, 1, 9)
    first = backups.make_backup(library.path, now=moment)
    library.new_piece(writer.id, "book")
    second = backups.make_backup(library.path, now=moment)
    assert first.path != second.path
    assert backups.verify(first.path)["pieces"] == 0 and backups.verify(second.path)["pieces"] == 1


def test_a_backup_on_a_full_disk_says_the_disk_is_full(tmp_path: Path) -> None:
    """The cause travels with the failure, so a screen can say "the disk is full" in its
    own language instead of SQLite's English."""
    with small_disk(tmp_path / "small", "4m") as folder:
        library = Library.open(folder)
        try:
            writer = library.add_writer("Maya", "fox")
            piece = library.new_piece(writer.id, "book")
            library.update_page(library.pages(piece.id)[0].id, words="word " * 20_000)
            library.checkpoint()
            fill(folder)
            with pytest.raises(backups.BackupFailed) as failed:
                backups.make_backup(library.path)
        finally:
            library.close()
    assert failed.value.why == "not_made" and failed.value.cause == "full"


def test_a_backup_on_a_nearly_full_disk_is_not_made_so_the_childrens_work_still_fits(tmp_path: Path) -> None:
    # Found live: the copy fitted, took the last room, and the next store failed.
    with small_disk(tmp_path / "small", "8m") as folder:
        library = Library.open(folder)
        try:
            writer = library.add_writer("Maya", "fox")
            for _ in range(15):
                piece = library.new_piece(writer.id, "book")
                library.update_page(library.pages(piece.id)[0].id, words="word " * 300)
            library.checkpoint()
            size = library.path.stat().st_size
            free = shutil.disk_usage(folder).free
            (folder / "filler").write_bytes(b"x" * (free - int(size * 1.3)))  # room for one copy, just
            with pytest.raises(backups.BackupFailed) as failed:
                backups.make_backup(library.path)
            assert failed.value.cause == "full" and failed.value.kind == "full"
            assert not (folder / "backups").exists() or not list((folder / "backups").iterdir())
            for _ in range(2):  # the children's work is stored as before
                piece = library.new_piece(writer.id, "book")
                library.update_page(library.pages(piece.id)[0].id, words="more " * 300)
        finally:
            library.close()
