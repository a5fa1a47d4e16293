"""A file made from a writer's piece speaks the language the piece is in (the writer's,
or the other one when every page is marked so), whatever language the screen speaks:
a Spanish writer's book exported while the grown-up corner is in English says "por Ana".
The class book's own pages (cover, contents) speak the corner's language. Real
translations (nook_es.qm), real PDF and ePub readers."""

from __future__ import annotations

import re
from datetime import date

import pytest
from epub_helpers import assert_epubcheck_clean, open_book
from export_helpers import info, run
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from nook.core import picture as pic
from nook.core.library import Library
from nook.export.class_book import class_book_epub
from nook.export.images import export_pngs, page_image
from nook.export.pdf import export_pdf
from nook.export.printing import print_piece
from nook.export.selection import gather
from nook.export.talking_book import export_talking_book
from nook.i18n import translate
from nook.ui.language import LanguageSwitch


@pytest.fixture
def ana(library: Library, nook_app):
    """A Spanish writer."""
    writer = library.add_writer("Ana", "fox")
    library.set_setting("language", "es", writer.id)
    return writer


@pytest.fixture
def corner_in_spanish(nook_app):
    switch = LanguageSwitch.shared()
    switch.use("es")
    yield switch
    switch.use("en")


def a_book(library: Library, writer_id: str, words: str) -> str:
    """A book with words on its first page (they are its title)."""
    piece = library.new_piece(writer_id, "book")
    library.update_page(library.pages(piece.id)[1].id, words=words)
    return piece.id


def test_a_spanish_writers_pdf_says_por_while_the_corner_speaks_english(library: Library, ana, tmp_path) -> None:
    path = export_pdf(library, a_book(library, ana.id, "Mi gato"), tmp_path / "b.pdf")
    assert info(path)["Title"] == "Mi gato, por Ana"
    assert "por Ana" in run("pdftotext", str(path), "-")  # the cover's by-line
    assert translate("Export", "Book") == "Book"  # the corner still speaks English


def test_an_english_writers_pdf_says_by_while_the_corner_speaks_spanish(
    library: Library, writer, corner_in_spanish, tmp_path
) -> None:
    path = export_pdf(library, a_book(library, writer.id, "My cat"), tmp_path / "b.pdf")
    assert info(path)["Title"] == "My cat by Maya"
    text = run("pdftotext", str(path), "-")
    assert "by Maya" in text and "por" not in text
    assert translate("Export", "Book") == "Libro"  # the corner still speaks Spanish


def test_a_spanish_writers_talking_book_is_worded_in_spanish(library: Library, ana, tmp_path) -> None:
    book = open_book(export_talking_book(library, a_book(library, ana.id, "Mi gato"), tmp_path / "b.epub", audio=False))
    page = book.files[book.pages[0]].decode()
    assert 'alt="El dibujo de Ana"' in page
    assert "por Ana" in page and "by Ana" not in page  # the cover's by-line


def test_a_spanish_writers_pictures_carry_spanish(library: Library, ana, tmp_path) -> None:
    piece_id = a_book(library, ana.id, "Mi gato")
    (cover_png, _) = export_pngs(library, piece_id, tmp_path)
    cover = library.pages(piece_id)[0]
    english_cover = page_image(library, cover.id)
    switch = LanguageSwitch.shared()
    switch.use("es")
    try:
        spanish_cover = page_image(library, cover.id)
    finally:
        switch.use("en")
    exported = QImage(str(cover_png)).convertToFormat(spanish_cover.format())
    assert exported != english_cover  # "by Ana" would be drawn
    assert exported == spanish_cover  # "por Ana" is


def test_the_class_book_speaks_the_corners_language_and_each_piece_its_writers(
    library: Library, writer, ana, tmp_path
) -> None:
    a_book(library, writer.id, "My cat")
    a_book(library, ana.id, "Mi gato")
    book = open_book(class_book_epub(library, gather(library), tmp_path / "c.epub", "", date(2026, 12, 2), audio=False))
    nav = book.files["EPUB/nav.xhtml"].decode()
    assert "Our class book" in nav and "Mi gato - Ana" in nav
    pages = [book.files[name].decode() for name in book.pages]
    assert any('alt="El dibujo de Ana"' in page and 'xml:lang="es-419"' in page for page in pages)
    assert any('alt="Maya\'s picture"' in page and 'xml:lang="en"' in page for page in pages)


def test_a_spanish_writers_piece_prints_in_spanish(library: Library, ana, tmp_path) -> None:
    piece = library.new_piece(ana.id, "book")  # no words yet: it is called by its kind
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_piece(library, piece.id, printer) == 2
    assert printer.docName() == "Libro"  # what the print queue shows
    assert "por Ana" in run("pdftotext", str(tmp_path / "printed.pdf"), "-")


@pytest.mark.slow  # epubcheck is a Java program
def test_a_class_book_of_two_languages_passes_epubcheck(library: Library, writer, ana, tmp_path) -> None:
    a_book(library, writer.id, "My cat")
    a_book(library, ana.id, "Mi gato")
    switch = LanguageSwitch.shared()
    switch.use("es")  # the corner speaks Spanish: Maya's pages are the other language
    try:
        path = class_book_epub(library, gather(library), tmp_path / "c.epub", "Sala 4", date(2026, 12, 2), audio=False)
    finally:
        switch.use("en")
    assert_epubcheck_clean(path)
    book = open_book(path)
    assert book.text(book.pages[0]).startswith("El libro de nuestra clase Sala 4")


def test_a_talking_books_picture_says_what_is_in_it_in_the_pages_language(
    library: Library, writer, ana, tmp_path
) -> None:
    picture = pic.make_picture(
        [pic.sticker("red_circle", 100, 100, 200), pic.sticker("dog", 400, 100, 200), pic.sticker("dog", 700, 100, 200)]
    )
    said = {}
    for someone in (ana, writer):
        piece = library.new_piece(someone.id, "book")
        library.update_page(library.pages(piece.id)[1].id, words="Mi perro", picture=picture)
        book = open_book(export_talking_book(library, piece.id, tmp_path / f"{someone.name}.epub", audio=False))
        said[someone.name] = re.search(r' alt="([^"]*)"', book.files[book.pages[1]].decode()).group(1)
    # Each sticker once, by its name in the page's language (a colour's name too).
    assert said == {"Ana": "El dibujo de Ana: círculo rojo, perro", "Maya": "Maya's picture: red circle, dog"}
