"""Real libraries, damaged the ways disks and people damage them, for the rescue tests."""

from __future__ import annotations

import random
from pathlib import Path

from nook.core.library import LIBRARY_FILE, Library

PAGE = 4096


def filled_library(data_dir: Path, pieces: int = 120) -> dict[str, int]:
    """A closed library with one writer and `pieces` books of typed words; returns row counts."""
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    with library.transaction():
        for i in range(pieces):
            piece = library.new_piece(writer.id, "book")
            for page in library.pages(piece.id):
                library.update_page(page.id, words=f"the fox number {i} ran over the hill and far away " * 3)
    library.set_state("last_writer", writer.id)
    counts = {t: library.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("pieces", "pages")}
    library.close()
    return counts


def data_pages(path: Path) -> list[int]:
    """Page numbers (0-based) that are table leaves holding rows (type 13), not page 1."""
    data = path.read_bytes()
    return [n for n in range(1, len(data) // PAGE) if data[n * PAGE] == 13]


def flip_bytes_in_page(data_dir: Path, page: int, seed: int, count: int = 20) -> None:
    path = data_dir / LIBRARY_FILE
    raw = bytearray(path.read_bytes())
    offset = page * PAGE + random.Random(seed).randrange(8, PAGE - count)
    for k in range(count):
        raw[offset + k] ^= 0xFF
    path.write_bytes(bytes(raw))


def truncate(data_dir: Path, keep_fraction: float) -> None:
    path = data_dir / LIBRARY_FILE
    raw = path.read_bytes()
    path.write_bytes(raw[: int(len(raw) * keep_fraction)])


def damage_header(data_dir: Path) -> None:
    path = data_dir / LIBRARY_FILE
    raw = bytearray(path.read_bytes())
    raw[0:100] = bytes(random.Random(7).randrange(256) for _ in range(100))
    path.write_bytes(bytes(raw))
