"""A backpack file (`.nook`) read and checked, without touching any library or disk.

A backpack is a zip holding `manifest.json` (format version, app version, the writers
with name and avatar, the pieces with their pages) and `media/<sha256>` for every photo
the pictures refer to and every recording (my voice) the pages refer to. `read` checks
all of it in memory (zip health, entry names, sizes, compression ratios, the manifest's
shape, every photo's hash and header, every recording's MP4 structure) and
nothing is ever extracted, so a refused backpack leaves no trace. No Qt here.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from nook.core.models import KINDS, PAGE_ROLES
from nook.core.picture import media_hashes
from nook.core.piece_text import title_from, title_source
from nook.core.recordings import MIME as RECORDING_MIME
from nook.core.recordings import NotARecording, mp4_duration_ms, recording_of
from nook.core.safe_files import FileRefused, open_regular

FORMAT = "writing-nook-backpack"
FORMAT_VERSION = 2  # the newest this app reads
# A backpack without recordings is still written as version 1, so an older Writing Nook
# (which knows only photos) opens it; one with recordings says 2, and an older app
# then asks to be updated instead of calling it damaged.
RECORDINGS_FORMAT_VERSION = 2
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


class BackpackRefused(Exception):  # named like LibraryDamaged: what happened
    """This file cannot be opened as a backpack; the message is for a grown-up."""


def page_media(picture: dict[str, Any], extras: dict[str, Any]) -> set[str]:
    """Every blob a page needs: the photos in its picture and its recording."""
    found = media_hashes(picture)
    recording = recording_of(extras)
    if recording is not None:
        found.add(recording.media)
    return found


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
        with open_regular(path, MAX_BACKPACK_BYTES) as handle:
            return _read_archive(handle, path.name)
    except FileRefused as refused:
        if refused.reason == "too_big":
            raise BackpackRefused(f"The backpack {path.name} is too big to be a Writing Nook backpack.") from refused
        raise BackpackRefused(f"{path.name} is not an ordinary file, so it is not a backpack.") from refused
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
        raise BackpackRefused(
            f"{name} is damaged or is not a Writing Nook backpack (it is not a readable zip)."
        ) from exc
    with archive:
        entries = _check_entries(archive, name)
        manifest = _load_manifest(archive, entries[MANIFEST], name)
        backpack = _check_manifest(manifest, name)
        _load_media(archive, entries, backpack, name)
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
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise BackpackRefused(f"{name} is damaged ({info.filename[:80]!r} cannot be read).") from exc
    data = b"".join(chunks)
    if len(data) != info.file_size:
        raise BackpackRefused(f"{name} is damaged ({info.filename[:80]!r} is not the size it claims).")
    return data


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


class _Wrong(Exception):  # internal, turned into BackpackRefused
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
        if mime not in MEDIA_MIMES and mime != RECORDING_MIME:
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
            extras = _json_object(page_raw.get("extras", {}), "a page's extras")
            recording = recording_of(extras)
            if recording is not None and media_listed.get(recording.media, {}).get("mime") != RECORDING_MIME:
                # The recording was missing where it was packed: the page travels without it.
                extras = {k: v for k, v in extras.items() if k != "voice"}
            pages.append(
                {
                    "id": _text(page_raw.get("id"), "a page's id", pattern=_ID),
                    "role": role,
                    "words": _text(page_raw.get("words", ""), "a page's words"),
                    "picture": picture,
                    "extras": extras,
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


def _load_media(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], backpack: Backpack, name: str) -> None:
    stored = {entry[6:] for entry in entries if entry != MANIFEST}
    if stored != set(backpack.media):
        raise BackpackRefused(f"{name} has a wrong list of what is inside (the photos do not match it).")
    for digest, (_, info) in list(backpack.media.items()):
        data = _read_entry(archive, entries[f"media/{digest}"], name)
        if hashlib.sha256(data).hexdigest() != digest:
            raise BackpackRefused(f"{name} is damaged (a photo is not what it should be).")
        if info["mime"] == RECORDING_MIME:
            _check_recording(data, name)
        else:
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


def _check_recording(data: bytes, name: str) -> None:
    try:
        mp4_duration_ms(data)
    except NotARecording as exc:
        raise BackpackRefused(f"{name} holds a damaged recording.") from exc
