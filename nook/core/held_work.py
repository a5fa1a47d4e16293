"""Work the library could not take, kept in a small recovery file until it can. No Qt.

When a store fails (a full disk, a library another program holds, a folder that cannot
be written) the editor keeps the child's edits in memory and tries again. If the app is
closed while the library still cannot take them, they are written to a recovery file,
and the next start puts them back into their pieces (and tells the grown-up).

Where the file goes: the first of these places that takes it.

1. The library's own folder (``library.db.recovery.json``): it sits beside the file it
   belongs to, and a few KB often fit where SQLite cannot commit (a commit needs whole
   pages in the -wal plus room for it to grow).
2. The user's state folder (``…/state/WritingNook/recovery/<key>.json``): a library on a
   full USB stick or in a folder that cannot be written still has its work kept on the
   computer's own disk.
3. The temporary folder: a last resort when both are full (it may not survive a restart
   of the computer, so the grown-up is told where it is).

The file holds only what was not stored: per page, its words, picture and extras.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from nook.core.library import LIBRARY_FILE, Library

log = logging.getLogger(__name__)

FORMAT = "writing-nook-recovery"
VERSION = 1
BESIDE_LIBRARY = f"{LIBRARY_FILE}.recovery.json"
MAX_FILE_BYTES = 64 * 1024 * 1024  # the editor holds at most a few pages of 20,000 letters


@dataclass
class HeldPage:
    """One page's parts that were not stored (None: that part was stored, or unchanged)."""

    piece_id: str
    page_id: str
    words: str | None = None
    picture_json: str | None = None
    extras: dict[str, Any] | None = None

    def parts(self) -> dict[str, Any]:
        """The keyword arguments `Library.update_page` takes for what is held."""
        parts: dict[str, Any] = {}
        if self.words is not None:
            parts["words"] = self.words
        if self.picture_json is not None:
            parts["picture_json"] = self.picture_json
        if self.extras is not None:
            parts["extras"] = self.extras
        return parts

    def updated_by(self, newer: HeldPage) -> HeldPage:
        """This page with the parts `newer` holds put over it."""
        return HeldPage(
            self.piece_id,
            self.page_id,
            newer.words if newer.words is not None else self.words,
            newer.picture_json if newer.picture_json is not None else self.picture_json,
            newer.extras if newer.extras is not None else self.extras,
        )


def merge(*groups: Iterable[HeldPage]) -> list[HeldPage]:
    """Pages by id, later groups winning part by part."""
    pages: dict[str, HeldPage] = {}
    for group in groups:
        for page in group:
            old = pages.get(page.page_id)
            pages[page.page_id] = page if old is None else old.updated_by(page)
    return list(pages.values())


def _key(data_dir: Path) -> str:
    return hashlib.sha256(str(data_dir.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:24]


def places(data_dir: Path, state_dir: Path | None = None) -> list[Path]:
    """Where a recovery file for the library in `data_dir` may be, in the order tried."""
    data_dir = Path(data_dir)
    state = state_dir if state_dir is not None else Path(platformdirs.user_state_dir("WritingNook", appauthor=False))
    name = f"{_key(data_dir)}.json"
    return [
        data_dir / BESIDE_LIBRARY,
        state / "recovery" / name,
        Path(tempfile.gettempdir()) / "WritingNook-recovery" / name,
    ]


def found(data_dir: Path, state_dir: Path | None = None) -> list[Path]:
    """Recovery files waiting for this library (regular files only)."""
    return [p for p in places(data_dir, state_dir) if p.is_file()]


def _to_json(data_dir: Path, pages: list[HeldPage]) -> bytes:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "library": str((Path(data_dir) / LIBRARY_FILE).resolve()),
        "written": datetime.now(UTC).isoformat(timespec="seconds"),
        "pages": [{"piece_id": p.piece_id, "page_id": p.page_id, **p.parts()} for p in pages if p.parts()],
    }
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def load(path: Path) -> list[HeldPage]:
    """The pages a recovery file holds; ValueError when it is not one of ours."""
    with path.open("rb") as handle:
        raw = handle.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"{path} is too big to be a recovery file")
    document = json.loads(raw.decode("utf-8"))
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"{path} is not a Writing Nook recovery file")
    pages: list[HeldPage] = []
    for entry in document.get("pages", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("page_id"), str):
            continue
        words = entry.get("words")
        picture = entry.get("picture_json")
        extras = entry.get("extras")
        pages.append(
            HeldPage(
                str(entry.get("piece_id", "")),
                entry["page_id"],
                words if isinstance(words, str) else None,
                picture if isinstance(picture, str) else None,
                extras if isinstance(extras, dict) else None,
            )
        )
    return pages


def _write(path: Path, data: bytes) -> None:
    """Write whole or not at all: a half-written recovery file must not replace a good one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def keep(data_dir: Path, pages: list[HeldPage], state_dir: Path | None = None, *, merge_earlier: bool = True) -> Path:
    """Write `pages` (with anything an earlier file still holds, unless `merge_earlier` is
    False: the app held what they held, see `waiting`) to the first place that takes them,
    in place of the earlier files; returns where. Raises OSError (the last place's) when
    none does."""
    data_dir = Path(data_dir)
    earlier = found(data_dir, state_dir)
    older: list[HeldPage] = []
    for path in earlier if merge_earlier else []:
        try:
            older.extend(load(path))
        except (OSError, ValueError) as error:
            log.warning("an earlier recovery file %s cannot be read: %s", path, error)
    data = _to_json(data_dir, merge(older, pages))
    last: OSError | None = None
    for place in places(data_dir, state_dir):
        try:
            _write(place, data)
        except OSError as error:
            last = error
            continue
        for path in earlier:
            if path != place:
                path.unlink(missing_ok=True)
        return place
    assert last is not None
    raise last


@dataclass
class BroughtBack:
    """What the next start put back: pages and pieces, from where; pages whose piece is gone."""

    pages: int = 0
    pieces: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    lost_pages: int = 0


@dataclass
class Waiting:
    """What the readable recovery files of a library hold, and which files they are."""

    pages: list[HeldPage]
    files: list[Path]


def waiting(data_dir: Path, state_dir: Path | None = None) -> Waiting:
    """The work recovery files hold for the library in `data_dir` (a file that cannot be
    read is left where it is, and out of this)."""
    held: list[HeldPage] = []
    readable: list[Path] = []
    for path in found(data_dir, state_dir):
        try:
            held.extend(load(path))
        except (OSError, ValueError, UnicodeDecodeError) as error:
            log.warning("a recovery file %s cannot be read, so it is left where it is: %s", path, error)
            continue
        readable.append(path)
    return Waiting(merge(held), readable)


def bring_back(library: Library, state_dir: Path | None = None) -> BroughtBack | None:
    """Put what recovery files hold back into the library, in one transaction, then remove
    the files. None when there was nothing to bring back. A storage error (the disk still
    full) propagates and leaves the files where they are: the app then holds their work
    (`waiting`) until it can be stored."""
    held = waiting(library.path.parent, state_dir)
    if not held.files:
        return None
    readable = held.files
    result = BroughtBack(files=readable)
    with library.transaction():
        for page in held.pages:
            if library.page(page.page_id) is not None:
                library.update_page(page.page_id, **page.parts())
            elif page.piece_id and library.piece(page.piece_id) is not None:
                # The page was taken out while its work waited: it comes back at the end.
                picture = json.loads(page.picture_json) if page.picture_json else None
                library.add_page(
                    page.piece_id, words=page.words or "", picture=picture, extras=page.extras, page_id=page.page_id
                )
            else:
                result.lost_pages += 1
                continue
            result.pages += 1
            if page.piece_id not in result.pieces:
                result.pieces.append(page.piece_id)
    for path in readable:
        path.unlink(missing_ok=True)
    return result
