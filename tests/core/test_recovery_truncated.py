"""A small library cut in half gives back the rows still in the half that is left.

Found by walker4 with real faults: a class's library cut to half its size rescued 0
pieces. In a small library the schema's own pages (the list of tables and where each
starts) lie past the middle of the file, so the cut lost them; the rows' pages before the
cut were then "nobody's", and were given to a table only by their number of columns:
writers and pages both have 8, so neither was given back, and every piece, whose writer
was gone, was refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nook.core.library import LIBRARY_FILE, Library, LibraryDamaged
from nook.core.recovery import salvage


def test_half_a_small_library_gives_back_its_writer_pieces_and_words(data_dir: Path, new_library) -> None:
    library = new_library(data_dir)
    writer = library.add_writer("Maya", "fox")
    for number in range(3):
        piece = library.new_piece(writer.id, "book")
        for page in library.pages(piece.id):
            library.update_page(page.id, words=f"the dog {number} ran far")
    library.set_setting("button_size", 96)
    library.close()
    path = data_dir / LIBRARY_FILE
    os.truncate(path, path.stat().st_size // 2)  # as `truncate -s` does it
    with pytest.raises(LibraryDamaged):
        Library.open(data_dir)
    rescued_library, _kept, rescued = salvage(data_dir)
    try:
        assert (rescued["writers"], rescued["pieces"], rescued["pages"]) == (1, 3, 6), rescued
        assert [w.name for w in rescued_library.writers()] == ["Maya"]
        pieces = rescued_library.search(None, "dog")
        words = sorted(page.words for piece in pieces for page in rescued_library.pages(piece.id))
        assert words == sorted(f"the dog {n} ran far" for n in range(3) for _ in range(2)), words
    finally:
        rescued_library.close()
