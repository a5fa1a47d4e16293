"""The backpack: one `.nook` file that carries pieces between computers (school and home).

`pack` writes chosen pieces, their writers, photos and recordings into a backpack (see
`backpack_file` for the format and for `read`, which checks a backpack completely
before anything is written). `unpack` brings a checked backpack into a library in one
transaction.

A piece keeps one identity across computers, its *origin* (the id it was made with).
`backpack_sync` remembers what each local piece last had in common with a backpack, so
an import updates a piece only when it did not change here since; otherwise the incoming
version is added beside it. `backpack_seen` remembers every version packed or opened,
so opening the same backpack twice adds nothing twice. No Qt here.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nook import __version__
from nook.core.backpack_file import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    RECORDINGS_FORMAT_VERSION,
    SUFFIX,
    Backpack,
    BackpackRefused,
    IncomingPiece,
    IncomingWriter,
    check_packable,
    content_hash,
    page_media,
    read,
    read_bytes,
)
from nook.core.library import Library, new_id, now
from nook.core.models import Page, Piece
from nook.core.recordings import MIME as RECORDING_MIME
from nook.core.safe_files import temporary_beside

__all__ = [
    "FORMAT_VERSION",
    "SUFFIX",
    "Backpack",
    "BackpackRefused",
    "IncomingPiece",
    "IncomingWriter",
    "PackResult",
    "UnpackResult",
    "match_writer",
    "open_backpack",
    "pack",
    "read",
    "read_bytes",
    "remember_packed",
    "suggest_writer",
    "unpack",
    "write_backpack",
]


# -- what goes in -------------------------------------------------------------------------
def origin_of(piece: Piece) -> str:
    """The piece's identity on every computer: the id it was first made with."""
    return piece.origin_id or piece.id


def _page_record(page: Page) -> dict[str, Any]:
    return {"id": page.id, "role": page.role, "words": page.words, "picture": page.picture, "extras": page.extras}


def piece_hash(library: Library, piece: Piece) -> str:
    return content_hash(piece.kind, piece.look, piece.finished, [_page_record(p) for p in library.pages(piece.id)])


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
        pages = [_page_record(p) for p in library.pages(piece.id)]
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


# -- opening into a library ----------------------------------------------------------------
@dataclass
class UnpackResult:
    added: list[str] = field(default_factory=list)  # new piece ids
    updated: list[str] = field(default_factory=list)  # local pieces brought up to date
    side_by_side: list[str] = field(default_factory=list)  # new copies beside a piece changed here too
    unchanged: list[str] = field(default_factory=list)  # incoming piece ids already here
    writers_added: list[str] = field(default_factory=list)
    media_added: int = 0

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated or self.side_by_side or self.writers_added or self.media_added)


def match_writer(library: Library, incoming: IncomingWriter) -> str | None:
    """The local writer for an incoming one: the same id, or one matched before."""
    if library.writer(incoming.id) is not None:
        return incoming.id
    matched = library.backpack.matched_writer(incoming.id)
    if matched and library.writer(matched) is not None:
        return matched
    return None


def suggest_writer(library: Library, incoming: IncomingWriter) -> str | None:
    """A local writer the grown-up might mean: matched by id, else the same name."""
    matched = match_writer(library, incoming)
    if matched:
        return matched
    key = incoming.name.casefold()
    for writer in library.writers(include_archived=True):
        if key and writer.name.casefold() == key:
            return writer.id
    return None


def unpack(library: Library, backpack: Backpack, writer_choice: dict[str, str | None] | None = None) -> UnpackResult:
    """Bring a checked backpack's pieces onto the right shelves, in one transaction.

    `writer_choice` maps an incoming writer id to a local writer id the grown-up picked,
    or to None for "make a new writer"; writers not in it are matched by id (or by an
    earlier choice) and created when there is no match.
    """
    result = UnpackResult()
    # The photos are read from the backpack's file as each piece goes in: a file gone or
    # changed since it was checked is refused (BackpackRefused) with nothing written.
    with backpack.reading_media() as media, library.transaction():
        writer_ids = _writers(library, backpack, writer_choice or {}, result)
        for incoming_piece in backpack.pieces:
            _piece_and_its_media(library, backpack, media, incoming_piece, writer_ids, result)
    return result


# Pieces stored together in one transaction by `unpack_in_steps`: between two steps the
# app's own edits get their turn at the library, and a grown-up may stop.
STEP_PIECES = 10


def unpack_in_steps(
    library: Library,
    backpack: Backpack,
    writer_choice: dict[str, str | None] | None = None,
    progress: Callable[[int, int], bool] | None = None,
    step_pieces: int = STEP_PIECES,
) -> tuple[UnpackResult, bool]:
    """Like `unpack`, a few pieces per transaction (each piece with its photos and sounds),
    for a big backpack brought in by a worker on its own connection. `progress(done,
    total)` is asked after each step; False stops there. Returns the result and whether
    every piece was brought in; pieces already brought in stay, whole (a file that goes
    away or changes part way raises BackpackRefused: the piece it was in is not stored)."""
    result = UnpackResult()
    with backpack.reading_media() as media:
        with library.transaction():
            writer_ids = _writers(library, backpack, writer_choice or {}, result)
        total = len(backpack.pieces)
        for start in range(0, total, max(1, step_pieces)):
            with library.transaction():
                for incoming_piece in backpack.pieces[start : start + step_pieces]:
                    _piece_and_its_media(library, backpack, media, incoming_piece, writer_ids, result)
            done = min(total, start + step_pieces)
            if progress is not None and not progress(done, total) and done < total:
                return result, False
    return result, True


def _writers(
    library: Library, backpack: Backpack, choice: dict[str, str | None], result: UnpackResult
) -> dict[str, str]:
    writer_ids: dict[str, str] = {}
    for incoming in backpack.writers:
        if not backpack.pieces_of(incoming.id):
            continue
        picked = choice.get(incoming.id, "") if incoming.id in choice else match_writer(library, incoming)
        if picked and library.writer(picked) is not None:
            writer_ids[incoming.id] = picked
            if picked != incoming.id:
                library.backpack.match_writer(incoming.id, picked)
        else:
            writer_ids[incoming.id] = _add_writer(library, incoming)
            result.writers_added.append(writer_ids[incoming.id])
    return writer_ids


def _piece_and_its_media(
    library: Library,
    backpack: Backpack,
    media: Callable[[str], bytes],
    incoming_piece: IncomingPiece,
    writer_ids: dict[str, str],
    result: UnpackResult,
) -> None:
    pages = incoming_piece.pages  # decoded once here, for this piece only
    kind, piece_id = _unpack_piece(library, incoming_piece, pages, writer_ids[incoming_piece.writer_id])
    getattr(result, kind).append(piece_id)
    if kind == "unchanged":
        return
    needed: set[str] = set()
    for page in pages:
        needed |= page_media(page["picture"], page["extras"])
    for digest in sorted(needed):
        if library.media_info(digest) is None:
            info = backpack.media[digest]
            library.put_media(media(digest), info["mime"], info["width"], info["height"])
            result.media_added += 1


def _add_writer(library: Library, incoming: IncomingWriter) -> str:
    # The incoming id is kept, so the next backpack from that computer finds this writer.
    writer_id = incoming.id if library.writer(incoming.id) is None else new_id()
    language = incoming.language or None  # an older backpack: everyone's language here
    return library.add_writer(
        incoming.name, incoming.avatar, incoming.colour, writer_id=writer_id, language=language
    ).id


def _local_versions(library: Library, origin: str) -> Iterator[tuple[Piece, str | None, int]]:
    """Local pieces of this origin, each with what it last had in common with a backpack."""
    for piece_id, base_hash, base_revision in library.backpack.local_versions(origin):
        piece = library.piece(piece_id)
        if piece is not None:
            yield piece, base_hash, base_revision


def _unpack_piece(
    library: Library, incoming: IncomingPiece, pages: list[dict[str, Any]], writer_id: str
) -> tuple[str, str]:
    origin = incoming.origin
    seen = library.backpack.has_seen(origin, incoming.content_hash)
    locals_ = list(_local_versions(library, origin))
    current = {piece.id: piece_hash(library, piece) for piece, _, _ in locals_}
    if seen or incoming.content_hash in current.values():
        match = next((pid for pid, digest in current.items() if digest == incoming.content_hash), None)
        if match:
            library.backpack.remember(match, origin, incoming.content_hash, incoming.revision)
        return "unchanged", match or incoming.id
    for piece, base_hash, base_revision in locals_:
        untouched_here = base_hash is not None and current[piece.id] == base_hash
        if untouched_here and incoming.revision >= base_revision and piece.writer_id == writer_id:
            library.replace_piece(
                piece.id,
                incoming.kind,
                incoming.look,
                pages,
                finished=incoming.finished,
                updated=max(incoming.updated, piece.updated),
                revision=max(incoming.revision, piece.revision),
            )
            library.backpack.remember(piece.id, origin, incoming.content_hash, max(incoming.revision, piece.revision))
            return "updated", piece.id
    # New here, or changed on both computers: add it, never overwrite.
    taken = library.piece(incoming.id) is not None
    piece_id = new_id() if taken else incoming.id
    library.import_piece(
        writer_id,
        incoming.kind,
        incoming.look,
        pages,
        piece_id=piece_id,
        origin_id=origin,
        created=incoming.created,
        updated=incoming.updated,
        finished=incoming.finished,
        revision=incoming.revision,
        keep_page_ids=not taken,
    )
    library.backpack.remember(piece_id, origin, incoming.content_hash, incoming.revision)
    return ("side_by_side" if locals_ else "added"), piece_id


def open_backpack(
    library: Library, path: Path | str, writer_choice: dict[str, str | None] | None = None
) -> UnpackResult:
    """Read, check and unpack a `.nook` file; raises BackpackRefused with nothing written."""
    return unpack(library, read(path), writer_choice)
