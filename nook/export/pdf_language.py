"""The languages of a PDF, as a screen reader and a reading app look for them: /Lang in
the document catalog, and for a sheet whose words are in another language a
marked-content span around that sheet's drawing (``/Span <</Lang (es-419)>> BDC ... EMC``,
PDF 32000-1 §14.9.2), so a Spanish writer's pages of an English class book are read in
Spanish.

Qt's PDF writer offers neither (its content streams are not tagged), so both are added
afterwards as one PDF incremental update: new copies of the catalog and of the marked
sheets' content streams, a cross-reference section for them and a trailer pointing back
to Qt's (the file Qt wrote is left byte for byte as it was).

A list sheet holding items in both languages is marked item by item: while the sheet is
drawn, `mark_item` puts a dot far outside the paper before each item (and after the
last), at a place that says which item follows; here each item's drawing, from its dot
to the next, gets a /Span of its language, and the dots stay, out of sight.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPen

_TRAILER = re.compile(rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s*(?P<xref>\d+)\s*%%EOF\s*$", re.S)
ROOT_REF = re.compile(rb"/Root\s+(\d+)\s+(\d+)\s+R")
_LANG = re.compile(rb"/Lang\s*\((?:[^()\\]|\\.)*\)")
_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
REF = rb"(\d+)\s+(\d+)\s+R"
# Where the dot before list item n is drawn (far above and left of any paper): x is
# MARK_X - MARK_STEP * n, y is MARK_Y, in the painter's units, which Qt's stream keeps.
MARK_X, MARK_Y, MARK_STEP = -4321.0, -4321.0, 8.0
PATH_START = re.compile(rb"(?m)^(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?) m\s*$")


def mark_item(painter: QPainter, number: int) -> None:
    """The dot before list item `number` of a sheet (see nook.export.sheets.paint_sheet)."""
    painter.save()
    painter.setPen(QPen(QColor(0, 0, 0), 1))
    painter.drawPoint(QPointF(MARK_X - MARK_STEP * number, MARK_Y))
    painter.restore()


def set_document_language(path: Path, language_tag: str) -> None:
    """Give the PDF at `path` the document language `language_tag` ("en", "es-419")."""
    set_languages(path, language_tag, {})


def set_languages(
    path: Path,
    document_tag: str,
    sheet_tags: Mapping[int, str],
    item_tags: Mapping[int, Sequence[str | None]] | None = None,
) -> None:
    """Give the PDF at `path` the document language `document_tag`, mark the drawing
    of each sheet in `sheet_tags` (numbered from 0) as being in its language, and of
    each list item of a sheet in `item_tags` as being in its own (None: the document's)."""
    item_tags = item_tags or {}
    every = [tag for tags in item_tags.values() for tag in tags if tag is not None]
    for language_tag in (document_tag, *sheet_tags.values(), *every):
        if not _TAG.match(language_tag):
            raise ValueError(f"not a language tag: {language_tag!r}")
    data = path.read_bytes()
    trailer = last_trailer(data)
    if trailer is None:
        raise ValueError("the PDF has no trailer that can be followed")
    body, previous = trailer.group("body"), int(trailer.group("xref"))
    root = ROOT_REF.search(body)
    if root is None:
        raise ValueError("the PDF's trailer names no catalog")
    catalog_ref = (int(root.group(1)), int(root.group(2)))
    starts = object_starts(data)
    catalog = pdf_object(data, catalog_ref, starts)
    if not (catalog.startswith(b"<<") and catalog.endswith(b">>")):
        raise ValueError("the PDF's catalog is not a dictionary")
    inner = _LANG.sub(b"", catalog[2:-2]).rstrip()
    changed = {catalog_ref: b"<<%s\n/Lang (%s)\n>>" % (inner, document_tag.encode("ascii"))}
    if sheet_tags or item_tags:
        pages = page_refs(data, catalog, starts)
        for number in sorted({*sheet_tags, *item_tags}):
            if not 0 <= number < len(pages):
                raise ValueError(f"the PDF has no sheet {number + 1}")
            contents = contents_ref(pdf_object(data, pages[number], starts))
            drawing = drawing_of(data, contents, starts)
            if number in item_tags:
                drawing = _items_marked(drawing, item_tags[number])
            else:
                drawing = _spanned(drawing, sheet_tags[number])
            changed[contents] = stream_of(drawing)
    append_update(path, data, changed, body, previous)


def last_trailer(data: bytes) -> re.Match[bytes] | None:
    """The file's last trailer (its newest update's): a search from an earlier "trailer"
    would take every update after it for that trailer's body."""
    return _TRAILER.search(data, max(0, data.rfind(b"trailer")))


Starts = dict[tuple[int, int], int]
_OBJ = re.compile(rb"(?:^|[\r\n])(\d+) (\d+) obj")


def object_starts(data: bytes) -> Starts:
    """Where the newest copy of each object begins (just after "N G obj"): one pass over
    the file, for reading many of its objects (a search per object took ~12 ms a page)."""
    return {(int(m.group(1)), int(m.group(2))): m.end() for m in _OBJ.finditer(data)}


def _start(data: bytes, ref: tuple[int, int], starts: Starts | None) -> int:
    found = (starts if starts is not None else object_starts(data)).get(ref)
    if found is None:
        raise ValueError(f"the PDF's object {ref[0]} cannot be found")
    return found


def pdf_object(data: bytes, ref: tuple[int, int], starts: Starts | None = None) -> bytes:
    """The body of the last (newest) copy of object `ref`, between "obj" and "endobj"."""
    start = _start(data, ref, starts)
    return data[start : data.index(b"endobj", start)].strip()


def page_refs(data: bytes, catalog: bytes, starts: Starts | None = None) -> list[tuple[int, int]]:
    """The page objects in reading order (the page tree walked depth first)."""
    top = re.search(rb"/Pages\s+" + REF, catalog)
    if top is None:
        raise ValueError("the PDF's catalog names no pages")
    found: list[tuple[int, int]] = []

    def walk(ref: tuple[int, int], depth: int) -> None:
        node = pdf_object(data, ref, starts)
        kids = re.search(rb"/Kids\s*\[(.*?)\]", node, re.S)
        if kids is None:
            found.append(ref)
            return
        if depth > 32:
            raise ValueError("the PDF's page tree is too deep")
        for kid in re.finditer(REF, kids.group(1)):
            walk((int(kid.group(1)), int(kid.group(2))), depth + 1)

    walk((int(top.group(1)), int(top.group(2))), 0)
    return found


def contents_ref(page: bytes) -> tuple[int, int]:
    contents = re.search(rb"/Contents\s+" + REF, page)
    if contents is None:
        raise ValueError("a PDF page's drawing is not one stream")
    return int(contents.group(1)), int(contents.group(2))


def drawing_of(data: bytes, ref: tuple[int, int], starts: Starts | None = None) -> bytes:
    """The operators of content stream `ref` (its newest copy), uncompressed."""
    begin = _start(data, ref, starts)
    head_end = data.index(b"stream", begin)
    head = data[begin:head_end]
    length = re.search(rb"/Length\s+(\d+)(?:\s+(\d+)\s+R)?", head)
    if length is None:
        raise ValueError("a PDF page's drawing has no length")
    size = int(length.group(1))
    if length.group(2) is not None:
        size = int(pdf_object(data, (int(length.group(1)), int(length.group(2))), starts))
    start = head_end + len(b"stream")
    start += 2 if data[start : start + 2] == b"\r\n" else 1
    raw = data[start : start + size]
    named = re.search(rb"/Filter\s*(/\w+|\[[^\]]*\])", head)
    filters = re.findall(rb"/(\w+)", named.group(1)) if named else []
    if filters not in ([], [b"FlateDecode"]) or b"/DecodeParms" in head:
        raise ValueError("a PDF page's drawing is compressed in a way not read here")
    return zlib.decompress(raw) if filters else raw


def _spanned(drawing: bytes, language_tag: str) -> bytes:
    return b"/Span <</Lang (%s)>> BDC\n%s\nEMC\n" % (language_tag.encode("ascii"), drawing)


def _items_marked(drawing: bytes, tags: Sequence[str | None]) -> bytes:
    """The drawing with each list item's part (from its dot to the next) in a /Span of
    its language; an item in the document's language (None) is left as it is."""
    dots: dict[int, int] = {}  # item number: where its dot's path begins
    for found in PATH_START.finditer(drawing):
        x, y = float(found.group(1)), float(found.group(2))
        number = round((MARK_X - x) / MARK_STEP)
        if abs(y - MARK_Y) < 1 and abs(MARK_X - MARK_STEP * number - x) < 1 and 0 <= number <= len(tags):
            dots.setdefault(number, found.start())
    if sorted(dots) != list(range(len(tags) + 1)):
        raise ValueError("the list items' marks are not all in the PDF's drawing")
    parts = [drawing[: dots[0]]]
    for number, language_tag in enumerate(tags):
        item = drawing[dots[number] : dots[number + 1]]
        parts.append(_spanned(item, language_tag) if language_tag else item)
    parts.append(drawing[dots[len(tags)] :])
    return b"".join(parts)


def stream_of(drawing: bytes) -> bytes:
    packed = zlib.compress(drawing)
    return b"<<\n/Length %d\n/Filter /FlateDecode\n>>\nstream\n%s\nendstream" % (len(packed), packed)


def append_update(
    path: Path,
    data: bytes,
    changed: dict[tuple[int, int], bytes],
    trailer_body: bytes,
    previous: int,
    size: int | None = None,
) -> None:
    """Append `changed` objects (new copies, or new objects numbered from the trailer's
    /Size, which then becomes `size`) as one incremental update pointing back to `previous`."""
    offset = len(data) + (0 if data.endswith(b"\n") else 1)
    update = b""
    entries = []
    for (number, generation), body in sorted(changed.items()):
        entries.append(b"%d 1\n%010d %05d n \n" % (number, offset + len(update), generation))
        update += b"%d %d obj\n%s\nendobj\n" % (number, generation, body)
    xref = offset + len(update)
    kept = re.sub(rb"/Prev\s+\d+", b"", trailer_body).strip()
    if size is not None:
        kept = re.sub(rb"/Size\s+\d+", b"/Size %d" % size, kept)
    tail = b"xref\n%s" % b"".join(entries)
    tail += b"trailer\n<<\n%s\n/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (kept, previous, xref)
    with path.open("ab") as out:
        if not data.endswith(b"\n"):
            out.write(b"\n")
        out.write(update + tail)
