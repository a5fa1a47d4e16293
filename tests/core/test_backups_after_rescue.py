"""After a damaged library is rescued, the backups from before the damage are kept until a
grown-up puts one back (or lets them go), however many days of closes follow.

Found by the walk with real faults: the rescued library is nearly empty, a backup of it is
made at every close, and the thinning (7 daily, 4 weekly) pushed the class's good backups
out over the following days; a family who did not notice for a week lost the class's work."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from nook.core import backups
from nook.core.library import LIBRARY_FILE, Library


def _a_class_with_backups(data_dir: Path, new_library) -> list[str]:
    """A library with a class's work backed up at each close for 20 days of March; its
    backups' names (thinned as the app thins them)."""
    library = new_library(data_dir)
    writer = library.add_writer("Maya", "fox")
    for _ in range(3):
        library.new_piece(writer.id, "book")
    for day in range(20):
        backups.make_backup(library.path, now=datetime(2026, 3, 1, 15) + timedelta(days=day))
    library.close()
    return sorted(path.name for _made, path in backups.backup_files(data_dir))


def _closes(library: Library, first: datetime, days: int) -> None:
    for day in range(days):
        backups.make_backup(library.path, now=first + timedelta(days=day))


def test_the_backups_from_before_the_damage_outlive_weeks_of_closes(data_dir: Path, new_library, app_log) -> None:
    from nook.library_start import open_library

    app_log.expect("The library was damaged")
    before = _a_class_with_backups(data_dir, new_library)
    assert len(before) == 7 + 3  # (the weeks of 1-13 March)
    (data_dir / LIBRARY_FILE).write_bytes(b"not a library at all " * 400)  # the damage
    library = open_library(data_dir, 0)
    try:
        assert library.state("recovered_from")
        _closes(library, datetime(2026, 3, 21, 15), 40)  # nobody notices for weeks
    finally:
        library.close()
    names = {path.name: path for _made, path in backups.backup_files(data_dir)}
    assert set(before) <= set(names)  # every one still there
    assert all(backups.verify(names[name])["pieces"] == 3 for name in before)
    assert len(names) <= len(before) + 7 + 4  # and the disk stays bounded

    # Once a grown-up has put one back, the backups are thinned as usual again.
    backups.restore(data_dir, names[before[-1]])
    library = Library.open(data_dir)
    try:
        assert library.count_pieces(None) == 3
        _closes(library, datetime(2026, 5, 1, 15), 8)
    finally:
        library.close()
    assert len(backups.backup_files(data_dir)) == 7 + 4


def test_a_grown_up_who_is_done_with_them_lets_them_go(data_dir: Path, new_library, app_log) -> None:
    from nook.library_start import open_library

    app_log.expect("The library was damaged")
    before = _a_class_with_backups(data_dir, new_library)
    (data_dir / LIBRARY_FILE).write_bytes(b"")  # emptied, backups beside it: damage too
    library = open_library(data_dir, 0)
    try:
        _closes(library, datetime(2026, 3, 21, 15), 10)
        assert set(before) <= {path.name for _made, path in backups.backup_files(data_dir)}
        backups.let_go_of_held(data_dir)
        _closes(library, datetime(2026, 3, 31, 15), 1)
    finally:
        library.close()
    assert len(backups.backup_files(data_dir)) == 7 + 4
