"""A talking book stays well-formed XML whatever characters its words and names hold.

Seen on the walk: a backpack from another computer may carry words and a writer's name
with control characters (U+0001, a form feed, U+FFFE: a file's, not a child's). They
were written into the book's pages, contents and package as they were, which XML does
not allow: every page was "not well-formed", and an e-book reader shows no such book.
What XML cannot hold is left out; every other letter is kept."""

from __future__ import annotations

import xml.dom.minidom
from pathlib import Path

from PySide6.QtCore import QRectF

from nook.export.epub_format import (
    EpubBook,
    EpubPage,
    Label,
    PlacedBlock,
    nav_xhtml,
    package_opf,
    page_xhtml,
)
from nook.export.page_parts import Line, TextBlock

ODD = "hi\x01 there\x0c\x00 \ufffe end\x1b\x7f ñ \u202eok"
KEPT = "hi there  end\x7f ñ \u202eok"


def _text_of(document: str) -> str:
    """All the text of a well-formed XML document (it fails the test if it is not)."""
    parsed = xml.dom.minidom.parseString(document.encode("utf-8"))
    found: list[str] = []

    def walk(node) -> None:
        if node.nodeType == node.TEXT_NODE:
            found.append(node.data)
        for child in node.childNodes:
            walk(child)

    walk(parsed)
    return "".join(found)


def test_a_page_with_control_characters_is_well_formed(nook_app) -> None:
    line = Line(0, 40, ((ODD, 0), (" ", None), ("\x02", None)))
    block = TextBlock(QRectF(0, 0, 800, 100), 40, "#000000", False, False, (line,), "child")
    page = EpubPage(
        name="p0001",
        title=f"A {ODD}",
        width=1600,
        height=1200,
        image=b"",
        alt=f"a picture \x01{ODD}",
        language="en",
        blocks=[PlacedBlock(0, 0, block, "andika")],
        labels=[Label(0, 0, 100, 40, f"by {ODD}", 20)],
    )
    text = _text_of(page_xhtml(page))
    assert KEPT in text and f"by {KEPT}" in text
    assert "\x01" not in text and "\ufffe" not in text


def test_the_contents_and_package_with_control_characters_are_well_formed() -> None:
    book = EpubBook(
        identifier="urn:uuid:1",
        title=ODD,
        creators=[f"Bad\x01Name {ODD}"],
        language="en",
        modified="2026-12-03T00:00:00Z",
        pages=[],
        toc=[(ODD, "p0001")],
        fonts={"andika": Path("Andika-Regular.ttf")},
    )
    assert KEPT in _text_of(nav_xhtml(book))
    package = _text_of(package_opf(book))
    assert KEPT in package and f"BadName {KEPT}" in package
