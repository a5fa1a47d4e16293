"""Exports word their phrases through translation (the PDF's "by …" line, a talking
book's page titles and pictures' descriptions, the class book's pages); the writer's
name and words never are, and the language tag stays the writer's."""

from __future__ import annotations

from datetime import date

from epub_helpers import DC, open_book
from export_helpers import info

from nook.core.library import Library
from nook.export.class_book import class_book_epub
from nook.export.pdf import export_pdf
from nook.export.selection import gather
from nook.export.talking_book import export_talking_book
from tests.translation_helpers import marked, translated


def test_the_pdf_title_says_by_in_the_language_and_the_name_as_typed(library: Library, writer, nook_app, tmp_path):
    piece = library.new_piece(writer.id, "sign")
    with translated("Export"):
        path = export_pdf(library, piece.id, tmp_path / "sign.pdf")
    assert info(path)["Title"] == marked("{title} by {name}").format(title=marked("Sign"), name="Maya")


def test_a_talking_book_is_worded_in_the_language_and_tagged_with_the_writers(
    library: Library, writer, nook_app, tmp_path
) -> None:
    # The writer's language is the one installed here (English, marked); a writer of
    # another language gets their own (test_export_in_writers_language.py).
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[-1].id, words="the dog")
    with translated("Export"):
        book = open_book(export_talking_book(library, piece.id, tmp_path / "b.epub", audio=False))
    page = book.files[book.pages[0]].decode()
    assert book.opf.findtext(f".//{DC}language") == "en" and 'xml:lang="en"' in page
    assert 'alt="' + marked("{name}'s picture").format(name="Maya") + '"' in page


def test_the_class_book_pages_are_worded_in_the_language(library: Library, writer, nook_app, tmp_path) -> None:
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[-1].id, words="Keep out")
    with translated("Export"):
        path = class_book_epub(library, gather(library), tmp_path / "c.epub", "Room 4", date(2026, 12, 2), audio=False)
    nav = open_book(path).files["EPUB/nav.xhtml"].decode()
    assert marked("Our class book") + ": Room 4" in nav and marked("Our writers") in nav
    assert "Keep out - Maya" in nav  # the piece's title and the writer's name as they are
