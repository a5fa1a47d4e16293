"""Shelf covers kept between starts: a cover drawn once is read back at the next start
instead of being drawn again from its page (laying out its words, decoding its photos).

One PNG per piece in the data folder's `covers/`, named by the piece's id, carrying in
it what it was drawn from: the piece's last change, the cover size, how the writer's
pages look (font, size, colour, capitals, their name), the language and the app's
version. A cover whose piece, writer, settings or language changed since does not match
and is drawn again (and stored over the old one). Covers of pieces no longer in the
library are removed once a start is ready (`prune`). A library only looked at
(read-only) stores none. Nothing is ever shown from here that was not drawn from the
same page in the same look.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale
from PySide6.QtGui import QImage, QImageReader, QImageWriter

from nook import __version__
from nook.core.library import Library
from nook.core.shelf import ShelfRow
from nook.render import PageStyle

log = logging.getLogger(__name__)

FOLDER = "covers"
KEY = "nook-cover"  # the PNG text chunk holding what the cover was drawn from
FORMAT = 3  # raise when covers are drawn differently in a way the version does not say
PNG_QUALITY = 80  # Qt's PNG "quality" is the compression effort: quick to write, lossless


def fingerprint(row: ShelfRow, width: int, height: int, style: PageStyle) -> str:
    """What a cover was drawn from, short: equal only for the same drawing."""
    parts = (
        FORMAT,
        __version__,
        row.id,
        row.updated,
        width,
        height,
        style.family,
        style.text_size,
        style.colour,
        style.all_caps,
        style.byline,
        QLocale().name(),
    )
    return hashlib.sha256(repr(parts).encode("utf-8", "replace")).hexdigest()[:32]


class CoverStore:
    """Covers on disk, by piece; every failure to read or write is only a cover drawn again."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.folder = Path(library.path).parent / FOLDER
        self.writable = not library.read_only
        self.read = 0  # covers read back (for tests and the benchmark)

    def path(self, piece_id: str) -> Path:
        return self.folder / f"{piece_id}.png"

    def load(self, piece_id: str, key: str) -> QImage | None:
        """The stored cover of `piece_id` if it was drawn from `key`, else None."""
        path = self.path(piece_id)
        if not path.is_file():
            return None
        reader = QImageReader(str(path), b"png")
        if reader.text(KEY) != key:
            return None
        image = reader.read()
        if image.isNull():
            return None
        self.read += 1
        # As covers are drawn: painted on the shelf without a conversion at every paint.
        return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)

    def save(self, piece_id: str, key: str, image: QImage) -> None:
        if not self.writable:
            return
        path = self.path(piece_id)
        part = path.with_name(f".{path.name}.part")
        try:
            self.folder.mkdir(exist_ok=True)
            # Made in memory and written by Python: on a full disk Qt's writer says it
            # wrote the file and leaves it empty (found live), and Python raises.
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            writer = QImageWriter(buffer, b"png")
            writer.setQuality(PNG_QUALITY)
            writer.setText(KEY, key)
            if not writer.write(image):
                raise OSError(f"could not make {path.name}: {writer.errorString()}")
            buffer.close()
            part.write_bytes(data.data())
            os.replace(part, path)  # whole or not at all: a cut-off file is never read
        except OSError as error:
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
            self.writable = False  # a full disk or a locked folder: stop trying this visit
            log.info("shelf covers are not kept between starts: %s", error)

    def prune(self) -> int:
        """Remove the covers of pieces no longer in the library; how many were removed."""
        if not self.writable or not self.folder.is_dir():
            return 0
        kept = {row[0] for row in self.library.db.execute("SELECT id FROM pieces").fetchall()}
        removed = 0
        try:
            for entry in os.scandir(self.folder):
                name = entry.name
                if name.endswith(".part") or name.removesuffix(".png") not in kept:
                    Path(entry.path).unlink(missing_ok=True)
                    removed += 1
        except OSError as error:
            log.info("old shelf covers could not be removed: %s", error)
        return removed


class CoversToKeep:
    """Covers drawn and not yet written to the store, oldest first: written between events
    a slice at a time, `keep_after_ms` after the last cover was drawn (the paint that shows
    them comes first), or all at once when the app closes."""

    def __init__(self, store: CoverStore, keep_after_ms: int, slice_ms: int) -> None:
        self.store = store
        self.keep_after_ms = keep_after_ms
        self.slice_ms = slice_ms
        self.last_drawn = 0.0  # when the last cover was drawn (perf_counter)
        self._waiting: OrderedDict[str, tuple[str, QImage]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._waiting)

    def add(self, piece_id: str, key: str, cover: QImage) -> None:
        """A cover drawn from `key` (its fingerprint), to be written; none where the store
        cannot be written."""
        if self.store.writable:
            self._waiting[piece_id] = (key, cover)
            self._waiting.move_to_end(piece_id)

    def wait_ms(self) -> int:
        """How long the covers drawn wait before they are written: `keep_after_ms` after the
        last one was drawn, whichever turn of the timer comes first."""
        return max(0, int(self.keep_after_ms - (time.perf_counter() - self.last_drawn) * 1000))

    def write_some(self, started: float | None) -> None:
        """Write covers until a slice has passed since `started` (None: all of them)."""
        while self._waiting and (started is None or (time.perf_counter() - started) * 1000 < self.slice_ms):
            self.write_one()

    def write_all(self) -> None:
        self.write_some(None)

    def write_one(self) -> None:
        piece_id, (key, cover) = self._waiting.popitem(last=False)
        self.store.save(piece_id, key, cover)
        if not self.store.writable:
            self._waiting.clear()  # the disk said no: nothing more is tried this visit
