"""A library in a folder that cannot be written, left with a -wal holding committed work
(a crash, a copy taken while the app ran): opened read-only, the WAL's work is seen."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.core.library import LIBRARY_FILE, Library


@pytest.fixture
def frozen_with_wal(tmp_path: Path) -> Iterator[Path]:
    """library.db and a non-empty library.db-wal (no -shm) in an immutable folder."""
    live = tmp_path / "live"
    live.mkdir()
    library = Library.open(live)
    library.add_writer("Maya", "fox")
    library.checkpoint()
    library.db.execute("PRAGMA wal_autocheckpoint=0")
    library.add_writer("Sam", "owl")  # only in the -wal
    frozen = tmp_path / "frozen"
    frozen.mkdir()
    for name in (LIBRARY_FILE, f"{LIBRARY_FILE}-wal"):
        shutil.copyfile(live / name, frozen / name)
    library.db.close()
    assert (frozen / f"{LIBRARY_FILE}-wal").stat().st_size > 0
    if os.geteuid() != 0:
        pytest.skip("needs root for chattr +i")
    files = [str(p) for p in frozen.iterdir()]
    if subprocess.run(["chattr", "+i", *files, str(frozen)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not possible on this filesystem")
    try:
        yield frozen
    finally:
        subprocess.run(["chattr", "-i", *files, str(frozen)], check=True)


def test_a_read_only_folder_with_a_wal_opens_with_the_wals_work(frozen_with_wal: Path) -> None:
    library = Library.open(frozen_with_wal)
    try:
        assert library.read_only
        assert sorted(w.name for w in library.writers()) == ["Maya", "Sam"]
        with pytest.raises(sqlite3.Error):
            library.db.execute("INSERT INTO writers (id, name, avatar) VALUES ('x', 'x', 'x')")
    finally:
        library.close()
    assert sorted(p.name for p in frozen_with_wal.iterdir()) == [LIBRARY_FILE, f"{LIBRARY_FILE}-wal"]
