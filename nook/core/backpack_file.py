"""A backpack file (`.nook`) read and checked, without touching any library or disk.

A backpack is a zip holding `manifest.json` (format version, app version, the writers
with name and avatar, the pieces with their pages) and `media/<sha256>` for every photo
the pictures refer to and every recording (my voice) the pages refer to. `read` checks
all of it in memory (zip health, entry names, sizes, compression ratios, the manifest's
shape, every photo's hash and header, every recording's MP4 structure) and
nothing is ever extracted, so a refused backpack leaves no trace. The photos and
recordings are checked one at a time and let go: they are read from the file again when
brought in (`Backpack.reading_media`), so a backpack of 768 MB of them does not sit in
memory while a grown-up chooses shelves. No Qt here.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from nook.core import json_stream, zip_count
from nook.core.backpack_manifest import (
    MEDIA_HASH,
    MEDIA_MIMES,
    Backpack,
    IncomingPiece,
    IncomingWriter,
    ManifestWrong,
    check_counts,
    content_hash,
    page_media,
    parse_manifest,
)
from nook.core.recordings import MIME as RECORDING_MIME
from nook.core.recordings import NotARecording, mp4_duration_ms
from nook.core.safe_files import FileRefused, open_regular

# What a backpack holds (the manifest's shape) lives in backpack_manifest; these names are
# offered here too, so a reader of backpacks needs only this module.
__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST",
    "RECORDINGS_FORMAT_VERSION",
    "SUFFIX",
    "Backpack",
    "BackpackRefused",
    "IncomingPiece",
    "check_packable",
    "IncomingWriter",
    "content_hash",
    "page_media",
    "read",
    "read_bytes",
]

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
MAX_MANIFEST_BYTES = 64 * 1024 * 1024  # agrees with the counts: see backpack_manifest.MAX_PAGES
MAX_MEDIA_BYTES = 32 * 1024 * 1024  # one photo (the editor stores at most 2048 px)
MAX_MEDIA_PIXELS = 4096 * 4096
MAX_ENTRIES = 20_000
# A central directory entry is 46 bytes plus its name (ours are under 80 characters).
MAX_DIRECTORY_BYTES = MAX_ENTRIES * (46 + 128)
MAX_RATIO = 100  # uncompressed / compressed, per entry, above a small size
RATIO_FLOOR = 1024 * 1024  # small entries (JSON full of spaces) may compress very well


# Why a file is refused, as a fact: the grown-up corner words each one in the language
# it speaks (nook/ui/grownup/backpack_words.py); these English words are for the log.
REFUSALS = {
    "too_big": "{name} is too big to be a Writing Nook backpack.",
    "not_a_file": "{name} is not an ordinary file, so it is not a backpack.",
    "unreadable": "The backpack {name} cannot be read: {detail}.",
    "too_many_files": "{name} holds too many files to be a backpack.",
    "not_a_zip": "{name} is damaged or is not a Writing Nook backpack (it is not a readable zip).",
    "foreign_file": "{name} holds a file that does not belong in a backpack ({detail}).",
    "file_twice": "{name} holds the same file twice ({detail}).",
    "password": "{name} is locked with a password; backpacks never are.",
    "strange_packing": "{name} is packed in a way Writing Nook does not make.",
    "file_too_big": "{name} holds a file that is too big ({detail}).",
    "zip_bomb": "{name} is packed suspiciously tightly (a zip bomb?), so it was not opened.",
    "too_much_data": "{name} would unpack to too much data, so it was not opened.",
    "no_manifest": "{name} has no list of what is inside (manifest.json); it is not a backpack.",
    "damaged_file": "{name} is damaged ({detail} cannot be read).",
    "wrong_size": "{name} is damaged ({detail} is not the size it claims).",
    "damaged_manifest": "{name} has a damaged list of what is inside (manifest.json).",
    "not_a_backpack": "{name} is not a Writing Nook backpack.",
    "wrong_manifest": "{name} has a wrong list of what is inside ({detail}).",
    "newer": "{name} was made by a newer Writing Nook. Update Writing Nook on this computer to open it.",
    "newer_version": (
        "{name} was made by a newer Writing Nook ({detail}). Update Writing Nook on this computer to open it."
    ),
    "photo_changed": "{name} is damaged (a photo is not what it should be).",
    "photo_mislabelled": "{name} holds a photo that is not what it says it is.",
    "photo_too_big": "{name} holds a photo that is far too big.",
    "damaged_photo": "{name} holds a damaged photo.",
    "damaged_recording": "{name} holds a damaged recording.",
    "too_many_pieces": "{name} has too many pieces for one backpack. Pack fewer pieces in each backpack.",
    "too_many_pages": "{name} has too many pages for one backpack. Pack fewer pieces in each backpack.",
    "too_many_words": "{name} has too many words for one backpack. Pack fewer pieces in each backpack.",
    "too_many_photos": (
        "{name} has too many photos and recordings for one backpack. Pack fewer pieces in each backpack."
    ),
    "piece_too_long": "{name} has a piece with more pages than Writing Nook keeps in one piece.",
    "gone": "{name} cannot be read any more (was the USB stick taken out?). Put it back, then tap Bring them in again.",
    "changed": "{name} changed after it was opened. Open it again to see what it holds now.",
}


class BackpackRefused(Exception):  # named like LibraryDamaged: what happened
    """This file cannot be opened as a backpack: `why` (a key of REFUSALS) says which way,
    `name` is the file's name and `detail` a part of it or the system's own words."""

    def __init__(self, why: str, name: str, detail: str = "") -> None:
        self.why, self.name, self.detail = why, name, detail
        super().__init__(REFUSALS[why].format(name=name, detail=detail))


def check_packable(
    name: str,
    pieces: int,
    pages_in_all: int,
    longest: int,
    manifest_bytes: int = 0,
    media: int = 0,
    media_bytes: int = 0,
) -> None:
    """BackpackRefused if a backpack of these counts would be refused where it is opened:
    packing says so at once rather than writing a file no Writing Nook opens. Photos
    and recordings are stored as they are, so the file is about their bytes, the
    manifest (packed) and a few hundred bytes an entry."""
    try:
        check_counts(pieces, pages_in_all, longest)
    except ManifestWrong as wrong:
        raise BackpackRefused(wrong.why, name, str(wrong)) from None
    if manifest_bytes > MAX_MANIFEST_BYTES:
        raise BackpackRefused("too_many_words", name)
    too_big = media_bytes + manifest_bytes > MAX_TOTAL_BYTES or media_bytes + 300 * media > MAX_BACKPACK_BYTES
    if media + 1 > MAX_ENTRIES or too_big:
        raise BackpackRefused("too_many_photos", name)


def read(path: Path | str) -> Backpack:
    """Read and check a `.nook` file, or raise BackpackRefused saying why."""
    path = Path(path)
    try:
        with open_regular(path, MAX_BACKPACK_BYTES) as handle:
            backpack, infos = _read_archive(handle, path.name)
            backpack.source = _FileMedia(path, infos, _fingerprint(handle))
            return backpack
    except FileRefused as refused:
        if refused.reason == "too_big":
            raise BackpackRefused("too_big", path.name) from refused
        raise BackpackRefused("not_a_file", path.name) from refused
    except OSError as exc:
        raise BackpackRefused("unreadable", path.name, str(exc.strerror or exc)) from exc


def read_bytes(data: bytes, name: str = "backpack") -> Backpack:
    """Check a backpack held in memory (see `read`)."""
    if len(data) > MAX_BACKPACK_BYTES:
        raise BackpackRefused("too_big", name)
    backpack, infos = _read_archive(io.BytesIO(data), name)
    backpack.source = _FileMedia(name, infos, None, lambda: io.BytesIO(data))
    return backpack


def _fingerprint(handle: BinaryIO) -> tuple[int, ...]:
    info = os.fstat(handle.fileno())
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


class _FileMedia:
    """A checked backpack's photos and recordings, read again from its file when brought
    in: only from the file as it was checked (the same file, size and time), and each
    one only if its bytes still have the hash they are named by."""

    def __init__(
        self,
        path: Path | str,
        infos: dict[str, zipfile.ZipInfo],
        fingerprint: tuple[int, ...] | None,
        opener: Callable[[], BinaryIO] | None = None,
    ) -> None:
        self.path: Path | None = path if isinstance(path, Path) else None
        self.name = path.name if isinstance(path, Path) else path
        self.infos = infos
        self.fingerprint = fingerprint
        self.opener = opener or (lambda: open_regular(Path(path), MAX_BACKPACK_BYTES))

    def _not_the_same(self) -> BackpackRefused:
        gone = self.path is not None and not self.path.exists()
        return BackpackRefused("gone" if gone else "changed", self.name)

    @contextmanager
    def reading(self) -> Iterator[Callable[[str], bytes]]:
        try:
            handle = self.opener()
        except FileRefused as exc:  # a folder or a FIFO where the backpack was
            raise BackpackRefused("changed", self.name) from exc
        except OSError as exc:  # not there any more (the USB stick taken out)
            raise self._not_the_same() from exc
        with handle:
            if self.fingerprint is not None and _fingerprint(handle) != self.fingerprint:
                raise BackpackRefused("changed", self.name)
            try:
                archive = zipfile.ZipFile(handle)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
                raise self._not_the_same() from exc

            def read(digest: str) -> bytes:
                try:
                    data = _read_entry(archive, self.infos[digest], self.name)
                except BackpackRefused as exc:  # unreadable now (pulled out while read)
                    raise self._not_the_same() from exc
                if hashlib.sha256(data).hexdigest() != digest:
                    raise BackpackRefused("changed", self.name)
                return data

            with archive:
                yield read


def _read_archive(source: Any, name: str) -> tuple[Backpack, dict[str, zipfile.ZipInfo]]:
    # The count the end record declares, before zipfile parses the whole directory
    # (2,000,000 entries would cost it seconds and a gigabyte before any limit is seen).
    try:
        end = zip_count.declared(source)
    except OSError as exc:
        raise BackpackRefused("unreadable", name, str(exc.strerror or exc)) from exc
    if end is not None and (end.entries > MAX_ENTRIES or end.directory_bytes > MAX_DIRECTORY_BYTES):
        raise BackpackRefused("too_many_files", name)
    source.seek(0)
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise BackpackRefused("not_a_zip", name) from exc
    with archive:
        entries = _check_entries(archive, name)
        backpack = _load_manifest(archive, entries[MANIFEST], name)
        _check_media(archive, entries, backpack, name)
    return backpack, {entry[6:]: info for entry, info in entries.items() if entry != MANIFEST}


def _check_entries(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BackpackRefused("too_many_files", name)
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        entry = info.filename
        if entry != MANIFEST and not (entry.startswith("media/") and MEDIA_HASH.match(entry[6:])):
            # Anything else, above all "../" or absolute paths, is not ours: refuse it all.
            raise BackpackRefused("foreign_file", name, repr(entry[:80]))
        if entry in entries:
            raise BackpackRefused("file_twice", name, repr(entry[:80]))
        if info.flag_bits & 0x1:
            raise BackpackRefused("password", name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BackpackRefused("strange_packing", name)
        if entry == MANIFEST and info.file_size > MAX_MANIFEST_BYTES:
            raise BackpackRefused("too_many_words", name)
        if entry != MANIFEST and info.file_size > MAX_MEDIA_BYTES:
            raise BackpackRefused("file_too_big", name, repr(entry[:80]))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise BackpackRefused("zip_bomb", name)
        total += info.file_size
        entries[entry] = info
    if total > MAX_TOTAL_BYTES:
        raise BackpackRefused("too_much_data", name)
    if MANIFEST not in entries:
        raise BackpackRefused("no_manifest", name)
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
        raise BackpackRefused("damaged_file", name, repr(info.filename[:80])) from exc
    data = b"".join(chunks)
    if len(data) != info.file_size:
        raise BackpackRefused("wrong_size", name, repr(info.filename[:80]))
    return data


def _load_manifest(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Backpack:
    """The manifest checked, its pieces decoded and checked one at a time (json_stream)."""
    raw = _read_entry(archive, info, name)

    def check(manifest: dict[str, Any], pieces: Iterator[Any]) -> Backpack:
        _check_head(manifest, name)
        try:
            return parse_manifest(manifest, pieces)
        except ManifestWrong as wrong:
            raise BackpackRefused(wrong.why, name, str(wrong)) from None

    try:
        text = raw.decode("utf-8")
        del raw  # the text alone from here
        manifest, backpack = json_stream.top_level(text, "pieces", check, needs=HEAD)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BackpackRefused("damaged_manifest", name) from exc
    if backpack is None:
        _check_head(manifest, name)
        raise BackpackRefused("wrong_manifest", name, "writers, pieces or media missing")
    return backpack


# What a manifest says before its pieces (write_backpack writes them in this order), so
# the pieces are checked as they are decoded.
HEAD = ("format", "format_version", "writers", "media")


def _check_head(manifest: dict[str, Any], name: str) -> None:
    if manifest.get("format") != FORMAT:
        raise BackpackRefused("not_a_backpack", name)
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BackpackRefused("wrong_manifest", name, "no format version")
    if version > FORMAT_VERSION:
        made_by = manifest.get("app_version")
        if isinstance(made_by, str) and len(made_by) < 40:
            raise BackpackRefused("newer_version", name, f"Writing Nook {made_by}")
        raise BackpackRefused("newer", name)


def _check_media(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], backpack: Backpack, name: str) -> None:
    """Every photo and recording checked, one at a time, and let go (see the module's docstring)."""
    stored = {entry[6:] for entry in entries if entry != MANIFEST}
    if stored != set(backpack.media):
        raise BackpackRefused("wrong_manifest", name, "the photos do not match it")
    for digest, info in backpack.media.items():
        data = _read_entry(archive, entries[f"media/{digest}"], name)
        if hashlib.sha256(data).hexdigest() != digest:
            raise BackpackRefused("photo_changed", name)
        if info["mime"] == RECORDING_MIME:
            _check_recording(data, name)
        else:
            _check_image(data, info["mime"], name)
        del data


def _check_image(data: bytes, mime: str, name: str) -> None:
    # Pillow is imported when a backpack's photo is checked, not with the backpack page.
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != MEDIA_MIMES[mime]:
                raise BackpackRefused("photo_mislabelled", name)
            if image.width * image.height > MAX_MEDIA_PIXELS:
                raise BackpackRefused("photo_too_big", name)
            image.verify()
    except BackpackRefused:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise BackpackRefused("damaged_photo", name) from exc


def _check_recording(data: bytes, name: str) -> None:
    try:
        mp4_duration_ms(data)
    except NotARecording as exc:
        raise BackpackRefused("damaged_recording", name) from exc
