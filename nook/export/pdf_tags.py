"""A tagged PDF: what a screen reader (or a reading app's "read aloud", or reflow) needs
to find a page's words as text and to hear what its picture shows.

Qt's PDF writer tags nothing. While a sheet is drawn, `mark_part` puts a dot far
outside the paper before each part of a page (see nook.render.page: "paper",
"picture", "words", "end"), at a place that says which part follows. Here each part's
drawing, from its dot to the next, is marked (PDF 32000-1 §14.6, §14.7): the paper as
an artifact, the picture as a /Figure with its description (/Alt: "Sofía's picture: a
cat, a sun"), the words as a paragraph /P; a structure tree of them in reading order
(§14.7.2), each page's /StructParents and the catalog's /MarkInfo and /StructTreeRoot
are added as one incremental update (the file Qt wrote stays byte for byte as it was).
The dots stay, out of sight.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPen

from nook.export.pdf_language import (
    PATH_START,
    ROOT_REF,
    append_update,
    contents_ref,
    drawing_of,
    last_trailer,
    object_starts,
    page_refs,
    pdf_object,
    stream_of,
)

PART_X = -6543.0
PART_Y = {"paper": -6543.0, "picture": -6551.0, "words": -6559.0, "end": -6567.0}
_SIZE = re.compile(rb"/Size\s+(\d+)")


def mark_part(painter: QPainter, kind: str) -> None:
    """The dot before a page's part `kind` (see nook.render.page), out of the paper."""
    painter.save()
    painter.resetTransform()  # the dot's place is in the sheet's own units, whatever the page's scale
    painter.setClipping(False)
    painter.setPen(QPen(QColor(0, 0, 0), 1))
    painter.drawPoint(QPointF(PART_X, PART_Y[kind]))
    painter.restore()


@dataclass(frozen=True)
class PagePlan:
    """What a page on a sheet shows: its picture's description (None: no picture), and
    the language of its words when not the document's ("es-419"; None: the document's)."""

    alt: str | None
    language: str | None = None


@dataclass
class _Element:
    kind: bytes  # b"P" or b"Figure"
    page: int  # the PDF page (sheet) it is on
    mcid: int
    alt: str | None
    language: str | None


def tag_parts(path: Path, sheets: Sequence[Sequence[PagePlan]]) -> None:
    """Mark the parts of each page of the PDF at `path`, drawn with `mark_part`, and give
    it a structure tree; `sheets` lists each sheet's pages, in the order drawn."""
    data = path.read_bytes()
    trailer = last_trailer(data)
    if trailer is None:
        raise ValueError("the PDF has no trailer that can be followed")
    body, previous = trailer.group("body"), int(trailer.group("xref"))
    root, size = ROOT_REF.search(body), _SIZE.search(body)
    if root is None or size is None:
        raise ValueError("the PDF's trailer names no catalog or size")
    catalog_ref = (int(root.group(1)), int(root.group(2)))
    starts = object_starts(data)
    catalog = pdf_object(data, catalog_ref, starts)
    if not (catalog.startswith(b"<<") and catalog.endswith(b">>")):
        raise ValueError("the PDF's catalog is not a dictionary")
    pages = page_refs(data, catalog, starts)
    if len(pages) != len(sheets):
        raise ValueError(f"the PDF has {len(pages)} sheets, not {len(sheets)}")
    changed: dict[tuple[int, int], bytes] = {}
    elements: list[_Element] = []
    for number, (page_ref, plans) in enumerate(zip(pages, sheets, strict=True)):
        page = pdf_object(data, page_ref, starts)
        contents = contents_ref(page)
        drawing, found = _marked(drawing_of(data, contents, starts), plans, number)
        elements.extend(found)
        changed[contents] = stream_of(drawing)
        changed[page_ref] = _with(page, b"/StructParents %d /Tabs /S" % number, (b"/StructParents", b"/Tabs"))
    next_number = int(size.group(1))
    tree, document, parents = next_number, next_number + 1, next_number + 2
    first = next_number + 3
    refs = [b"%d 0 R" % (first + n) for n in range(len(elements))]
    for n, element in enumerate(elements):
        entries = [
            b"/Type /StructElem",
            b"/S /%s" % element.kind,
            b"/P %d 0 R" % document,
            b"/Pg %d %d R" % pages[element.page],
            b"/K %d" % element.mcid,
        ]
        if element.alt is not None:
            entries.append(b"/Alt " + _text(element.alt))
        if element.language is not None:
            entries.append(b"/Lang " + _text(element.language))
        changed[(first + n, 0)] = b"<< " + b" ".join(entries) + b" >>"
    changed[(document, 0)] = b"<< /Type /StructElem /S /Document /P %d 0 R /K [%s] >>" % (tree, b" ".join(refs))
    nums = []
    for number in range(len(pages)):
        on_page = [refs[n] for n, element in enumerate(elements) if element.page == number]
        nums.append(b"%d [%s]" % (number, b" ".join(on_page)))
    changed[(parents, 0)] = b"<< /Nums [%s] >>" % b" ".join(nums)
    changed[(tree, 0)] = b"<< /Type /StructTreeRoot /K %d 0 R /ParentTree %d 0 R /ParentTreeNextKey %d >>" % (
        document,
        parents,
        len(pages),
    )
    changed[catalog_ref] = _with(
        catalog, b"/MarkInfo << /Marked true >> /StructTreeRoot %d 0 R" % tree, (b"/MarkInfo", b"/StructTreeRoot")
    )
    append_update(path, data, changed, body, previous, size=first + len(elements))


def _marked(drawing: bytes, plans: Sequence[PagePlan], sheet: int) -> tuple[bytes, list[_Element]]:
    """The sheet's drawing with each page's parts marked, and the elements they make."""
    kinds = {y: kind for kind, y in PART_Y.items()}
    dots: list[tuple[int, str]] = []
    for found in PATH_START.finditer(drawing):
        x, y = float(found.group(1)), float(found.group(2))
        kind = next((kinds[mark] for mark in kinds if abs(y - mark) < 1), None)
        if kind is not None and abs(x - PART_X) < 1:
            dots.append((found.start(), kind))
    # (page, kind, start, end): from a part's dot to the next dot.
    parts: list[tuple[int, str, int, int]] = []
    page, last = -1, "end"
    ends = [at for at, _kind in dots[1:]] + [len(drawing)]
    for (start, kind), end in zip(dots, ends[: len(dots)], strict=True):
        if last == "end" and kind != "end":
            page += 1  # a page's first part (its paper) follows the last page's end
        last = kind
        if kind != "end":
            parts.append((page, kind, start, end))
    if last != "end" or page != len(plans) - 1:
        raise ValueError(f"the parts of sheet {sheet + 1}'s pages are not all in the PDF's drawing")
    if not plans and re.search(rb"(?m)^BT\s*$", drawing):
        # A sheet of the PDF's own (a class book's cover, its contents): its words, as one.
        return b"/P <</MCID 0>> BDC\n%s\nEMC\n" % drawing, [_Element(b"P", sheet, 0, None, None)]
    pieces: list[bytes] = []
    elements: list[_Element] = []
    at = 0
    for page, kind, start, end in parts:
        plan = plans[page]
        segment = drawing[start:end]
        if kind == "picture" and plan.alt is not None:
            tag = b"Figure"
        elif kind == "words" and re.search(rb"(?m)^BT\s*$", segment):
            tag = b"P"
        else:
            tag = b"Artifact"
        pieces.append(drawing[at:start])
        if tag == b"Artifact":
            pieces.append(b"/Artifact BMC\n%s\nEMC\n" % segment)
        else:
            pieces.append(b"/%s <</MCID %d>> BDC\n%s\nEMC\n" % (tag, len(elements), segment))
            alt = plan.alt if tag == b"Figure" else None
            elements.append(_Element(tag, sheet, len(elements), alt, plan.language))
        at = end
    pieces.append(drawing[at:])
    return b"".join(pieces), elements


def _with(dictionary: bytes, entries: bytes, replaced: tuple[bytes, ...]) -> bytes:
    """A PDF dictionary `<<...>>` with `entries` added (any earlier ones of those keys gone;
    only simple values, as Qt writes them, are expected for those keys)."""
    inner = dictionary[2:-2]
    for key in replaced:
        inner = re.sub(re.escape(key) + rb"\s*(?:<<[^<>]*>>|\d+\s+\d+\s+R|/\w+|\d+|true|false)", b"", inner)
    return b"<<%s\n%s\n>>" % (inner.rstrip(), entries)


def _text(text: str) -> bytes:
    """A PDF text string (UTF-16BE with its byte order mark, as hex: any letters, no escapes)."""
    return b"<FEFF%s>" % text.encode("utf-16-be").hex().upper().encode("ascii")
