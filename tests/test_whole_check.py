"""A library with a year of photos opens without reading every photo's page first, and is
still checked whole: after the first screen, in a worker, damage found there rescued at
the next start. Real SQLite files, damaged on disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from nook.core import opening
from nook.core.library import LIBRARY_FILE, Library, LibraryDamaged
from nook.ui import whole_check

PHOTO_BYTES = 300_000


def photo_bytes(n: int) -> bytes:
    """A photo's worth of bytes, each photo's its own: (n * 7 + k) % 251 for the k-th byte,
    as the cycle of 0..250 it is (made byte by byte in Python, 1.8 million a library)."""
    cycle = bytes(range(251))
    start = n * 7 % 251
    return ((cycle[start:] + cycle[:start]) * (PHOTO_BYTES // 251 + 1))[:PHOTO_BYTES]


def library_with_photos(data_dir: Path, photos: int = 6) -> None:
    """A closed library with a writer, a book and `photos` photos' worth of media rows."""
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    library.new_piece(writer.id, "book")
    with library.transaction():
        for n in range(photos):
            library.db.execute(
                "INSERT INTO media (hash, data, mime, width, height) VALUES (?, ?, 'image/jpeg', 2048, 1536)",
                [f"photo{n}", photo_bytes(n)],
            )
    library.close()


def pages_of(path: Path, table: str, kind: str) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [
            row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ?", [table, kind])
        ]


def spoil_page(path: Path, pageno: int, head_only: bool = False) -> None:
    size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    raw = bytearray(path.read_bytes())
    start = (pageno - 1) * size
    raw[start : start + (8 if head_only else size)] = b"\xff" * (8 if head_only else size)
    path.write_bytes(bytes(raw))


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every library counts as big (one too big to check whole as it opens)."""
    monkeypatch.setattr(opening, "WHOLE_CHECK_AT_OPEN_BYTES", 0)


def test_a_small_library_is_still_checked_whole_as_it_opens(tmp_path: Path) -> None:
    library_with_photos(tmp_path)
    spoil_page(tmp_path / LIBRARY_FILE, pages_of(tmp_path / LIBRARY_FILE, "media", "overflow")[3])
    with pytest.raises(LibraryDamaged):
        Library.open(tmp_path)


def test_a_big_library_opens_without_its_photos_pages_and_they_are_checked_after(
    big, qtbot, app_log, tmp_path: Path
) -> None:
    app_log.expect("whole check of .* found damage")
    library_with_photos(tmp_path)
    path = tmp_path / LIBRARY_FILE
    spoil_page(path, pages_of(path, "media", "overflow")[3])  # inside a photo's bytes

    library = Library.open(tmp_path)  # opens: the child's tables are sound
    assert library.checked_whole is False
    assert library.writers()[0].name == "Maya"

    parent = QObject()
    check = whole_check.check_later(library, parent)
    assert check is not None
    qtbot.waitUntil(lambda: check.problems is not None, timeout=20_000)  # told in the UI thread
    assert check.problems, "the whole check finds the spoilt photo page"
    library.close()

    # The next start rescues, as after a grown-up's full check that found damage.
    with pytest.raises(LibraryDamaged, match="grown-up's check"):
        Library.open(tmp_path)


def test_a_healthy_big_library_is_left_as_it_is(big, qtbot, tmp_path: Path) -> None:
    library_with_photos(tmp_path)
    library = Library.open(tmp_path)
    assert library.checked_whole is False
    parent = QObject()
    check = whole_check.check_later(library, parent)
    assert check is not None
    qtbot.waitUntil(lambda: check.problems is not None, timeout=20_000)
    assert check.problems == []
    assert library.state(opening.RESCUE_NEXT_START) is None
    library.close()
    Library.open(tmp_path).close()


def test_damage_in_the_childrens_own_tables_still_stops_a_big_library_at_open(big, tmp_path: Path) -> None:
    library_with_photos(tmp_path)
    path = tmp_path / LIBRARY_FILE
    leaf = pages_of(path, "pages", "leaf") or pages_of(path, "pages", "internal")
    spoil_page(path, leaf[0], head_only=True)
    with pytest.raises(LibraryDamaged):
        Library.open(tmp_path)


def test_a_library_checked_whole_as_it_opened_starts_no_second_check(tmp_path: Path) -> None:
    library_with_photos(tmp_path, photos=1)
    library = Library.open(tmp_path)
    assert library.checked_whole is True
    parent = QObject()
    assert whole_check.check_later(library, parent) is None
    library.close()


def test_an_interrupted_check_says_nothing(big, qapp, tmp_path: Path) -> None:
    library_with_photos(tmp_path)
    library = Library.open(tmp_path)
    parent = QObject()
    check = whole_check.WholeCheck(library, parent)
    check.stop()  # the program ends before the check could run
    check.start()
    check.join(10)
    qapp.processEvents()  # a result sent to the UI thread would be taken here
    assert check.problems is None
    assert library.state(opening.RESCUE_NEXT_START) is None
    library.close()
