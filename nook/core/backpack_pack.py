"""Packing a backpack: the chosen pieces, their writers, photos and recordings written into
a `.nook` file (`write_backpack`), and what was packed remembered (`remember_packed`), so
opening the same backpack here again adds nothing. The library is only read while the
file is written. See `backpack` for opening one, `backpack_file` for the format. No Qt here.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nook import __version__
from nook.core.backpack_file import (
    FORMAT,
    MANIFEST,
    RECORDINGS_FORMAT_VERSION,
    check_packable,
    content_hash,
    page_media,
)
from nook.core.library import Library, now
from nook.core.models import Page, Piece
from nook.core.recordings import MIME as RECORDING_MIME
from nook.core.safe_files import temporary_beside


# -- what goes in -------------------------------------------------------------------------
def origin_of(piece: Piece) -> str:
    """The piece's identity on every computer: the id it was first made with."""
    return piece.origin_id or piece.id


def page_record(page: Page) -> dict[str, Any]:
    """A page as a backpack carries it (and as its content hash is made from)."""
    return {"id": page.id, "role": page.role, "words": page.words, "picture": page.picture, "extras": page.extras}


def piece_hash(library: Library, piece: Piece) -> str:
    """The piece's content as a backpack would carry it, hashed (kind, look, finished, pages)."""
    return content_hash(piece.kind, piece.look, piece.finished, [page_record(p) for p in library.pages(piece.id)])


@dataclass(frozen=True)
class PackResult:
    path: Path
    pieces: int
    media: int
    size: int
    # (piece id, origin, content hash, revision) of each piece packed, for `remember_packed`.
    versions: tuple[tuple[str, str, str, int], ...] = ()


def pack(library: Library, piece_ids: Iterable[str], destination: Path | str) -> PackResult:
    """Write the chosen pieces into a `.nook` file and remember what was packed."""
    result = write_backpack(library, piece_ids, destination)
    remember_packed(library, result)
    return result


def remember_packed(library: Library, result: PackResult) -> None:
    """Remember the versions a backpack carried, so opening it here again adds nothing."""
    with library.transaction():
        for piece_id, origin, digest, revision in result.versions:
            library.backpack.remember(piece_id, origin, digest, revision)


def write_backpack(library: Library, piece_ids: Iterable[str], destination: Path | str) -> PackResult:
    """Write the chosen pieces, their writers and their media into a `.nook` file; the
    library is only read (`remember_packed` stores what was packed).

    Written to a temporary file beside `destination` and renamed into place, so a failed
    pack never leaves a half backpack with the final name. BackpackRefused (nothing
    written) if the backpack would be past a limit where it is opened.
    """
    destination = Path(destination)
    pieces: list[Piece] = []
    for piece_id in dict.fromkeys(piece_ids):
        piece = library.piece(piece_id)
        if piece is None:
            raise KeyError(piece_id)
        pieces.append(piece)
    if not pieces:
        raise ValueError("choose at least one piece to pack")
    writers: dict[str, dict[str, Any]] = {}
    piece_records = []
    hashes: set[str] = set()
    versions: list[tuple[Piece, str]] = []
    page_counts: list[int] = []
    for piece in pieces:
        writer = library.writer(piece.writer_id)
        if writer is None:
            raise KeyError(piece.writer_id)
        writers[writer.id] = {
            "id": writer.id,
            "name": writer.name,
            "avatar": writer.avatar,
            "colour": writer.colour,
            "language": writer.language,
        }
        pages = [page_record(p) for p in library.pages(piece.id)]
        for page in pages:
            hashes |= page_media(page["picture"], page["extras"])
        digest = content_hash(piece.kind, piece.look, piece.finished, pages)
        versions.append((piece, digest))
        page_counts.append(len(pages))
        piece_records.append(
            {
                "id": piece.id,
                "origin": origin_of(piece),
                "writer_id": piece.writer_id,
                "kind": piece.kind,
                "look": piece.look,
                "created": piece.created,
                "updated": piece.updated,
                "finished": piece.finished,
                "revision": piece.revision,
                "content_hash": digest,
                "pages": pages,
            }
        )
    pages_in_all, longest = sum(page_counts), max(page_counts)
    check_packable(destination.name, len(piece_records), pages_in_all, longest)
    media_records = []
    for digest in sorted(hashes):
        # Measured here, read again one at a time as it is written: never all held at once.
        data = library.media(digest)
        info = library.media_info(digest)
        if data is None or info is None:
            continue  # a page pointing at a missing photo or recording: the page still travels
        media_records.append(
            {
                "hash": digest,
                "mime": info["mime"],
                "width": info["width"] or 0,
                "height": info["height"] or 0,
                "size": len(data),
            }
        )
        del data
    manifest = {
        "format": FORMAT,
        "format_version": RECORDINGS_FORMAT_VERSION if any(m["mime"] == RECORDING_MIME for m in media_records) else 1,
        "app_version": __version__,
        "made": now(),
        "writers": list(writers.values()),
        "media": media_records,
        "pieces": piece_records,  # last: a reader checks each piece as it decodes it (HEAD)
    }
    # Compact: indented, a page of a few words took ~100 bytes instead of ~65.
    text = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    media_bytes = sum(record["size"] for record in media_records)
    check_packable(
        destination.name, len(piece_records), pages_in_all, longest, len(text), len(media_records), media_bytes
    )
    with temporary_beside(destination) as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, text)
        del text
        for record in media_records:
            blob = library.media(record["hash"]) or b""
            # Photos and recordings are already compressed: store them, do not deflate them again.
            archive.writestr(f"media/{record['hash']}", blob, compress_type=zipfile.ZIP_STORED)
            del blob
    return PackResult(
        destination,
        len(pieces),
        len(media_records),
        destination.stat().st_size,
        tuple((piece.id, origin_of(piece), digest, piece.revision) for piece, digest in versions),
    )
