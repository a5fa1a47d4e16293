"""A PDF says which language its words are in: the whole document (/Lang in the
catalog) and each sheet whose words are in another language (a marked-content span,
/Span <</Lang (es-419)>> BDC ... EMC, around that sheet's drawing), so a screen reader
reads a Spanish writer's pages of an English class book in Spanish. Checked with qpdf
(structure and the decoded page streams) and poppler (the text is unchanged)."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from export_helpers import run

from nook.core.library import Library
from nook.core.page_language import PAGE_LANGUAGE
from nook.export.class_book import class_book_pdf
from nook.export.pdf import export_pdf
from nook.export.selection import gather
from nook.ui.language import LanguageSwitch

SPAN = re.compile(rb"^\s*/Span\s*<<\s*/Lang\s*\(([^)]*)\)\s*>>\s*BDC")


def document_language(pdf: Path) -> str:
    root = re.search(r"/Root (\d+) 0 R", run("qpdf", "--show-object=trailer", str(pdf)))
    assert root is not None
    found = re.search(r"/Lang \(([^)]*)\)", run("qpdf", f"--show-object={root.group(1)}", str(pdf)))
    return found.group(1) if found else ""


def sheet_languages(pdf: Path) -> list[str]:
    """Each sheet's marked language ("" where its drawing is not marked), read from the
    decoded content streams as a PDF reader reads them."""
    marked = []
    for block in run("qpdf", "--show-pages", str(pdf)).split("page ")[1:]:
        contents = re.findall(r"^\s+(\d+) 0 R$", block, re.M)
        assert len(contents) == 1, block
        data = subprocess.run(
            ["qpdf", f"--show-object={contents[0]}", "--filtered-stream-data", str(pdf)],
            capture_output=True,
            check=True,
        ).stdout
        span = SPAN.match(data)
        if span:
            assert data.rstrip().endswith(b"EMC"), "the span is closed at the sheet's end"
        marked.append(span.group(1).decode() if span else "")
    return marked


def book(library: Library, writer_id: str, *words: str) -> str:
    piece = library.new_piece(writer_id, "book")
    pages = library.pages(piece.id)
    while len(pages) < len(words):
        library.add_page(piece.id)
        pages = library.pages(piece.id)
    for page, text in zip(pages, words, strict=True):
        library.update_page(page.id, words=text)
    return piece.id


def test_a_page_in_the_other_language_is_marked_in_the_pdf(library: Library, writer, nook_app, tmp_path) -> None:
    piece_id = book(library, writer.id, "At the park", "We play", "Jugamos en el parque")
    library.update_page(library.pages(piece_id)[2].id, extras={PAGE_LANGUAGE: "es"})
    pdf = export_pdf(library, piece_id, tmp_path / "park.pdf")
    assert document_language(pdf) == "en"
    assert sheet_languages(pdf) == ["", "", "es-419"]
    run("qpdf", "--check", str(pdf))
    assert "Jugamos en el parque" in run("pdftotext", str(pdf), "-")


def test_the_class_book_has_its_language_and_marks_each_writers_pages_in_theirs(
    library: Library, writer, nook_app, tmp_path
) -> None:
    ana = library.add_writer("Ana", "cat")
    library.set_setting("language", "es", ana.id)
    book(library, writer.id, "My cat", "He sleeps")
    spanish = book(library, ana.id, "Mi gato", "Duerme")
    library.update_page(library.pages(spanish)[1].id, extras={PAGE_LANGUAGE: "en"})  # Ana's page in English
    pdf = class_book_pdf(library, gather(library), tmp_path / "class.pdf", "Room 4", date(2026, 12, 2))
    assert document_language(pdf) == "en"  # the language its own pages (cover, contents) speak
    # cover, contents, Maya's two sheets, Ana's two (the second marked back to English)
    assert sheet_languages(pdf) == ["", "", "", "", "es-419", ""]
    run("qpdf", "--check", str(pdf))
    text = run("pdftotext", str(pdf), "-")
    assert "Our class book" in text and "Mi gato" in text and "Duerme" in text


def test_a_class_book_made_in_spanish_says_so(library: Library, writer, nook_app, tmp_path) -> None:
    book(library, writer.id, "My cat", "He sleeps")
    switch = LanguageSwitch.shared()
    switch.use("es")  # the grown-up corner speaks Spanish
    try:
        pdf = class_book_pdf(library, gather(library), tmp_path / "clase.pdf", "Sala 4", date(2026, 12, 2))
    finally:
        switch.use("en")
    assert document_language(pdf) == "es-419"
    assert sheet_languages(pdf) == ["", "", "en", "en"]  # Maya's pages are English
    assert "El libro de nuestra clase" in run("pdftotext", str(pdf), "-")


def drawing_of_sheet(pdf: Path, number: int) -> bytes:
    block = run("qpdf", "--show-pages", str(pdf)).split("page ")[1:][number]
    (contents,) = re.findall(r"^\s+(\d+) 0 R$", block, re.M)
    return subprocess.run(
        ["qpdf", f"--show-object={contents}", "--filtered-stream-data", str(pdf)], capture_output=True, check=True
    ).stdout


def language_spans(drawing: bytes) -> list[tuple[bytes, bytes]]:
    """Each language span of a drawing with what is inside it, to its own EMC (the
    tagged PDF's parts, marked too, nest inside it)."""
    spans = []
    for found in re.finditer(rb"(?m)^/Span <</Lang \(([^)]*)\)>> BDC\n", drawing):
        depth, at = 1, found.end()
        for marker in re.finditer(rb"(?m)^(?:.*\b(BDC|BMC)|(EMC))\s*$", drawing[at:]):
            depth += 1 if marker.group(1) else -1
            if depth == 0:
                spans.append((found.group(1), drawing[at : at + marker.start()]))
                break
    return spans


def test_each_list_item_in_the_other_language_is_marked_on_its_own(
    library: Library, writer, nook_app, tmp_path
) -> None:
    """One sheet holds a list's items in both languages: only the Spanish item's drawing
    is in a Spanish span (its six letters drawn there), the English ones are not."""
    piece = library.new_piece(writer.id, "list")
    while len(library.pages(piece.id)) < 4:
        library.add_page(piece.id, "item")
    pages = library.pages(piece.id)
    for page, text in zip(pages, ("Party", "balloons", "globos", "cake"), strict=True):
        library.update_page(page.id, words=text)
    library.update_page(pages[2].id, extras={PAGE_LANGUAGE: "es"})
    pdf = export_pdf(library, piece.id, tmp_path / "party.pdf")
    assert document_language(pdf) == "en"
    drawing = drawing_of_sheet(pdf, 0)
    spans = language_spans(drawing)
    assert [language for language, _ in spans] == [b"es-419"]
    inside = spans[0][1]
    assert inside.count(b" Tj") == len("globos")  # Qt draws a word glyph by glyph
    outside = drawing.replace(inside, b"")
    assert outside.count(b" Tj") == len("Party") + len("balloons") + len("cake")
    run("qpdf", "--check", str(pdf))
    text = run("pdftotext", str(pdf), "-")
    assert all(word in text for word in ("Party", "balloons", "globos", "cake")), text
