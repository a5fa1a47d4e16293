"""A big backpack (issue 9 item 9): its pages are stored together, not asked for and
inserted one by one, and page ids already taken here are given new ones."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.core import backpack, backpack_file
from nook.core.library import Library

PAGES = 1000


@pytest.fixture
def away(tmp_path: Path) -> Iterator[Library]:
    (tmp_path / "away").mkdir()
    library = Library.open(tmp_path / "away")
    yield library
    library.close()


def big_piece(library: Library) -> str:
    """A book of PAGES pages (stored in one statement: adding them one by one takes a minute)."""
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "book")
    with library.transaction():
        library.db.conn.executemany(
            "INSERT INTO pages (id, piece_id, position, role, words, picture, extras, updated) "
            "VALUES (?, ?, ?, 'page', ?, '{}', '{}', 'x')",
            [(f"page{n}", piece.id, n + 2, f"page {n}") for n in range(PAGES - 2)],
        )
    return piece.id


def statements_while(library: Library, work) -> list[str]:
    said: list[str] = []
    library.db.conn.set_trace_callback(said.append)
    try:
        work()
    finally:
        library.db.conn.set_trace_callback(None)
    return said


def test_a_thousand_page_piece_is_brought_in_without_asking_for_each_page(library, away, tmp_path) -> None:
    piece_id = big_piece(away)
    path = backpack.write_backpack(away, [piece_id], tmp_path / "big.nook").path
    incoming = backpack.read(path)
    said = statements_while(library, lambda: backpack.unpack(library, incoming))
    asked_by_id = [s for s in said if s.startswith("SELECT") and "FROM pages WHERE id" in s]
    assert len(asked_by_id) <= PAGES // 100, f"{len(asked_by_id)} look-ups of single pages"
    assert [p.words for p in library.pages(piece_id)] == [p.words for p in away.pages(piece_id)]


def test_page_ids_already_here_get_new_ones_and_free_ones_are_kept(library, away, tmp_path) -> None:
    piece_id = big_piece(away)
    pages = away.pages(piece_id)
    incoming = backpack.read(backpack.write_backpack(away, [piece_id], tmp_path / "big.nook").path)
    writer = library.add_writer("Leo", "owl")
    here = library.new_piece(writer.id, "sign")  # its one page takes the id of the 6th page
    library.db.execute("UPDATE pages SET id = ? WHERE piece_id = ?", [pages[5].id, here.id])
    library.db.conn.commit()
    backpack.unpack(library, incoming)
    brought = library.pages(piece_id)
    assert [p.words for p in brought] == [p.words for p in pages]
    ids = [p.id for p in brought]
    assert len(set(ids)) == PAGES
    assert ids[5] != pages[5].id
    assert ids[:5] + ids[6:] == [p.id for p in pages[:5] + pages[6:]]
    assert library.pages(here.id)[0].id == pages[5].id


def test_the_manifest_is_written_compactly(away, tmp_path) -> None:
    """Indented, the manifest took ~120 bytes for each page of this book (short ids, two
    words); compact, ~75: over half as many pages again fit in the 64 MB a manifest may hold."""
    piece_id = big_piece(away)
    path = backpack.write_backpack(away, [piece_id], tmp_path / "big.nook").path
    with zipfile.ZipFile(path) as archive:
        size = archive.getinfo("manifest.json").file_size
    per_page = size / PAGES
    fit = backpack_file.MAX_MANIFEST_BYTES / per_page
    print(f"{per_page:.0f} bytes a page: {fit:,.0f} such pages fit in a manifest")
    assert per_page < 80
