"""A backpack's limits agree with each other and with what the app can bring in (issue 9
item 9): the counts allowed 900 books of 1,000 pages, whose manifest (~90 MB) was then
refused for its size. The largest allowed backpack is accepted; one step past each limit
is refused in a grown-up's words, and packing refuses what opening would refuse.

The largest backpack brought in through the grown-up corner, with its memory and the
window's ticks, is tests/ui/test_largest_backpack.py."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from nook.core import backpack, backpack_file, backpack_manifest
from nook.core.backpack import BackpackRefused
from nook.core.library import Library
from nook.ui.grownup.backpack_words import refusal
from tests.zip_helpers import books_backpack, small_pages_backpack

LARGEST_PAGES = backpack_manifest.MAX_PAGES_PER_PIECE
BOOKS = backpack_manifest.MAX_PAGES // LARGEST_PAGES


def refused_why(path: Path) -> tuple[str, str]:
    with pytest.raises(BackpackRefused) as refused:
        backpack.read(path)
    return refused.value.why, refusal(refused.value)


def test_the_largest_count_of_real_pages_fits_in_the_largest_manifest(tmp_path: Path) -> None:
    """Pages as write_backpack writes them (32-letter ids, a few words): the most pages
    allowed fit in the manifest with room to spare, so the counts are what a real backpack
    meets first."""
    size = books_backpack(tmp_path / "one.nook", [LARGEST_PAGES], words="my dog is big ")
    per_page = size / LARGEST_PAGES
    needed = per_page * backpack_manifest.MAX_PAGES
    print(f"{per_page:.0f} bytes a page: the most pages make {needed / 2**20:.0f} MiB of a 64 MiB manifest")
    assert needed < 0.9 * backpack_file.MAX_MANIFEST_BYTES


def test_one_piece_too_many_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "crowded.nook"
    small_pages_backpack(path, pieces=backpack_manifest.MAX_PIECES + 1, pages=1)
    why, words = refused_why(path)
    assert why == "too_many_pieces"
    assert words == "crowded.nook has too many pieces for one backpack. Pack fewer pieces in each backpack."


def test_one_page_too_many_in_a_piece_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "long.nook"
    books_backpack(path, [3, LARGEST_PAGES + 1])
    why, words = refused_why(path)
    assert why == "piece_too_long"
    assert words == "long.nook has a piece with more pages than Writing Nook keeps in one piece."
    books_backpack(path, [3, LARGEST_PAGES])
    assert backpack.read(path).pieces[1].page_count == LARGEST_PAGES


@pytest.mark.slow
def test_one_page_past_the_largest_backpack_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "many.nook"
    small_pages_backpack(path, pieces=BOOKS + 1, pages=LARGEST_PAGES)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("manifest.json").file_size < backpack_file.MAX_MANIFEST_BYTES
    why, words = refused_why(path)
    assert why == "too_many_pages"
    assert words == "many.nook has too many pages for one backpack. Pack fewer pieces in each backpack."


def manifest_of_size(path: Path, size: int) -> None:
    """A backpack of one book whose pages of long words make the manifest exactly `size` bytes."""
    import json

    # The most letters a page may hold, not a zip bomb's repeats (its ratio is refused).
    words = os.urandom(backpack_manifest.MAX_TEXT // 2).hex()
    pages = [{"id": f"b{p}", "role": "page", "words": words} for p in range(size // len(words))]
    book = {"id": "b", "writer_id": "w", "kind": "book", "finished": False, "created": "x", "updated": "x"}
    manifest = {
        "format": "writing-nook-backpack",
        "format_version": 1,
        "writers": [{"id": "w", "name": "Maya", "avatar": "fox"}],
        "media": [],
        "pieces": [{**book, "pages": pages}],
    }
    cut = len(json.dumps(manifest, separators=(",", ":")).encode()) - size
    pages[-1]["words"] = words[:-cut]
    raw = json.dumps(manifest, separators=(",", ":")).encode()
    assert len(raw) == size
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("manifest.json", raw)


@pytest.mark.slow
def test_the_largest_manifest_is_accepted_and_one_byte_more_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "wordy.nook"
    manifest_of_size(path, backpack_file.MAX_MANIFEST_BYTES)
    incoming = backpack.read(path)
    assert sum(piece.page_count for piece in incoming.pieces) > 60
    manifest_of_size(path, backpack_file.MAX_MANIFEST_BYTES + 1)
    why, words = refused_why(path)
    assert why == "too_many_words"
    assert words == "wordy.nook has too many words for one backpack. Pack fewer pieces in each backpack."


def test_packing_refuses_a_piece_no_writing_nook_would_open(library: Library, writer, tmp_path: Path) -> None:
    book = library.new_piece(writer.id, "book")
    with library.transaction():
        library.db.conn.executemany(
            "INSERT INTO pages (id, piece_id, position, role, words, picture, extras, updated) "
            "VALUES (?, ?, ?, 'page', 'more', '{}', '{}', 'x')",
            [(f"extra{n}", book.id, n + 2) for n in range(LARGEST_PAGES - 1)],
        )
    assert len(library.pages(book.id)) == LARGEST_PAGES + 1
    with pytest.raises(BackpackRefused) as refused:
        backpack.write_backpack(library, [book.id], tmp_path / "Maya.nook")
    assert refused.value.why == "piece_too_long"
    assert list(tmp_path.glob("*.nook*")) == []


def test_packing_refuses_more_photos_than_one_backpack_may_carry() -> None:
    """As many as a backpack may hold pass (entries: the photos and the manifest); one more,
    or more bytes than the file may have, is refused before anything is written."""
    entries = backpack_file.MAX_ENTRIES
    backpack_file.check_packable("Maya.nook", 1, 1, 1, media=entries - 1, media_bytes=entries * 1000)
    for media, media_bytes in ((entries, entries * 1000), (10, backpack_file.MAX_BACKPACK_BYTES)):
        with pytest.raises(BackpackRefused) as refused:
            backpack_file.check_packable("Maya.nook", 1, 1, 1, media=media, media_bytes=media_bytes)
        assert refused.value.why == "too_many_photos"
        assert refusal(refused.value) == (
            "Maya.nook has too many photos and recordings for one backpack. Pack fewer pieces in each backpack."
        )
