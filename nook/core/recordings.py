"""My voice: a recording of the child (or a grown-up) kept with a page. No Qt here.

A recording is AAC in an MP4 file (`audio/mp4`, what EPUB 3 readers accept too) stored
in the library like a photo: a content-addressed blob in `media`. A page points at it
from its extras as ``{"voice": {"media": <sha256>, "ms": <duration>}}``, so it travels
in a backpack, counts in the page's content and comes back with an undo like any other
change to the page.

The library's `recordings` repository counts a writer's recordings and deletes them
for a grown-up. Only a *whole* file is ever stored: `mp4_duration_ms` reads the file's own table of
contents (the `moov` box the encoder writes last), so a recording cut off by a crash,
which has none, is refused rather than kept broken.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nook.core.library import Library

MIME = "audio/mp4"
SUFFIX = ".m4a"
KEY = "voice"  # the page extras key
LIMIT_MS = 120_000  # a generous limit: two minutes a page
# Mono AAC at 24 kbit/s, 22.05 kHz: a voice stays clear and a minute is ~190 KB
# (the budget is 250 KB a minute; 32 kbit/s measured ~255 KB with the container).
BIT_RATE = 24_000
SAMPLE_RATE = 22_050
# Where the recorder writes while a recording is made; never part of the library.
UNFINISHED_FOLDER = "recording"

# Containers are nested boxes; these hold the boxes a whole MP4 must have.
_TOP_LEVEL = {b"ftyp", b"free", b"skip", b"mdat", b"moov", b"udta", b"wide", b"uuid", b"meta", b"pdin"}


class NotARecording(ValueError):
    """The bytes are not a whole recording (unfinished, damaged, or something else)."""


@dataclass(frozen=True)
class Recording:
    media: str
    ms: int


def _boxes(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """(type, body start, box end) of each box in data[start:end]; raises if they do not tile it."""
    found = []
    at = start
    while at < end:
        if end - at < 8:
            raise NotARecording("a box is cut short")
        size, kind = struct.unpack(">I4s", data[at : at + 8])
        header = 8
        if size == 1:
            if end - at < 16:
                raise NotARecording("a box is cut short")
            size = struct.unpack(">Q", data[at + 8 : at + 16])[0]
            header = 16
        elif size == 0:
            size = end - at  # "to the end of the file": only what an encoder writes last
        if size < header or at + size > end:
            raise NotARecording("a box runs past the end (the recording was cut off)")
        found.append((kind, at + header, at + size))
        at += size
    return found


def mp4_duration_ms(data: bytes) -> int:
    """The duration a whole MP4 file says it has; raises NotARecording otherwise."""
    boxes = _boxes(data, 0, len(data))
    kinds = [kind for kind, _, _ in boxes]
    if not kinds or kinds[0] != b"ftyp" or b"moov" not in kinds or b"mdat" not in kinds:
        raise NotARecording("not a whole MP4 file")
    if any(kind not in _TOP_LEVEL for kind in kinds):
        raise NotARecording("not an MP4 audio file")
    _, body, end = boxes[kinds.index(b"moov")]
    inner = {kind: (start, stop) for kind, start, stop in _boxes(data, body, end)}
    if b"mvhd" not in inner or b"trak" not in inner:
        raise NotARecording("the MP4 file has no track")
    start, stop = inner[b"mvhd"]
    version = data[start] if stop > start else -1
    if version == 0 and stop - start >= 20:
        timescale, duration = struct.unpack(">II", data[start + 12 : start + 20])
    elif version == 1 and stop - start >= 32:
        timescale, duration = struct.unpack(">IQ", data[start + 20 : start + 32])
    else:
        raise NotARecording("the MP4 file has a damaged header")
    if timescale <= 0:
        raise NotARecording("the MP4 file has a damaged header")
    return int(duration * 1000 // timescale)


def recording_of(extras: dict[str, Any]) -> Recording | None:
    """The page's recording, if its extras name a well-formed one."""
    value = extras.get(KEY)
    if not isinstance(value, dict):
        return None
    media, ms = value.get("media"), value.get("ms")
    if not isinstance(media, str) or len(media) != 64 or not isinstance(ms, int) or isinstance(ms, bool):
        return None
    return Recording(media, max(0, ms))


def with_recording(extras: dict[str, Any], recording: Recording | None) -> dict[str, Any]:
    """A copy of `extras` carrying `recording` (None: without one)."""
    changed = {k: v for k, v in extras.items() if k != KEY}
    if recording is not None:
        changed[KEY] = {"media": recording.media, "ms": recording.ms}
    return changed


def store(library: Library, data: bytes) -> Recording:
    """Keep a finished recording's bytes in the library; raises NotARecording if not whole."""
    ms = mp4_duration_ms(data)
    if ms <= 0:
        raise NotARecording("the recording is empty")
    return Recording(library.put_media(data, MIME), ms)


def set_page_recording(library: Library, page_id: str, recording: Recording | None) -> None:
    """Give a page this recording (None: take its recording away) in one transaction."""
    page = library.page(page_id)
    if page is None:
        raise KeyError(page_id)
    library.update_page(page_id, extras=with_recording(page.extras, recording))


def unfinished_folder(data_dir: Path | str) -> Path:
    return Path(data_dir) / UNFINISHED_FOLDER


def clear_unfinished(data_dir: Path | str) -> int:
    """Remove what a recording cut off by a crash left behind; returns how many files.

    Such a file was never stored in the library, so nothing is lost: the rule is a
    recording is kept whole or not at all.
    """
    folder = unfinished_folder(data_dir)
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.iterdir():
        if path.is_file():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
