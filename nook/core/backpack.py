"""The backpack: one `.nook` file that carries pieces between computers (school and home).

A backpack is a zip holding `manifest.json` (format version, app version, the writers
with name and avatar, the pieces with their pages) and `media/<sha256>` for every photo
the pictures refer to. Opening one is all-or-nothing: the whole file is read into memory
and checked (zip health, names, sizes, compression ratios, the manifest, every media
hash) before one library transaction writes anything, and nothing is ever extracted to
disk. No Qt here.

A piece keeps one identity across computers, its *origin* (the id it was made with).
`backpack_sync` remembers what each local piece last had in common with a backpack, so
an import updates a piece only when it did not change here since; otherwise the incoming
version is added beside it. `backpack_seen` remembers every version packed or opened,
so opening the same backpack twice adds nothing twice.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from nook import __version__
from nook.core.library import Change, Library, new_id, now, page_text, title_from, title_source
from nook.core.models import KINDS, PAGE_ROLES, Page, Piece
from nook.core.picture import media_hashes
from nook.core.safe_files import temporary_beside

FORMAT = "writing-nook-backpack"
FORMAT_VERSION = 1
SUFFIX = ".nook"
MANIFEST = "manifest.json"

# Limits: generous for a year of a child's work, far below what could hurt a computer.
MAX_BACKPACK_BYTES = 512 * 1024 * 1024  # the .nook file itself (about 1,000 photos)
MAX_TOTAL_BYTES = 768 * 1024 * 1024  # everything inside, uncompressed
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_MEDIA_BYTES = 32 * 1024 * 1024  # one photo (the editor stores at most 2048 px)
MAX_MEDIA_PIXELS = 4096 * 4096
MAX_ENTRIES = 20_000
MAX_RATIO = 100  # uncompressed / compressed, per entry, above a small size
RATIO_FLOOR = 1024 * 1024  # small entries (JSON full of spaces) may compress very well
MAX_PIECES = 10_000
MAX_PAGES_PER_PIECE = 1000
MAX_TEXT = 1024 * 1024
MAX_JSON_DEPTH = 40
MEDIA_MIMES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/gif": "GIF", "image/webp": "WEBP"}

_HASH = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")


class BackpackRefused(Exception):  # noqa: N818 - named like LibraryDamaged: what happened
    """This file cannot be opened as a backpack; the message is for a grown-up."""


# -- what goes in -------------------------------------------------------------------------
def origin_of(piece: Piece) -> str:
    """The piece's identity on every computer: the id it was first made with."""
    return piece.origin_id or piece.id


def _page_record(page: Page) -> dict[str, Any]:
    return {"id": page.id, "role": page.role, "words": page.words, "picture": page.picture, "extras": page.extras}


def content_hash(kind: str, look: str, finished: bool, pages: Iterable[dict[str, Any]]) -> str:
    """A fingerprint of what a piece *is* (not where it sits, nor its ids or times)."""
    body = {
        "kind": kind,
        "look": look,
        "finished": bool(finished),
        "pages": [
            {"role": p["role"], "words": p["words"], "picture": p["picture"], "extras": p["extras"]} for p in pages
        ],
    }
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def piece_hash(library: Library, piece: Piece) -> str:
    return content_hash(piece.kind, piece.look, piece.finished, [_page_record(p) for p in library.pages(piece.id)])


@dataclass(frozen=True)
class PackResult:
    path: Path
    pieces: int
    media: int
    size: int


def pack(library: Library, piece_ids: Iterable[str], destination: Path | str) -> PackResult:
    """Write the chosen pieces, their writers and their media into a `.nook` file.

    Written to a temporary file beside `destination` and renamed into place, so a failed
    pack never leaves a half backpack with the final name.
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
    for piece in pieces:
        writer = library.writer(piece.writer_id)
        if writer is None:
            raise KeyError(piece.writer_id)
        writers[writer.id] = {"id": writer.id, "name": writer.name, "avatar": writer.avatar, "colour": writer.colour}
        pages = [_page_record(p) for p in library.pages(piece.id)]
        for page in pages:
            hashes |= media_hashes(page["picture"])
        digest = content_hash(piece.kind, piece.look, piece.finished, pages)
        versions.append((piece, digest))
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
    media_records = []
    blobs: dict[str, bytes] = {}
    for digest in sorted(hashes):
        data = library.media(digest)
        info = library.media_info(digest)
        if data is None or info is None:
            continue  # a picture pointing at a missing photo: the page still travels
        blobs[digest] = data
        media_records.append(
            {"hash": digest, "mime": info["mime"], "width": info["width"] or 0, "height": info["height"] or 0,
             "size": len(data)}
        )
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "made": now(),
        "writers": list(writers.values()),
        "pieces": piece_records,
        "media": media_records,
    }
    with temporary_beside(destination) as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for digest, data in blobs.items():
            # Photos are already compressed: store them, do not deflate them again.
            archive.writestr(f"media/{digest}", data, compress_type=zipfile.ZIP_STORED)
    with library.transaction():
        for piece, digest in versions:
            _remember(library, piece.id, origin_of(piece), digest, piece.revision)
    return PackResult(destination, len(pieces), len(blobs), destination.stat().st_size)


def _remember(library: Library, piece_id: str, origin: str, digest: str, revision: int) -> None:
    known = library.db.execute(
        "SELECT origin, base_hash, base_revision FROM backpack_sync WHERE piece_id = ?", [piece_id]
    ).fetchone()
    if known is not None and tuple(known) == (origin, digest, revision):
        return  # already known: opening a backpack twice writes nothing the second time
    library.db.execute(
        "INSERT OR REPLACE INTO backpack_sync (piece_id, origin, base_hash, base_revision, synced) VALUES (?,?,?,?,?)",
        [piece_id, origin, digest, revision, now()],
    )
    library.db.execute("INSERT OR IGNORE INTO backpack_seen (origin, content_hash) VALUES (?, ?)", [origin, digest])


# -- reading and checking ----------------------------------------------------------------
@dataclass(frozen=True)
class IncomingWriter:
    id: str
    name: str
    avatar: str
    colour: str


@dataclass(frozen=True)
class IncomingPiece:
    id: str
    origin: str
    writer_id: str
    kind: str
    look: str
    created: str
    updated: str
    finished: bool
    revision: int
    content_hash: str
    pages: list[dict[str, Any]]

    @property
    def title(self) -> str:
        titles: list[str] = []
        for page in self.pages:
            titles.extend(title_source(page["words"], page["extras"]))
        return title_from(titles)


@dataclass
class Backpack:
    """A backpack read and checked in memory; nothing of it is on disk or in a library."""

    format_version: int
    app_version: str
    made: str
    writers: list[IncomingWriter]
    pieces: list[IncomingPiece]
    media: dict[str, tuple[bytes, dict[str, Any]]] = field(default_factory=dict)

    def pieces_of(self, writer_id: str) -> list[IncomingPiece]:
        return [p for p in self.pieces if p.writer_id == writer_id]


def read(path: Path | str) -> Backpack:
    """Read and check a `.nook` file, or raise BackpackRefused saying why."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BACKPACK_BYTES:
            raise BackpackRefused(f"The backpack {path.name} is too big to be a Writing Nook backpack.")
        with path.open("rb") as handle:
            return _read_archive(handle, path.name)
    except OSError as exc:
        raise BackpackRefused(f"The backpack {path.name} cannot be read: {exc.strerror or exc}.") from exc


def read_bytes(data: bytes, name: str = "backpack") -> Backpack:
    """Check a backpack held in memory (see `read`)."""
    if len(data) > MAX_BACKPACK_BYTES:
        raise BackpackRefused(f"{name} is too big to be a Writing Nook backpack.")
    return _read_archive(io.BytesIO(data), name)


def _read_archive(source: Any, name: str) -> Backpack:
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise BackpackRefused(f"{name} is damaged or is not a Writing Nook backpack (it is not a readable zip).") \
            from exc
    with archive:
        entries = _check_entries(archive, name)
        manifest = _load_manifest(archive, entries[MANIFEST], name)
        backpack = _check_manifest(manifest, name)
        _load_media(archive, entries, manifest, backpack, name)
    return backpack


def _check_entries(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BackpackRefused(f"{name} holds too many files to be a backpack.")
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        entry = info.filename
        if entry != MANIFEST and not (entry.startswith("media/") and _HASH.match(entry[6:])):
            # Anything else, above all "../" or absolute paths, is not ours: refuse it all.
            raise BackpackRefused(f"{name} holds a file that does not belong in a backpack ({entry[:80]!r}).")
        if entry in entries:
            raise BackpackRefused(f"{name} holds the same file twice ({entry[:80]!r}).")
        if info.flag_bits & 0x1:
            raise BackpackRefused(f"{name} is locked with a password; backpacks never are.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BackpackRefused(f"{name} is packed in a way Writing Nook does not make.")
        limit = MAX_MANIFEST_BYTES if entry == MANIFEST else MAX_MEDIA_BYTES
        if info.file_size > limit:
            raise BackpackRefused(f"{name} holds a file that is too big ({entry[:80]!r}).")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise BackpackRefused(f"{name} is packed suspiciously tightly (a zip bomb?), so it was not opened.")
        total += info.file_size
        entries[entry] = info
    if total > MAX_TOTAL_BYTES:
        raise BackpackRefused(f"{name} would unpack to too much data, so it was not opened.")
    if MANIFEST not in entries:
        raise BackpackRefused(f"{name} has no list of what is inside (manifest.json); it is not a backpack.")
    return entries


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """The entry's bytes, never more than it claims (the sizes in a zip can lie)."""
    try:
        with archive.open(info) as handle:
            chunks = []
            left = info.file_size + 1
            while left > 0:
                chunk = handle.read(min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
    except (zipfile.BadZipFile, zlib_error(), OSError, EOFError, ValueError) as exc:
        raise BackpackRefused(f"{name} is damaged ({info.filename[:80]!r} cannot be read).") from exc
    data = b"".join(chunks)
    if len(data) != info.file_size:
        raise BackpackRefused(f"{name} is damaged ({info.filename[:80]!r} is not the size it claims).")
    return data


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _load_manifest(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> dict[str, Any]:
    raw = _read_entry(archive, info, name)
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BackpackRefused(f"{name} has a damaged list of what is inside (manifest.json).") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackpackRefused(f"{name} is not a Writing Nook backpack.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BackpackRefused(f"{name} has a wrong list of what is inside (no format version).")
    if version > FORMAT_VERSION:
        made_by = manifest.get("app_version")
        by = f" (Writing Nook {made_by})" if isinstance(made_by, str) and len(made_by) < 40 else ""
        raise BackpackRefused(
            f"{name} was made by a newer Writing Nook{by}. Update Writing Nook on this computer to open it."
        )
    return manifest


class _Wrong(Exception):  # noqa: N818 - internal, turned into BackpackRefused
    pass


def _text(value: Any, what: str, limit: int = MAX_TEXT, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or len(value) > limit or (pattern is not None and not pattern.match(value)):
        raise _Wrong(what)
    return value


def _json_object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or _depth(value) > MAX_JSON_DEPTH:
        raise _Wrong(what)
    return value


def _depth(value: Any) -> int:
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def _check_manifest(manifest: dict[str, Any], name: str) -> Backpack:
    try:
        return _parse_manifest(manifest)
    except _Wrong as wrong:
        raise BackpackRefused(f"{name} has a wrong list of what is inside ({wrong}).") from None


def _parse_manifest(manifest: dict[str, Any]) -> Backpack:
    writers_raw, pieces_raw, media_raw = manifest.get("writers"), manifest.get("pieces"), manifest.get("media")
    if not isinstance(writers_raw, list) or not isinstance(pieces_raw, list) or not isinstance(media_raw, list):
        raise _Wrong("writers, pieces or media missing")
    if len(pieces_raw) > MAX_PIECES or len(writers_raw) > MAX_PIECES:
        raise _Wrong("too many pieces")
    writers: dict[str, IncomingWriter] = {}
    for raw in writers_raw:
        if not isinstance(raw, dict):
            raise _Wrong("a writer")
        writer = IncomingWriter(
            id=_text(raw.get("id"), "a writer's id", pattern=_ID),
            name=" ".join(_text(raw.get("name"), "a writer's name", 200).split())[:60],
            avatar=_text(raw.get("avatar"), "a writer's avatar", 100),
            colour=_text(raw.get("colour", "#1f4e9c"), "a writer's colour", 20),
        )
        if writer.id in writers:
            raise _Wrong("a writer twice")
        writers[writer.id] = writer
    media_listed: dict[str, dict[str, Any]] = {}
    for raw in media_raw:
        if not isinstance(raw, dict):
            raise _Wrong("a photo")
        digest = _text(raw.get("hash"), "a photo's hash", pattern=_HASH)
        mime = _text(raw.get("mime"), "a photo's kind", 40)
        if mime not in MEDIA_MIMES:
            raise _Wrong(f"a photo of kind {mime[:40]!r}")
        width, height = raw.get("width", 0), raw.get("height", 0)
        if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 65535 for v in (width, height)):
            raise _Wrong("a photo's size")
        if digest in media_listed:
            raise _Wrong("a photo twice")
        media_listed[digest] = {"mime": mime, "width": width, "height": height}
    pieces: list[IncomingPiece] = []
    seen_ids: set[str] = set()
    for raw in pieces_raw:
        if not isinstance(raw, dict):
            raise _Wrong("a piece")
        piece_id = _text(raw.get("id"), "a piece's id", pattern=_ID)
        if piece_id in seen_ids:
            raise _Wrong("a piece twice")
        seen_ids.add(piece_id)
        writer_id = _text(raw.get("writer_id"), "a piece's writer", pattern=_ID)
        if writer_id not in writers:
            raise _Wrong("a piece whose writer is not in the backpack")
        kind = _text(raw.get("kind"), "a piece's kind", 20)
        if kind not in KINDS:
            raise _Wrong(f"a piece of kind {kind!r}")
        finished, revision = raw.get("finished"), raw.get("revision", 0)
        if not isinstance(finished, bool):
            raise _Wrong("a piece's finished mark")
        if not isinstance(revision, int) or isinstance(revision, bool) or not 0 <= revision < 2**62:
            raise _Wrong("a piece's revision")
        pages_raw = raw.get("pages")
        if not isinstance(pages_raw, list) or not 1 <= len(pages_raw) <= MAX_PAGES_PER_PIECE:
            raise _Wrong("a piece's pages")
        pages = []
        for page_raw in pages_raw:
            if not isinstance(page_raw, dict):
                raise _Wrong("a page")
            role = _text(page_raw.get("role"), "a page's role", 20)
            if role not in PAGE_ROLES:
                raise _Wrong(f"a page of role {role!r}")
            picture = _json_object(page_raw.get("picture", {}), "a page's picture")
            for digest in media_hashes(picture):
                if digest not in media_listed:
                    raise _Wrong("a picture whose photo is not in the backpack")
            pages.append(
                {
                    "id": _text(page_raw.get("id"), "a page's id", pattern=_ID),
                    "role": role,
                    "words": _text(page_raw.get("words", ""), "a page's words"),
                    "picture": picture,
                    "extras": _json_object(page_raw.get("extras", {}), "a page's extras"),
                }
            )
        look = _text(raw.get("look", ""), "a piece's look", 200)
        pieces.append(
            IncomingPiece(
                id=piece_id,
                origin=_text(raw.get("origin", piece_id), "a piece's origin", pattern=_ID),
                writer_id=writer_id,
                kind=kind,
                look=look,
                created=_text(raw.get("created"), "a piece's date", 64),
                updated=_text(raw.get("updated"), "a piece's date", 64),
                finished=finished,
                revision=revision,
                # Recomputed, never trusted: it decides what counts as "the same piece".
                content_hash=content_hash(kind, look, finished, pages),
                pages=pages,
            )
        )
    made, app_version = manifest.get("made", ""), manifest.get("app_version", "")
    return Backpack(
        format_version=int(manifest["format_version"]),
        app_version=_text(app_version, "the app version", 40),
        made=_text(made, "the date it was made", 64),
        writers=list(writers.values()),
        pieces=pieces,
        media={digest: (b"", info) for digest, info in media_listed.items()},
    )


def _load_media(
    archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], manifest: dict[str, Any], backpack: Backpack,
    name: str,
) -> None:
    stored = {entry[6:] for entry in entries if entry != MANIFEST}
    if stored != set(backpack.media):
        raise BackpackRefused(f"{name} has a wrong list of what is inside (the photos do not match it).")
    for digest, (_, info) in list(backpack.media.items()):
        data = _read_entry(archive, entries[f"media/{digest}"], name)
        if hashlib.sha256(data).hexdigest() != digest:
            raise BackpackRefused(f"{name} is damaged (a photo is not what it should be).")
        _check_image(data, info["mime"], name)
        backpack.media[digest] = (data, info)


def _check_image(data: bytes, mime: str, name: str) -> None:
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != MEDIA_MIMES[mime]:
                raise BackpackRefused(f"{name} holds a photo that is not what it says it is.")
            if image.width * image.height > MAX_MEDIA_PIXELS:
                raise BackpackRefused(f"{name} holds a photo that is far too big.")
            image.verify()
    except BackpackRefused:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise BackpackRefused(f"{name} holds a damaged photo.") from exc


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
    row = library.db.execute("SELECT writer_id FROM backpack_writers WHERE remote_id = ?", [incoming.id]).fetchone()
    if row and library.writer(row[0]) is not None:
        return str(row[0])
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
    choice = writer_choice or {}
    result = UnpackResult()
    with library.transaction():
        writer_ids: dict[str, str] = {}
        for incoming in backpack.writers:
            if not backpack.pieces_of(incoming.id):
                continue
            picked = choice.get(incoming.id, "") if incoming.id in choice else match_writer(library, incoming)
            if picked and library.writer(picked) is not None:
                writer_ids[incoming.id] = picked
                if picked != incoming.id:
                    library.db.execute(
                        "INSERT OR REPLACE INTO backpack_writers (remote_id, writer_id) VALUES (?, ?)",
                        [incoming.id, picked],
                    )
            else:
                writer_ids[incoming.id] = _add_writer(library, incoming)
                result.writers_added.append(writer_ids[incoming.id])
        needed: set[str] = set()
        for incoming_piece in backpack.pieces:
            outcome = _unpack_piece(library, incoming_piece, writer_ids[incoming_piece.writer_id])
            kind, piece_id = outcome
            getattr(result, kind).append(piece_id)
            if kind != "unchanged":
                for page in incoming_piece.pages:
                    needed |= media_hashes(page["picture"])
        for digest in sorted(needed):
            data, info = backpack.media[digest]
            if library.media_info(digest) is None:
                library.put_media(data, info["mime"], info["width"], info["height"])
                result.media_added += 1
    return result


def _add_writer(library: Library, incoming: IncomingWriter) -> str:
    # The incoming id is kept, so the next backpack from that computer finds this writer.
    writer_id = incoming.id if library.writer(incoming.id) is None else new_id()
    position = library.db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM writers").fetchone()[0]
    library.db.table("writers").insert(
        {"id": writer_id, "name": incoming.name, "avatar": incoming.avatar, "colour": incoming.colour,
         "position": position, "archived": 0, "created": now()}
    )
    library._announce(Change("writers", writer_id=writer_id))
    return writer_id


def _local_versions(library: Library, origin: str) -> Iterator[tuple[Piece, str | None, int]]:
    """Local pieces of this origin, each with what it last had in common with a backpack."""
    rows = library.db.execute(
        "SELECT p.id, s.base_hash, s.base_revision FROM pieces p LEFT JOIN backpack_sync s ON s.piece_id = p.id "
        "WHERE p.id = ? OR p.origin_id = ? ORDER BY p.created, p.id",
        [origin, origin],
    ).fetchall()
    for piece_id, base_hash, base_revision in rows:
        piece = library.piece(piece_id)
        if piece is not None:
            yield piece, base_hash, int(base_revision or 0)


def _unpack_piece(library: Library, incoming: IncomingPiece, writer_id: str) -> tuple[str, str]:
    origin = incoming.origin
    seen = library.db.execute(
        "SELECT 1 FROM backpack_seen WHERE origin = ? AND content_hash = ?", [origin, incoming.content_hash]
    ).fetchone()
    locals_ = list(_local_versions(library, origin))
    current = {piece.id: piece_hash(library, piece) for piece, _, _ in locals_}
    if seen or incoming.content_hash in current.values():
        match = next((pid for pid, digest in current.items() if digest == incoming.content_hash), None)
        if match:
            _remember(library, match, origin, incoming.content_hash, incoming.revision)
        return "unchanged", match or incoming.id
    for piece, base_hash, base_revision in locals_:
        untouched_here = base_hash is not None and current[piece.id] == base_hash
        if untouched_here and incoming.revision >= base_revision and piece.writer_id == writer_id:
            _replace_pages(library, piece, incoming)
            _remember(library, piece.id, origin, incoming.content_hash, max(incoming.revision, piece.revision))
            return "updated", piece.id
    # New here, or changed on both computers: add it, never overwrite.
    taken = library.piece(incoming.id) is not None
    piece_id = new_id() if taken else incoming.id
    revision = incoming.revision
    library.db.table("pieces").insert(
        {
            "id": piece_id,
            "writer_id": writer_id,
            "kind": incoming.kind,
            "title": incoming.title,
            "look": incoming.look,
            "created": incoming.created,
            "updated": incoming.updated,
            "finished": int(incoming.finished),
            "trashed": 0,
            "origin_id": origin,
            "revision": revision,
            "search_words": _search_words(incoming.pages),
        }
    )
    _insert_pages(library, piece_id, incoming.pages, keep_ids=not taken)
    _remember(library, piece_id, origin, incoming.content_hash, revision)
    library._announce(Change("pieces", writer_id=writer_id, piece_id=piece_id))
    return ("side_by_side" if locals_ else "added"), piece_id


def _search_words(pages: list[dict[str, Any]]) -> str:
    texts: list[str] = []
    for page in pages:
        texts.extend(page_text(page["words"], page["extras"]))
    return "\n".join(texts)


def _insert_pages(library: Library, piece_id: str, pages: list[dict[str, Any]], keep_ids: bool) -> None:
    stamp = now()
    for position, page in enumerate(pages):
        page_id = page["id"]
        if not keep_ids or library.db.execute("SELECT 1 FROM pages WHERE id = ?", [page_id]).fetchone():
            page_id = new_id()
        library.db.table("pages").insert(
            {
                "id": page_id,
                "piece_id": piece_id,
                "position": position,
                "role": page["role"],
                "words": page["words"],
                "picture": json.dumps(page["picture"], ensure_ascii=False),
                "extras": json.dumps(page["extras"], ensure_ascii=False),
                "updated": stamp,
            }
        )


def _replace_pages(library: Library, piece: Piece, incoming: IncomingPiece) -> None:
    library.db.execute("DELETE FROM pages WHERE piece_id = ?", [piece.id])
    _insert_pages(library, piece.id, incoming.pages, keep_ids=True)
    library.db.execute(
        "UPDATE pieces SET kind = ?, look = ?, finished = ?, title = ?, search_words = ?, updated = ?, revision = ? "
        "WHERE id = ?",
        [incoming.kind, incoming.look, int(incoming.finished), incoming.title, _search_words(incoming.pages),
         max(incoming.updated, piece.updated), max(incoming.revision, piece.revision), piece.id],
    )
    library._announce(Change("pieces", writer_id=piece.writer_id, piece_id=piece.id))


def open_backpack(
    library: Library, path: Path | str, writer_choice: dict[str, str | None] | None = None
) -> UnpackResult:
    """Read, check and unpack a `.nook` file; raises BackpackRefused with nothing written."""
    return unpack(library, read(path), writer_choice)
