"""PDFs checked with real clients: poppler (pdftotext, pdfinfo, pdffonts, pdfimages,
pdftoppm) and qpdf."""

from __future__ import annotations

import pytest
from export_helpers import (
    A4_LANDSCAPE,
    LETTER_LANDSCAPE,
    LETTER_PORTRAIT,
    info,
    page_sizes,
    picture_with_everything,
    run,
    text_of,
)
from PIL import Image

from nook.core.library import Library
from nook.export import sheets
from nook.export.pdf import export_pdf


def test_a_book_is_one_pdf_page_per_page_cover_first_with_real_text(library: Library, book, tmp_path) -> None:
    path = export_pdf(library, book.id, tmp_path / "book.pdf", paper="letter")
    details = info(path)
    assert details["Pages"] == "4"
    assert details["Title"] == "My cat Tom by Maya"
    assert page_sizes(path) == [LETTER_LANDSCAPE] * 4
    text = text_of(path)
    for words in ("My cat Tom", "by Maya", "Tom sleps on my bed", "He is my best buddy", "mañana we go to the park"):
        assert words in text
    assert text.index("My cat Tom") < text.index("Tom sleps") < text.index("best buddy") < text.index("mañana")
    fonts = run("pdffonts", str(path))
    andika = [line for line in fonts.splitlines() if "Andika" in line]
    assert andika and all(line.split()[-5] == "yes" for line in andika)  # embedded


def test_qpdf_finds_no_problem(library: Library, book, tmp_path) -> None:
    path = export_pdf(library, book.id, tmp_path / "book.pdf", paper="a4")
    report = run("qpdf", "--check", str(path))
    assert "No syntax or stream encoding errors found" in report


def test_photos_are_at_least_150_dpi_and_the_picture_is_drawn(library: Library, book, tmp_path) -> None:
    path = export_pdf(library, book.id, tmp_path / "book.pdf", paper="a4")
    rows = [line.split() for line in run("pdfimages", "-list", str(path)).splitlines()[2:]]
    images = [row for row in rows if row[2] == "image"]
    assert len(images) == 3  # the three photos; strokes, shapes and stickers stay vectors
    assert all(int(row[12]) >= 150 and int(row[13]) >= 150 for row in images)  # x-ppi, y-ppi
    run("pdftoppm", "-png", "-r", "30", "-f", "2", "-l", "2", str(path), str(tmp_path / "look"))
    page = Image.open(next(tmp_path.glob("look*.png"))).convert("RGB")
    colours = {colour for _, colour in page.getcolors(page.width * page.height)}
    assert any(abs(r - 240) < 12 and abs(g - 120) < 12 and abs(b - 40) < 12 for r, g, b in colours)  # the photo
    assert any(r > 200 and g < 80 and b < 80 for r, g, b in colours)  # the red stroke


def test_a4_and_letter_paper(library: Library, book, tmp_path) -> None:
    a4 = export_pdf(library, book.id, tmp_path / "a4.pdf", paper="a4")
    assert page_sizes(a4) == [A4_LANDSCAPE] * 4


def test_a_sign_fills_one_landscape_sheet(library: Library, writer, nook_app, tmp_path) -> None:
    sign = library.new_piece(writer.id, "sign", look="warning")
    picture = picture_with_everything(library)
    library.update_page(library.pages(sign.id)[0].id, words="KEEP OWT dragons", picture=picture)
    path = export_pdf(library, sign.id, tmp_path / "sign.pdf", paper="letter")
    assert page_sizes(path) == [LETTER_LANDSCAPE]
    assert "KEEP OWT dragons" in text_of(path)
    run("pdftoppm", "-png", "-r", "20", str(path), str(tmp_path / "sign"))
    poster = Image.open(next(tmp_path.glob("sign*.png"))).convert("RGB")
    # The warning stripes reach close to every edge of the paper: a poster, not a postcard.
    inked = [
        (x, y) for x in range(poster.width) for y in range(poster.height) if poster.getpixel((x, y)) != (255, 255, 255)
    ]
    xs, ys = [x for x, _ in inked], [y for _, y in inked]
    assert (max(xs) - min(xs)) / poster.width > 0.9 and (max(ys) - min(ys)) / poster.height > 0.85


def test_a_list_prints_its_items_on_portrait_sheets(library: Library, writer, nook_app, tmp_path) -> None:
    shopping = library.new_piece(writer.id, "list")
    cover, first = library.pages(shopping.id)
    library.update_page(cover.id, words="Shopping")
    library.update_page(first.id, words="apples", extras={"ticked": True})
    for n in range(8):
        library.add_page(shopping.id, "item", words=f"thing number {n}", extras={"ticked": False})
    path = export_pdf(library, shopping.id, tmp_path / "list.pdf", paper="letter")
    sizes = page_sizes(path)
    assert len(sizes) == 3 and set(sizes) == {LETTER_PORTRAIT}
    text = text_of(path)
    assert text.index("Shopping") < text.index("apples") < text.index("thing number 7")


def test_a_letter_and_its_envelope(library: Library, writer, nook_app, tmp_path) -> None:
    letter = library.new_piece(writer.id, "letter")
    page = library.pages(letter.id)[0]
    library.update_page(page.id, words="I mis you. Cum bak soon.", extras={**page.extras, "greeting": "Dear Grandma"})
    library.add_page(letter.id, "envelope", extras={"to": "Grandma Rosa", "from": "Maya"})
    path = export_pdf(library, letter.id, tmp_path / "letter.pdf", paper="letter")
    assert len(page_sizes(path)) == 2
    text = text_of(path)
    for words in ("Dear Grandma", "I mis you. Cum bak soon.", "Love,", "Maya", "Grandma Rosa"):
        assert words in text


def test_a_failed_export_leaves_no_half_file_and_keeps_the_old_one(
    library: Library, book, tmp_path, monkeypatch
) -> None:
    target = tmp_path / "out" / "book.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF- the old one")

    def broken(*args, **kwargs):
        raise RuntimeError("the painter fell over")

    # The painter failing part-way through (after the first sheet is begun).
    monkeypatch.setattr(sheets, "paint_page", broken)
    with pytest.raises(RuntimeError):
        export_pdf(library, book.id, target, paper="letter")
    assert target.read_bytes() == b"%PDF- the old one"
    assert [p.name for p in target.parent.iterdir()] == ["book.pdf"]


def test_words_with_ff_fi_fl_stay_searchable(library: Library, writer, nook_app, tmp_path) -> None:
    sign = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(sign.id)[0].id, words="off fish fly")
    path = export_pdf(library, sign.id, tmp_path / "sign.pdf", paper="letter")
    assert "off fish fly" in text_of(path)
