"""An Arabic or Hebrew writer's name (or a title in those letters) in an exported book's
metadata: told its direction as each format's standard says.

Looked at on the walk (pdfinfo, the ePub's package document, epubcheck): a PDF's Title
"My cat by سارة" is a phrase of ours with the name set into it, and PDF text strings have
no direction of their own, so the name goes in as the app's screens set it, isolated
(U+2068/U+2069); the PDF named no Author at all. An ePub's dc:creator and dc:title are the
name and the title alone: EPUB 3.3 gives metadata a `dir` attribute for that (the package's
base direction on <package>, and `dir` on an element whose direction differs), not
control characters, and a reading system without it guesses."""

from __future__ import annotations

import pytest
from epub_helpers import DC, OPF, assert_epubcheck_clean, open_book
from export_helpers import info

from nook.core.library import Library
from nook.export.pdf import export_pdf
from nook.export.talking_book import export_talking_book

SARA = "\u0633\u0627\u0631\u0629"  # سارة
MY_CAT = "\u05d4\u05d7\u05ea\u05d5\u05dc \u05e9\u05dc\u05d9"  # החתול שלי


def a_book(library: Library, name: str, title: str) -> str:
    writer = library.add_writer(name, "fox")
    piece = library.new_piece(writer.id, "book")
    cover, first = library.pages(piece.id)[:2]
    library.update_page(cover.id, words=title)
    library.update_page(first.id, words="The cat is big.")
    return piece.id


def test_a_pdf_names_the_writer_as_its_author_and_isolates_the_name_in_its_title(
    library: Library, nook_app, tmp_path
) -> None:
    found = info(export_pdf(library, a_book(library, SARA, "My cat"), tmp_path / "book.pdf"))
    assert found["Title"] == f"My cat by \u2068{SARA}\u2069"
    assert found["Author"] == SARA


def test_an_epub_gives_right_to_left_metadata_its_direction_by_dir(library: Library, nook_app, tmp_path) -> None:
    book = open_book(export_talking_book(library, a_book(library, SARA, MY_CAT), tmp_path / "book.epub", audio=False))
    assert book.opf.tag == f"{OPF}package" and book.opf.get("dir") == "ltr"  # an English book
    [creator] = book.opf.iter(f"{DC}creator")
    [title] = book.opf.iter(f"{DC}title")
    assert (creator.text, creator.get("dir")) == (SARA, "rtl")  # the name alone, no marks
    assert (title.text, title.get("dir")) == (MY_CAT, "rtl")
    [language] = book.opf.iter(f"{DC}language")
    assert language.get("dir") is None


def test_a_left_to_right_name_and_title_get_no_dir_of_their_own(library: Library, nook_app, tmp_path) -> None:
    book = open_book(
        export_talking_book(library, a_book(library, "Maya", "My cat"), tmp_path / "book.epub", audio=False)
    )
    assert [el.get("dir") for el in (*book.opf.iter(f"{DC}creator"), *book.opf.iter(f"{DC}title"))] == [None, None]


@pytest.mark.slow  # epubcheck is a Java program
def test_epubcheck_passes_the_right_to_left_metadata(library: Library, nook_app, tmp_path) -> None:
    assert_epubcheck_clean(
        export_talking_book(library, a_book(library, SARA, MY_CAT), tmp_path / "book.epub", audio=False)
    )


def test_a_class_books_title_isolates_a_right_to_left_class_name(library: Library, nook_app, tmp_path) -> None:
    from datetime import date

    from nook.export.class_book import class_book_pdf
    from nook.export.selection import gather

    a_book(library, "Maya", "My cat")
    room = "\u05db\u05d9\u05ea\u05d4 4"  # כיתה 4: "Room 4", a teacher's Hebrew
    found = info(class_book_pdf(library, gather(library), tmp_path / "class.pdf", room, date(2026, 12, 4)))
    assert found["Title"].endswith(f": \u2068{room}\u2069")
