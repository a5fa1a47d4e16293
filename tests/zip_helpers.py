"""Writing a zip with very many (empty) entries quickly, for the entry-count tests and
the benchmark: local headers, a central directory, and the end records (zip64 ones when
there are more than 65,535 entries), as the zip format describes them."""

from __future__ import annotations

import struct
from pathlib import Path


def many_entries_zip(path: Path, count: int) -> Path:
    """A valid stored zip of `count` empty files named media/<n>."""
    directory = bytearray()
    with path.open("wb") as out:
        offset = 0
        for n in range(count):
            name = f"media/{n:08x}".encode()
            local = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0) + name
            out.write(local)
            directory += (
                struct.pack(
                    "<4sHHHHHHIIIHHHHHII",
                    b"PK\x01\x02",
                    20,
                    20,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    len(name),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
                + name
            )
            offset += len(local)
        out.write(directory)
        directory_at = offset
        end_at = directory_at + len(directory)
        if count > 0xFFFF:
            out.write(
                struct.pack(
                    "<4sQHHIIQQQQ",
                    b"PK\x06\x06",
                    44,
                    45,
                    45,
                    0,
                    0,
                    count,
                    count,
                    len(directory),
                    directory_at,
                )
            )
            out.write(struct.pack("<4sIQI", b"PK\x06\x07", 0, end_at, 1))
        small = min(count, 0xFFFF)
        out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, small, small, len(directory), directory_at, 0))
    return path


def small_pages_backpack(path: Path, pieces: int, pages: int = 1000) -> int:
    """A backpack whose manifest is `pieces` books of `pages` pages with the fewest bytes a
    page may have (the worst case for memory: most pages per byte); returns its size."""
    import json
    import zipfile

    book = [
        {
            "id": f"b{n}",
            "writer_id": "w",
            "kind": "book",
            "finished": False,
            "created": "2026-01-01",
            "updated": "2026-01-01",
            "pages": [{"id": f"{n}p{p}", "role": "page"} for p in range(pages)],
        }
        for n in range(pieces)
    ]
    manifest = {
        "format": "writing-nook-backpack",
        "format_version": 1,
        "app_version": "test",
        "made": "2026-01-01",
        "writers": [{"id": "w", "name": "Maya", "avatar": "fox"}],
        "pieces": book,
        "media": [],
    }
    text = json.dumps(manifest, separators=(",", ":")).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", text)
    return len(text)


def books_backpack(path: Path, books: list[int], words: str = "", real_ids: bool = True) -> int:
    """A backpack of one writer's books, `books[n]` pages in the n-th, as `write_backpack`
    writes them (32-letter ids, empty pictures and extras, each page's `words` and its
    number): the shape of a real backpack's manifest; returns the manifest's size."""
    import json
    import zipfile

    def page_id(n: int, p: int) -> str:
        return f"{n:016x}{p:016x}" if real_ids else f"{n}p{p}"

    pieces = [
        {
            "id": page_id(n, 10**9),
            "writer_id": "w",
            "kind": "book",
            "finished": False,
            "created": "2026-01-01",
            "updated": "2026-01-01",
            "pages": [
                {"id": page_id(n, p), "role": "page", "words": f"{words}{p}", "picture": {}, "extras": {}}
                for p in range(count)
            ],
        }
        for n, count in enumerate(books)
    ]
    manifest = {
        "format": "writing-nook-backpack",
        "format_version": 1,
        "app_version": "test",
        "made": "2026-01-01",
        "writers": [{"id": "w", "name": "Maya", "avatar": "fox"}],
        "media": [],
        "pieces": pieces,
    }
    text = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("manifest.json", text)
    return len(text)
