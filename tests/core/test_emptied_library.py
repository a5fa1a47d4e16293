"""A library file found empty, where backups show there was a library, is damage: said,
and the backups offered; never a silent new, empty library.

Seen on the walk: library.db cut to 0 bytes (as a power cut on a USB stick's FAT can
leave it), its backups beside it. Writing Nook opened it as a library made just now:
"Who is writing?" showed only "New writer", with no word that a class of 29 writers was
gone or that a backup of it was a tap away, and the backup made at close, and each day
after, was of the empty library, pushing the class's backups out as they were thinned."""

from __future__ import annotations

from pathlib import Path

import pytest

from nook.core import backups
from nook.core.library import LIBRARY_FILE, Library, LibraryDamaged


def _emptied(folder: Path, new_library) -> Path:
    library = new_library(folder)
    library.add_writer("Maya", "fox")
    backups.make_backup(library.path)
    library.close()
    (folder / LIBRARY_FILE).write_bytes(b"")
    return folder


def test_an_emptied_library_with_backups_is_damage(tmp_path: Path, new_library) -> None:
    folder = _emptied(tmp_path / "lib", new_library)
    with pytest.raises(LibraryDamaged):
        Library.open(folder)
    assert (folder / LIBRARY_FILE).read_bytes() == b""  # nothing moved or made here


def test_the_start_keeps_the_empty_file_aside_and_says_so(tmp_path: Path, new_library, app_log) -> None:
    from nook.library_start import open_library

    app_log.expect("library file is empty")
    folder = _emptied(tmp_path / "lib", new_library)
    library = open_library(folder, wait=0)
    try:
        assert library.notice is not None and library.notice.kind == "rescued"
        assert backups.list_backups(folder)[0].writers == 1  # the class's backup, offered
    finally:
        library.close()


def test_an_empty_file_with_no_backups_is_a_new_library(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / LIBRARY_FILE).write_bytes(b"")
    library = Library.open(folder)
    try:
        assert library.writers() == []
    finally:
        library.close()
