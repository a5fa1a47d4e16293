"""The languages of a PDF, as a screen reader and a reading app look for them: /Lang in
the document catalog, and for a sheet whose words are in another language a
marked-content span around that sheet's drawing (``/Span <</Lang (es-419)>> BDC ... EMC``,
PDF 32000-1 §14.9.2), so a Spanish writer's pages of an English class book are read in
Spanish.

Qt's PDF writer offers neither (its content streams are not tagged), so both are added
afterwards as one PDF incremental update: new copies of the catalog and of the marked
sheets' content streams, a cross-reference section for them and a trailer pointing back
to Qt's (the file Qt wrote is left byte for byte as it was).

A sheet is the finest the marking goes: a sheet holding list items in both languages
is marked with one of them (the caller's choice), as the drawing of one item cannot be
told from the next in Qt's stream.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from pathlib import Path

_TRAILER = re.compile(rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s*(?P<xref>\d+)\s*%%EOF\s*$", re.S)
_ROOT = re.compile(rb"/Root\s+(\d+)\s+(\d+)\s+R")
_LANG = re.compile(rb"/Lang\s*\((?:[^()\\]|\\.)*\)")
_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_REF = rb"(\d+)\s+(\d+)\s+R"


def set_document_language(path: Path, language_tag: str) -> None:
    """Give the PDF at `path` the document language `language_tag` ("en", "es-419")."""
    set_languages(path, language_tag, {})


def set_languages(path: Path, document_tag: str, sheet_tags: Mapping[int, str]) -> None:
    """Give the PDF at `path` the document language `document_tag`, and mark the drawing
    of each sheet in `sheet_tags` (numbered from 0) as being in its language."""
    for language_tag in (document_tag, *sheet_tags.values()):
        if not _TAG.match(language_tag):
            raise ValueError(f"not a language tag: {language_tag!r}")
    data = path.read_bytes()
    trailer = _TRAILER.search(data[-4096:])
    if trailer is None:
        raise ValueError("the PDF has no trailer that can be followed")
    body, previous = trailer.group("body"), int(trailer.group("xref"))
    root = _ROOT.search(body)
    if root is None:
        raise ValueError("the PDF's trailer names no catalog")
    catalog_ref = (int(root.group(1)), int(root.group(2)))
    catalog = _object(data, catalog_ref)
    if not (catalog.startswith(b"<<") and catalog.endswith(b">>")):
        raise ValueError("the PDF's catalog is not a dictionary")
    inner = _LANG.sub(b"", catalog[2:-2]).rstrip()
    changed = {catalog_ref: b"<<%s\n/Lang (%s)\n>>" % (inner, document_tag.encode("ascii"))}
    if sheet_tags:
        pages = _pages(data, catalog)
        for number, language_tag in sorted(sheet_tags.items()):
            if not 0 <= number < len(pages):
                raise ValueError(f"the PDF has no sheet {number + 1}")
            contents = _contents_ref(_object(data, pages[number]))
            changed[contents] = _marked_stream(data, contents, language_tag)
    _append_update(path, data, changed, body, previous)


def _object(data: bytes, ref: tuple[int, int]) -> bytes:
    """The body of the last (newest) copy of object `ref`, between "obj" and "endobj"."""
    starts = [m.end() for m in re.finditer(rb"(?:^|[\r\n])%d %d obj" % ref, data)]
    if not starts:
        raise ValueError(f"the PDF's object {ref[0]} cannot be found")
    start = starts[-1]
    return data[start : data.index(b"endobj", start)].strip()


def _pages(data: bytes, catalog: bytes) -> list[tuple[int, int]]:
    """The page objects in reading order (the page tree walked depth first)."""
    top = re.search(rb"/Pages\s+" + _REF, catalog)
    if top is None:
        raise ValueError("the PDF's catalog names no pages")
    found: list[tuple[int, int]] = []

    def walk(ref: tuple[int, int], depth: int) -> None:
        node = _object(data, ref)
        kids = re.search(rb"/Kids\s*\[(.*?)\]", node, re.S)
        if kids is None:
            found.append(ref)
            return
        if depth > 32:
            raise ValueError("the PDF's page tree is too deep")
        for kid in re.finditer(_REF, kids.group(1)):
            walk((int(kid.group(1)), int(kid.group(2))), depth + 1)

    walk((int(top.group(1)), int(top.group(2))), 0)
    return found


def _contents_ref(page: bytes) -> tuple[int, int]:
    contents = re.search(rb"/Contents\s+" + _REF, page)
    if contents is None:
        raise ValueError("a PDF page's drawing is not one stream")
    return int(contents.group(1)), int(contents.group(2))


def _marked_stream(data: bytes, ref: tuple[int, int], language_tag: str) -> bytes:
    """A new copy of content stream `ref` with all of its drawing in a /Span of the language."""
    starts = [m.end() for m in re.finditer(rb"(?:^|[\r\n])%d %d obj" % ref, data)]
    if not starts:
        raise ValueError(f"the PDF's object {ref[0]} cannot be found")
    head_end = data.index(b"stream", starts[-1])
    head = data[starts[-1] : head_end]
    length = re.search(rb"/Length\s+(\d+)(?:\s+(\d+)\s+R)?", head)
    if length is None:
        raise ValueError("a PDF page's drawing has no length")
    size = int(length.group(1))
    if length.group(2) is not None:
        size = int(_object(data, (int(length.group(1)), int(length.group(2)))))
    start = head_end + len(b"stream")
    start += 2 if data[start : start + 2] == b"\r\n" else 1
    raw = data[start : start + size]
    named = re.search(rb"/Filter\s*(/\w+|\[[^\]]*\])", head)
    filters = re.findall(rb"/(\w+)", named.group(1)) if named else []
    if filters not in ([], [b"FlateDecode"]) or b"/DecodeParms" in head:
        raise ValueError("a PDF page's drawing is compressed in a way not read here")
    drawing = zlib.decompress(raw) if filters else raw
    marked = b"/Span <</Lang (%s)>> BDC\n%s\nEMC\n" % (language_tag.encode("ascii"), drawing)
    packed = zlib.compress(marked)
    return b"<<\n/Length %d\n/Filter /FlateDecode\n>>\nstream\n%s\nendstream" % (len(packed), packed)


def _append_update(
    path: Path, data: bytes, changed: dict[tuple[int, int], bytes], trailer_body: bytes, previous: int
) -> None:
    offset = len(data) + (0 if data.endswith(b"\n") else 1)
    update = b""
    entries = []
    for (number, generation), body in sorted(changed.items()):
        entries.append(b"%d 1\n%010d %05d n \n" % (number, offset + len(update), generation))
        update += b"%d %d obj\n%s\nendobj\n" % (number, generation, body)
    xref = offset + len(update)
    kept = re.sub(rb"/Prev\s+\d+", b"", trailer_body).strip()
    tail = b"xref\n%s" % b"".join(entries)
    tail += b"trailer\n<<\n%s\n/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (kept, previous, xref)
    with path.open("ab") as out:
        if not data.endswith(b"\n"):
            out.write(b"\n")
        out.write(update + tail)
