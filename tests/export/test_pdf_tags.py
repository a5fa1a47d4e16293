"""A tagged PDF (nook.export.pdf_tags): a screen reader, a reading app's read-aloud or
reflow finds each page's words as paragraphs and hears what each picture shows from its
description, in the page's language. Checked with the real qpdf and poppler."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

from export_helpers import picture_with_everything, run

from nook.core import language_data
from nook.core.library import Library
from nook.core.page_language import PAGE_LANGUAGE
from nook.export.class_book import class_book_pdf
from nook.export.pdf import export_pdf
from nook.export.selection import gather


def structure(pdf: Path) -> list[dict]:
    """The PDF's structure elements in reading order (qpdf's own reading of the file)."""
    objects = json.loads(run("qpdf", "--json=2", "--json-key=qpdf", str(pdf)))["qpdf"][1]

    def value(ref: str) -> dict:
        return objects[f"obj:{ref}"]["value"]

    [root] = [
        v["value"]
        for v in objects.values()
        if isinstance(v.get("value"), dict) and v["value"].get("/Type") == "/StructTreeRoot"
    ]
    document = value(root["/K"])
    assert document["/S"] == "/Document"
    return [value(kid) for kid in document["/K"]]


def page_drawing(pdf: Path, page_ref: str) -> bytes:
    contents = re.search(r"/Contents (\d+) 0 R", run("qpdf", f"--show-object={page_ref.split()[0]}", str(pdf)))
    assert contents is not None
    return subprocess.run(
        ["qpdf", f"--show-object={contents.group(1)}", "--filtered-stream-data", str(pdf)],
        capture_output=True,
        check=True,
    ).stdout


def marked(drawing: bytes, kind: str, mcid: int) -> bytes:
    """What the drawing holds between `/kind <</MCID n>> BDC` and its EMC."""
    found = re.search(rb"(?m)^/%s <</MCID %d>> BDC\n(.*?)\nEMC$" % (kind.encode(), mcid), drawing, re.S)
    assert found is not None, f"no {kind} {mcid} in the drawing"
    return found.group(1)


def test_each_page_has_its_words_as_a_paragraph_and_its_picture_described(
    library: Library, writer, nook_app, tmp_path
) -> None:
    piece = library.new_piece(writer.id, "book")
    cover, page = library.pages(piece.id)
    library.update_page(cover.id, words="My cat Tom")
    library.update_page(page.id, words="Tom naps", picture=picture_with_everything(library))
    pdf = export_pdf(library, piece.id, tmp_path / "tom.pdf")
    assert re.search(r"Tagged:\s+yes", run("pdfinfo", str(pdf)))
    run("qpdf", "--check", str(pdf))
    elements = structure(pdf)
    # The cover: its words (and by-line); no picture, so no figure. The page: its
    # picture, described with the sticker in it, then its words.
    assert [e["/S"] for e in elements] == ["/P", "/Figure", "/P"]
    cat = language_data.sticker_catalogue("en").by_id("cat")
    assert cat is not None
    assert elements[1]["/Alt"] == f"u:{writer.name}'s picture: {cat.name}"
    assert elements[0]["/Pg"] != elements[1]["/Pg"] == elements[2]["/Pg"]
    # What is marked is what is drawn: the words' letters in the paragraph (Qt draws a
    # word glyph by glyph), the photo and the strokes in the figure.
    drawing = page_drawing(pdf, elements[2]["/Pg"])
    words = marked(drawing, "P", elements[2]["/K"])
    assert words.count(b" Tj") == len("Tom naps")
    figure = marked(drawing, "Figure", elements[1]["/K"])
    assert b" Do" in figure and b" Tj" not in figure  # the photo is an image drawn there
    assert drawing.count(b"/Artifact BMC") >= 1  # the paper is not read
    text = run("pdftotext", str(pdf), "-")
    assert "My cat Tom" in text and "Tom naps" in text


def test_a_page_in_the_other_language_is_described_in_it(library: Library, writer, nook_app, tmp_path) -> None:
    piece = library.new_piece(writer.id, "book")
    cover, page = library.pages(piece.id)
    library.update_page(cover.id, words="My cat and me")
    library.update_page(page.id, words="Mi gato", picture=picture_with_everything(library))
    library.update_page(page.id, extras={PAGE_LANGUAGE: "es"})
    pdf = export_pdf(library, piece.id, tmp_path / "gato.pdf")
    figure = next(e for e in structure(pdf) if e["/S"] == "/Figure")
    gato = language_data.sticker_catalogue("es").by_id("cat")
    assert gato is not None and gato.name in figure["/Alt"] and writer.name in figure["/Alt"]
    assert "picture" not in figure["/Alt"]  # in Spanish, not English
    assert figure["/Lang"] == "u:es-419"


def test_a_class_book_is_tagged_with_its_own_pages_too(library: Library, writer, nook_app, tmp_path) -> None:
    piece = library.new_piece(writer.id, "book")
    _cover, page = library.pages(piece.id)
    library.update_page(page.id, words="My cat", picture=picture_with_everything(library))
    pdf = class_book_pdf(library, gather(library), tmp_path / "class.pdf", "Room 4", date(2026, 12, 2))
    assert re.search(r"Tagged:\s+yes", run("pdfinfo", str(pdf)))
    run("qpdf", "--check", str(pdf))
    kinds = [e["/S"] for e in structure(pdf)]
    # The class book's cover and contents, then the book's cover (a by-line) and page.
    assert kinds == ["/P", "/P", "/P", "/Figure", "/P"]
