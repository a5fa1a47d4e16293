"""A library file removed while it is open is written back in its place (found live:
the data folder removed under the running app, the child's next words stored into the
removed file, and everything gone at quit)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from nook.core import safety
from nook.core.library import LIBRARY_FILE, Library
from nook.core.vanished import FileInPlace


def _writers(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM writers ORDER BY name")]
    finally:
        conn.close()


def test_a_library_whose_folder_was_removed_is_written_back_whole_and_kept_up_to_date(tmp_path: Path, app_log) -> None:
    app_log.expect(r"was removed while it was open: it is written back in its place")
    folder = tmp_path / "lib"
    folder.mkdir()
    library = Library.open(folder)
    try:
        library.add_writer("Maya", "fox")
        in_place = FileInPlace(library)
        assert not in_place.keep()  # nothing to do while the file is where it was
        shutil.rmtree(folder)
        library.add_writer("Leo", "cat")  # stored, into the removed file
        assert not (folder / LIBRARY_FILE).exists()
        assert in_place.keep()
        assert _writers(folder / LIBRARY_FILE) == ["Leo", "Maya"]
        library.add_writer("Zoe", "owl")  # still into the removed file: written back again
        assert in_place.keep()
        assert _writers(folder / LIBRARY_FILE) == ["Leo", "Maya", "Zoe"]
    finally:
        library.close()
    again = Library.open(folder)
    try:
        assert [note.notice.kind for note in safety.list_notes(again)] == ["library_put_back"]
        assert again.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        again.close()


def test_a_file_somebody_else_put_in_its_place_is_left_alone(tmp_path: Path, app_log) -> None:
    app_log.expect(r"is another file than the one Writing Nook opened")
    folder = tmp_path / "lib"
    folder.mkdir()
    library = Library.open(folder)
    try:
        in_place = FileInPlace(library)
        other = tmp_path / "other.db"
        sqlite3.connect(other).close()
        (folder / LIBRARY_FILE).unlink()
        shutil.copy(other, folder / LIBRARY_FILE)
        before = (folder / LIBRARY_FILE).read_bytes()
        assert not in_place.keep()
        assert (folder / LIBRARY_FILE).read_bytes() == before
    finally:
        library.close()
