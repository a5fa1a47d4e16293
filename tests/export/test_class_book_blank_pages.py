"""A class book leaves out a book's pages with nothing on them. A child who named a book
on its cover and wrote no more left its page 1 as a new book starts it, empty: the
class book printed it as a blank sheet after each such child's cover (seen on the walk),
and a teacher turning the pages on the carpet met blank paper between the children."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from epub_helpers import open_book
from export_helpers import run
from PIL import Image

from nook.core import picture as pic
from nook.core.library import Library
from nook.export.class_book import class_book_epub, class_book_pdf
from nook.export.selection import gather


def make_books(library: Library) -> None:
    mia = library.new_piece(library.add_writer("Mia", "lion").id, "book")
    cover, first = library.pages(mia.id)
    library.update_page(cover.id, words="Mia's dog book")  # page 1 left as it came
    leo = library.new_piece(library.add_writer("Leo", "fox").id, "book")
    cover, first = library.pages(leo.id)
    library.update_page(cover.id, words="Leo's cat book")
    library.add_page(leo.id, words="I like cats")  # after an empty page 1
    drawn = library.add_page(leo.id)
    library.update_page(
        drawn.id, picture=pic.make_picture([pic.stroke("brush", "#e03131", 24, [(100, 100), (900, 700)])])
    )


def test_a_books_empty_pages_are_left_out_of_the_class_book(library: Library, nook_app, tmp_path: Path) -> None:
    make_books(library)
    pdf = class_book_pdf(library, gather(library), tmp_path / "class.pdf", "Room 4", date(2026, 12, 3))
    sheets = run("pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-").split("\f")[:-1]
    assert len(sheets) == 6  # cover, contents, Mia's cover, Leo's cover, his words, his drawing
    assert "Mia's dog book" in sheets[2] and "Leo's cat book" in sheets[3] and "I like cats" in sheets[4]
    assert "page 3" in sheets[1] and "page 4" in sheets[1]
    # The drawing's sheet is not blank paper: it has the red stroke on it.
    run("pdftoppm", "-f", "6", "-l", "6", "-r", "10", "-gray", "-singlefile", str(pdf), str(tmp_path / "s"))
    assert Image.open(tmp_path / "s.pgm").getextrema()[0] < 160
    book = open_book(
        class_book_epub(library, gather(library), tmp_path / "class.epub", "Room 4", date(2026, 12, 3), audio=False)
    )
    texts = [book.text(page) for page in book.pages]
    assert len(texts) == 6, texts
    assert "Mia's dog book" in texts[2] and "Leo's cat book" in texts[3] and "I like cats" in texts[4]
