"""What a backpack's manifest says, checked for shape and size: the writers, the pieces
with their pages, the media listed; and the fingerprint that makes two pieces "the same".

`backpack_file` reads the zip and hands the manifest here, its pieces one at a time
(json_stream). Each piece keeps its checked pages as compact JSON text, decoded again
only when the piece is brought in: as Python dicts, the pages of a 64 MB manifest of
small pages took ten times that in memory, for as long as the grown-up chose shelves.
No Qt, no disk.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any, Protocol

from nook.core.models import KINDS, MAX_PAGES_PER_PIECE, PAGE_ROLES, tidy_name
from nook.core.picture import media_hashes
from nook.core.piece_text import title_from, title_source
from nook.core.recordings import MIME as RECORDING_MIME
from nook.core.recordings import recording_of

# Limits: generous for a year of a child's work, far below what could hurt a computer,
# and agreeing with each other and with backpack_file.MAX_MANIFEST_BYTES (64 MiB).
# A year of a busy writer is a few hundred pieces of a few pages; a class's is some tens of
# thousands of pages. The pieces x pages limits alone allowed 10,000,000 pages, but the
# manifest holds about 650,000 pages as write_backpack writes them (32-letter ids, a few
# words: ~100 bytes a page), so 900 books of 1,000 pages (~90 MB) passed the counts and
# were refused for their size. MAX_PAGES makes the counts the limit a real backpack
# meets first: 500,000 such pages are ~50 MB, leaving room for the words; a backpack
# of longer words meets the size limit (a grown-up is asked to pack fewer pieces).
# What the app can bring in at these limits (tests/core/test_backpack_limits.py, and
# tests/benchmarks/bench_huge_inputs.py for the times): reading is streamed (about 2-3x
# the manifest in memory at its peak, then the pages' compact text while shelves are
# chosen), bringing in is a worker storing a piece per transaction, the window ticking
# between pieces. A manifest of 128 MB would allow twice that memory on an old laptop
# for a backpack no child's year fills, so the size limit stays and the count came down.
MAX_PIECES = 10_000
MAX_PAGES = 500_000  # in all the pieces of one backpack
MAX_TEXT = 1024 * 1024
MAX_JSON_DEPTH = 40
MEDIA_MIMES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/gif": "GIF", "image/webp": "WEBP"}

MEDIA_HASH = re.compile(r"^[0-9a-f]{64}$")
ID_PATTERN = re.compile(r"^[0-9A-Za-z_-]{1,64}$")


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
    language: str = ""  # "" from a backpack made before writers had a language


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
    pages_text: str  # the checked pages as compact JSON: see `pages`
    page_count: int

    @property
    def pages(self) -> list[dict[str, Any]]:
        """The pages (dicts of id, role, words, picture, extras), decoded afresh at each call."""
        pages: list[dict[str, Any]] = json.loads(self.pages_text)
        return pages

    @property
    def title(self) -> str:
        titles: list[str] = []
        for page in self.pages:
            titles.extend(title_source(page["words"], page["extras"]))
        return title_from(titles)


class MediaSource(Protocol):
    """Where a checked backpack's photos and recordings are read again (backpack_file)."""

    def reading(self) -> AbstractContextManager[Callable[[str], bytes]]: ...


def _nothing(digest: str) -> bytes:
    raise KeyError(digest)


@dataclass
class Backpack:
    """A backpack read and checked; nothing of it is on disk or in a library yet.

    `media` says what each photo and recording is (hash -> mime, width, height); their
    bytes stay in the file (up to 768 MB) until they are brought in (`reading_media`)."""

    format_version: int
    app_version: str
    made: str
    writers: list[IncomingWriter]
    pieces: list[IncomingPiece]
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: MediaSource | None = None

    def pieces_of(self, writer_id: str) -> list[IncomingPiece]:
        return [p for p in self.pieces if p.writer_id == writer_id]

    def reading_media(self) -> AbstractContextManager[Callable[[str], bytes]]:
        """`read(hash) -> bytes` for the time of the block, from the file as it was
        checked: BackpackRefused ("gone", "changed") if it is not there or not the same."""
        return self.source.reading() if self.source is not None else nullcontext(_nothing)


class ManifestWrong(Exception):  # turned into BackpackRefused by backpack_file
    """`why` is a refusal of its own (a limit a grown-up can act on), else "wrong_manifest"."""

    def __init__(self, what: str, why: str = "wrong_manifest") -> None:
        super().__init__(what)
        self.why = why


def check_counts(pieces: int, pages_in_all: int, longest: int) -> None:
    """ManifestWrong if a backpack of these counts is past a limit (see MAX_PAGES)."""
    if pieces > MAX_PIECES:
        raise ManifestWrong("too many pieces", "too_many_pieces")
    if longest > MAX_PAGES_PER_PIECE:
        raise ManifestWrong("a piece of too many pages", "piece_too_long")
    if pages_in_all > MAX_PAGES:
        raise ManifestWrong("too many pages", "too_many_pages")


def _text(value: Any, what: str, limit: int = MAX_TEXT, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or len(value) > limit or (pattern is not None and not pattern.match(value)):
        raise ManifestWrong(what)
    return value


def _json_object(value: Any, what: str) -> dict[str, Any]:
    # Most pages have an empty picture or extras: nothing to walk (a quarter of a read).
    if not isinstance(value, dict) or (value and _depth(value) > MAX_JSON_DEPTH):
        raise ManifestWrong(what)
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


def parse_manifest(manifest: dict[str, Any], pieces_raw: Iterable[Any] | None = None) -> Backpack:
    """Check the manifest; its pieces come from `pieces_raw` (one at a time, streamed) or
    else from `manifest["pieces"]`."""
    writers_raw, media_raw = manifest.get("writers"), manifest.get("media")
    if pieces_raw is None:
        pieces_raw = manifest.get("pieces")
        if not isinstance(pieces_raw, list):
            raise ManifestWrong("writers, pieces or media missing")
    if not isinstance(writers_raw, list) or not isinstance(media_raw, list):
        raise ManifestWrong("writers, pieces or media missing")
    if len(writers_raw) > MAX_PIECES:
        raise ManifestWrong("too many pieces", "too_many_pieces")
    writers: dict[str, IncomingWriter] = {}
    for raw in writers_raw:
        if not isinstance(raw, dict):
            raise ManifestWrong("a writer")
        writer = IncomingWriter(
            id=_text(raw.get("id"), "a writer's id", pattern=ID_PATTERN),
            name=tidy_name(_text(raw.get("name"), "a writer's name", 200)),
            avatar=_text(raw.get("avatar"), "a writer's avatar", 100),
            colour=_text(raw.get("colour", "#1f4e9c"), "a writer's colour", 20),
            language=_text(raw.get("language", ""), "a writer's language", 20),
        )
        if writer.id in writers:
            raise ManifestWrong("a writer twice")
        writers[writer.id] = writer
    media_listed: dict[str, dict[str, Any]] = {}
    for raw in media_raw:
        if not isinstance(raw, dict):
            raise ManifestWrong("a photo")
        digest = _text(raw.get("hash"), "a photo's hash", pattern=MEDIA_HASH)
        mime = _text(raw.get("mime"), "a photo's kind", 40)
        if mime not in MEDIA_MIMES and mime != RECORDING_MIME:
            raise ManifestWrong(f"a photo of kind {mime[:40]!r}")
        width, height = raw.get("width", 0), raw.get("height", 0)
        if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 65535 for v in (width, height)):
            raise ManifestWrong("a photo's size")
        if digest in media_listed:
            raise ManifestWrong("a photo twice")
        media_listed[digest] = {"mime": mime, "width": width, "height": height}
    pieces: list[IncomingPiece] = []
    seen_ids: set[str] = set()
    pages_in_all = 0
    for raw in pieces_raw:
        check_counts(len(pieces) + 1, pages_in_all, 0)
        if not isinstance(raw, dict):
            raise ManifestWrong("a piece")
        piece_id = _text(raw.get("id"), "a piece's id", pattern=ID_PATTERN)
        if piece_id in seen_ids:
            raise ManifestWrong("a piece twice")
        seen_ids.add(piece_id)
        writer_id = _text(raw.get("writer_id"), "a piece's writer", pattern=ID_PATTERN)
        if writer_id not in writers:
            raise ManifestWrong("a piece whose writer is not in the backpack")
        kind = _text(raw.get("kind"), "a piece's kind", 20)
        if kind not in KINDS:
            raise ManifestWrong(f"a piece of kind {kind!r}")
        finished, revision = raw.get("finished"), raw.get("revision", 0)
        if not isinstance(finished, bool):
            raise ManifestWrong("a piece's finished mark")
        if not isinstance(revision, int) or isinstance(revision, bool) or not 0 <= revision < 2**62:
            raise ManifestWrong("a piece's revision")
        pages_raw = raw.get("pages")
        if not isinstance(pages_raw, list) or not pages_raw:
            raise ManifestWrong("a piece's pages")
        pages_in_all += len(pages_raw)
        check_counts(len(pieces) + 1, pages_in_all, len(pages_raw))
        pages = []
        for page_raw in pages_raw:
            if not isinstance(page_raw, dict):
                raise ManifestWrong("a page")
            role = _text(page_raw.get("role"), "a page's role", 20)
            if role not in PAGE_ROLES:
                raise ManifestWrong(f"a page of role {role!r}")
            picture = _json_object(page_raw.get("picture", {}), "a page's picture")
            for digest in media_hashes(picture) if picture else ():
                if digest not in media_listed:
                    raise ManifestWrong("a picture whose photo is not in the backpack")
            extras = _json_object(page_raw.get("extras", {}), "a page's extras")
            recording = recording_of(extras) if extras else None
            if recording is not None and media_listed.get(recording.media, {}).get("mime") != RECORDING_MIME:
                # The recording was missing where it was packed: the page travels without it.
                extras = {k: v for k, v in extras.items() if k != "voice"}
            pages.append(
                {
                    "id": _text(page_raw.get("id"), "a page's id", pattern=ID_PATTERN),
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
                origin=_text(raw.get("origin", piece_id), "a piece's origin", pattern=ID_PATTERN),
                writer_id=writer_id,
                kind=kind,
                look=look,
                created=_text(raw.get("created"), "a piece's date", 64),
                updated=_text(raw.get("updated"), "a piece's date", 64),
                finished=finished,
                revision=revision,
                # Recomputed, never trusted: it decides what counts as "the same piece".
                content_hash=content_hash(kind, look, finished, pages),
                pages_text=json.dumps(pages, ensure_ascii=False, separators=(",", ":")),
                page_count=len(pages),
            )
        )
        del raw, pages  # only the compact text stays
    made, app_version = manifest.get("made", ""), manifest.get("app_version", "")
    return Backpack(
        format_version=int(manifest["format_version"]),
        app_version=_text(app_version, "the app version", 40),
        made=_text(made, "the date it was made", 64),
        writers=list(writers.values()),
        pieces=pieces,
        media=media_listed,
    )
