"""Only real damage is damage: busy, read-only, full and newer libraries are said, never moved."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.core.library import (
    LIBRARY_FILE,
    Library,
    LibraryBusy,
    LibraryDamaged,
    LibraryDiskFull,
    LibraryRefused,
)
from nook.core.notices import Notice
from nook.core.recovery import salvage
from tests.small_disk import fill
from tests.small_disk import small_disk as a_small_disk

HOLD_LOCK = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN EXCLUSIVE')\n"
    "print('locked', flush=True)\n"
    "sys.stdin.read()\n"
)


@pytest.fixture
def lock_holder(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """A real second process holding an EXCLUSIVE lock on the library until the test ends."""
    library = Library.open(data_dir)
    library.add_writer("Maya", "fox")
    library.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir / LIBRARY_FILE)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    yield holder
    assert holder.stdin is not None
    if not holder.stdin.closed:
        holder.stdin.close()
    holder.wait(timeout=10)
    holder.stdout.close()


def names_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_a_library_another_program_holds_is_busy_and_nothing_is_moved(data_dir: Path, lock_holder) -> None:
    before = (data_dir / LIBRARY_FILE).read_bytes()
    with pytest.raises(LibraryBusy) as raised:
        Library.open(data_dir, busy_wait=0.2)
    assert "Another program is using the library" in str(raised.value)
    assert not any(".damaged" in name for name in names_in(data_dir))
    assert (data_dir / LIBRARY_FILE).read_bytes() == before


def test_once_the_other_program_lets_go_the_library_opens(data_dir: Path, lock_holder) -> None:
    with pytest.raises(LibraryBusy):
        Library.open(data_dir, busy_wait=0.1)
    lock_holder.stdin.close()
    lock_holder.wait(timeout=10)
    library = Library.open(data_dir, busy_wait=0.1)
    try:
        assert [w.name for w in library.writers()] == ["Maya"]
    finally:
        library.close()


@pytest.fixture
def unwritable_library(data_dir: Path) -> Iterator[Path]:
    """A library that cannot be written: immutable as root (root ignores modes), 0555 otherwise."""
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    library.set_state("last_writer", writer.id)
    library.close()
    path = data_dir / LIBRARY_FILE
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not possible on this filesystem")
        data_dir.chmod(0o555)
        yield path
        subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o444)
        data_dir.chmod(0o555)
        yield path
    data_dir.chmod(0o755)


def test_a_library_that_cannot_be_written_opens_read_only_and_says_so(unwritable_library: Path) -> None:
    library = Library.open(unwritable_library.parent)
    try:
        assert library.read_only
        assert library.notice == Notice("read_only", {"path": str(unwritable_library)})
        assert [w.name for w in library.writers()] == ["Maya"]
        # Storing the last place crashed every start here: now it is remembered for this visit.
        library.set_state("last_writer", None)
        assert library.state("last_writer") is None
    finally:
        library.close()


def test_a_library_made_by_a_newer_writing_nook_is_only_looked_at(data_dir: Path) -> None:
    library = Library.open(data_dir)
    library.add_writer("Maya", "fox")
    library.db.execute("INSERT INTO _migrations (name, applied) VALUES ('0099_from_the_future', 'later')")
    library.db.execute("ALTER TABLE pieces ADD COLUMN colour_of_the_future TEXT NOT NULL DEFAULT 'x'")
    library.db.conn.commit()
    library.close()
    again = Library.open(data_dir)
    try:
        assert again.read_only and again.notice == Notice("newer")
        assert [w.name for w in again.writers()] == ["Maya"]
        with pytest.raises(sqlite3.OperationalError):
            again.add_writer("Leo", "cat")
    finally:
        again.close()


def test_a_fifo_in_place_of_the_library_is_refused_without_hanging(data_dir: Path) -> None:
    os.mkfifo(data_dir / LIBRARY_FILE)
    with pytest.raises(LibraryRefused):
        Library.open(data_dir)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 512 KB filesystem (tmpfs, as root); skipped with the reason where mounting is not allowed."""
    with a_small_disk(tmp_path / "small", "512k") as folder:
        yield folder


def test_a_full_disk_says_so_and_leaves_no_library_behind_as_damage(small_disk: Path) -> None:
    fill(small_disk)
    with pytest.raises(LibraryDiskFull) as raised:
        Library.open(small_disk)
    assert "full" in str(raised.value)
    assert not any(".damaged" in name for name in names_in(small_disk))


def test_rescuing_on_a_full_disk_moves_nothing(small_disk: Path) -> None:
    library = Library.open(small_disk)
    library.add_writer("Maya", "fox")
    library.close()
    path = small_disk / LIBRARY_FILE
    raw = bytearray(path.read_bytes())
    raw[0:16] = b"garbage garbage!"
    path.write_bytes(bytes(raw))
    with pytest.raises(LibraryDamaged):
        Library.open(small_disk)
    fill(small_disk)
    with pytest.raises(LibraryDiskFull):
        salvage(small_disk)
    assert path.read_bytes() == bytes(raw)
    assert names_in(small_disk) == {LIBRARY_FILE, "filler"}


def test_a_damaged_file_is_only_set_aside_after_the_new_library_is_made(data_dir: Path) -> None:
    (data_dir / LIBRARY_FILE).write_bytes(b"not a library at all" * 300)
    with pytest.raises(LibraryDamaged):
        Library.open(data_dir)
    library, kept, _rescued = salvage(data_dir)
    library.close()
    assert kept.read_bytes() == b"not a library at all" * 300
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(".rescue")) == []
    shutil.rmtree(data_dir)


def test_a_folder_that_cannot_be_written_and_holds_no_library_is_refused_plainly(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not possible on this filesystem")
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(LibraryRefused) as refused:
            Library.open(folder)
        assert "cannot make its library" in str(refused.value)
        assert list(folder.iterdir()) == []
    finally:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
        folder.chmod(0o755)


def test_opening_a_library_does_not_look_for_sqlite_utils_plugins(data_dir: Path) -> None:
    # Looking scans the entry points of every installed package: time at each start,
    # for plugins the app never uses.
    import sqlite_utils.plugins

    sqlite_utils.plugins._plugins_loaded = False  # as in a fresh process
    Library.open(data_dir).close()
    Library.open(data_dir).close()  # a second open, once it exists (another path in open)
    assert sqlite_utils.plugins._plugins_loaded is False


def _another_programs_file(path: Path) -> None:
    """A music player's library.db: SQLite, with tables of its own."""
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, path TEXT, title TEXT)")
    other.executemany(
        "INSERT INTO items (path, title) VALUES (?, ?)", [(f"/music/{n}.mp3", f"Song {n}") for n in range(50)]
    )
    other.commit()
    other.close()


@pytest.mark.parametrize("writable", [True, False], ids=["writable", "read_only"])
def test_another_programs_database_is_refused_and_left_as_it_was(data_dir: Path, writable: bool) -> None:
    """Found on the walk: a folder whose library.db was another program's SQLite file (a
    music player's library.db, say) opened as a new library: Writing Nook wrote its own
    tables into that program's file. Such a file is refused, its bytes untouched (where
    it cannot be written, refused as another program's, not as an older Writing Nook's)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LIBRARY_FILE
    _another_programs_file(path)
    before = path.read_bytes()
    if not writable:
        if os.geteuid() != 0 or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            path.chmod(0o444)
        data_dir.chmod(0o555)
    try:
        with pytest.raises(LibraryRefused) as refused:
            Library.open(data_dir)
    finally:
        data_dir.chmod(0o755)
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    assert refused.value.why == "not_ours"
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [LIBRARY_FILE]  # no backup, no -wal left
