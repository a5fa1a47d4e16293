"""A class book keeps a long name to its own place: on the contents page each writer's
name stays in its cell (it began before the cell and ran into the next name: "uadalupe
Fernández de la SantWWWWWWWWWWWW"), and the band over their pages stays on the page
(in smaller letters, or cut short with "…")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from export_helpers import run

from nook.core.library import Library
from nook.export.class_book import class_book_pdf
from nook.export.selection import gather

LONG = "Maximiliana Guadalupe Fernández de la Santísima Trinidad"
WIDE = "W" * 60


def page_text(pdf: Path, page: int) -> str:
    return run("pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-")


def test_long_names_stay_in_their_cells_and_on_their_band(library: Library, nook_app, tmp_path: Path) -> None:
    for name, avatar in ((LONG, "fox"), (WIDE, "cat"), ("Al", "dog")):
        writer = library.add_writer(name, avatar)
        piece = library.new_piece(writer.id, "sign")
        library.update_page(library.pages(piece.id)[0].id, words="Hello")
    pdf = class_book_pdf(library, gather(library), tmp_path / "class.pdf", "Room 4", date(2026, 12, 3))
    contents = page_text(pdf, 2)
    # Each name begins where it should (its start is not cut off) and ends in "…" where
    # the cell ends, so the names stand apart: "Al" is still a word of its own.
    assert "Maximiliana" in contents and "…" in contents
    assert WIDE not in contents and LONG not in contents
    assert " Al " in f" {contents} " or "\nAl" in contents or "Al\n" in contents
    # Over their pages: a long name in smaller letters, one too long even so cut short.
    assert LONG in page_text(pdf, 3)
    band = page_text(pdf, 4)
    assert "WWWW" in band and WIDE not in band and "…" in band
