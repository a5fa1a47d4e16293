"""A writer with no name (a child who tapped only a picture) has no dangling dash in a
class book's table of contents. Found on the walk (a class of 25, a talking class book,
its nav.xhtml read): every piece of the nameless writer was listed "piece 7: my dog and
the park - ", a named writer's "... - Mia"."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

from nook.core.library import Library
from nook.export.class_book import class_book_epub
from nook.export.selection import gather


def test_a_nameless_writers_pieces_are_listed_by_their_titles(library: Library, nook_app, tmp_path: Path) -> None:
    for name, words in (("Al", "My cat"), ("   ", "My dog")):
        writer = library.add_writer(name, "fox")
        piece = library.new_piece(writer.id, "sign")
        library.update_page(library.pages(piece.id)[0].id, words=words)
    book = class_book_epub(library, gather(library), tmp_path / "class.epub", "Room 4", date(2026, 12, 4), audio=False)
    with zipfile.ZipFile(book) as epub:
        nav = next(epub.read(name).decode() for name in epub.namelist() if name.endswith("nav.xhtml"))
    entries = [entry.strip() for entry in re.findall(r"<a [^>]*>([^<]*)</a>", nav)]
    assert "My cat - Al" in entries and "My dog" in entries
    assert [entry for entry in entries if entry.endswith("-")] == []
