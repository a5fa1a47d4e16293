"""The language of a PDF, as a screen reader and a reading app look for it: /Lang in the
document catalog. Qt's PDF writer offers no way to set it (nor a per-span /Lang: its
content streams are not tagged), so it is added afterwards as a PDF incremental update:
a new copy of the catalog with /Lang, a one-entry cross-reference section and a
trailer pointing back to Qt's (the file Qt wrote is left byte for byte as it was).
"""

from __future__ import annotations

import re
from pathlib import Path

_TRAILER = re.compile(rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s*(?P<xref>\d+)\s*%%EOF\s*$", re.S)
_ROOT = re.compile(rb"/Root\s+(\d+)\s+(\d+)\s+R")
_LANG = re.compile(rb"/Lang\s*\((?:[^()\\]|\\.)*\)")
_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def set_document_language(path: Path, language_tag: str) -> None:
    """Give the PDF at `path` the document language `language_tag` ("en", "es-419")."""
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
    number, generation = int(root.group(1)), int(root.group(2))
    starts = [m.end() for m in re.finditer(rb"(?:^|[\r\n])%d %d obj" % (number, generation), data)]
    if not starts:
        raise ValueError("the PDF's catalog cannot be found")
    start = starts[-1]
    end = data.index(b"endobj", start)
    catalog = data[start:end].strip()
    if not (catalog.startswith(b"<<") and catalog.endswith(b">>")):
        raise ValueError("the PDF's catalog is not a dictionary")
    inner = _LANG.sub(b"", catalog[2:-2]).rstrip()
    lang = language_tag.encode("ascii")
    offset = len(data) + (0 if data.endswith(b"\n") else 1)
    update = b"%d %d obj\n<<%s\n/Lang (%s)\n>>\nendobj\n" % (number, generation, inner, lang)
    xref = offset + len(update)
    kept = re.sub(rb"/Prev\s+\d+", b"", body).strip()
    tail = b"xref\n%d 1\n%010d %05d n \ntrailer\n<<\n%s\n/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        number,
        offset,
        generation,
        kept,
        previous,
        xref,
    )
    with path.open("ab") as out:
        if not data.endswith(b"\n"):
            out.write(b"\n")
        out.write(update + tail)
