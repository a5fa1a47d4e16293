"""The backpack: one `.nook` file that carries pieces between computers (school and home).

`pack` writes chosen pieces, their writers, photos and recordings into a backpack (see
`backpack_pack`; `backpack_file` for the format and for `read`, which checks a backpack
completely before anything is written). `unpack` brings a checked backpack into a library in one
transaction.

A piece keeps one identity across computers, its *origin* (the id it was made with).
`backpack_sync` remembers what each local piece last had in common with a backpack, so
an import updates a piece only when it did not change here since; otherwise the incoming
version is added beside it. `backpack_seen` remembers every version packed or opened,
so opening the same backpack twice adds nothing twice. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nook.core.backpack_file import (
    FORMAT_VERSION,
    SUFFIX,
    Backpack,
    BackpackRefused,
    IncomingPiece,
    IncomingWriter,
    page_media,
    read,
    read_bytes,
)
from nook.core.backpack_pack import PackResult, pack, piece_hash, remember_packed, write_backpack
from nook.core.library import Library, new_id
from nook.core.models import Piece

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
