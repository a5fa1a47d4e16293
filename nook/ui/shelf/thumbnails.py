"""Cover thumbnails for the shelf: drawn from the real first page, lazily, and cached.

The shelf's delegate asks for a cover while painting, so only visible covers are ever
asked for; a missing one is queued and drawn in a thread of its own (cover_worker.py),
and `ready(piece_id)` tells the view to repaint. The first screen's covers are drawn
before its first paint, on the UI thread (`draw_ahead`): it is painted once, with them.
Covers are cached by (piece id, updated, size), so an edited piece gets a fresh one and
an unchanged one is never drawn twice; a drawn cover is also kept on disk between starts
(cover_store.py), so the next start shows it at its first paint without drawing it.
Nothing runs while nothing is missing. A busy page (hundreds of strokes) has its
picture drawn a slice per turn on the UI thread (a thread drawing thousands of strokes
would hold the interpreter from it for long stretches), so even a 2,000-stroke cover
never holds a tap or a scroll.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from nook.core import picture as pic
from nook.core import shelf
from nook.core.library import Library
from nook.core.models import Page, Piece
from nook.core.picture import items_of
from nook.core.shelf import CoverSource, ShelfRow
from nook.render import PageStyle, PictureInSlices, Pictures, picture_in_slices, render_cover
from nook.render.pictures import Bounded
from nook.ui.kit import theme
from nook.ui.kit.icons import icon_path, svg_pixmap
from nook.ui.shelf.cover_store import CoversToKeep, CoverStore, fingerprint

if TYPE_CHECKING:
    from nook.ui.shelf.cover_worker import CoverWorker

log = logging.getLogger(__name__)

COVER_BYTES = 16 * 1024 * 1024  # covers kept: a few screens (about 170 at the default size)
PICTURE_BYTES = 4 * 1024 * 1024  # photos and fills decoded at cover size, for covers still to draw
QUEUE_LIMIT = 96  # requests beyond this are old (scrolled past) and dropped
SLICE_MS = 6  # drawing time per turn of the event loop, so input stays smooth
HOLD_MS = 70  # while the shelf is being scrolled, wait this long after the last move
BUSY_ITEMS = 200  # a picture with more items than this is drawn in slices
# Covers drawn are written to disk this long after the last one was drawn: the paint that
# shows them, and what the start does once the shelf is ready, come first.
KEEP_AFTER_MS = 400
IN_FLIGHT = 4  # covers handed to the drawing thread at once (the rest wait, newest first)
AHEAD_MS = 60  # the first screen's covers drawn at once, before its first paint, for up to this
# More covers than this drawn and not yet written (a long scroll, drawing all the while):
# some are written in each turn, so the backlog is never more than a screen of images.
KEEP_BACKLOG = 24

Key = tuple[str, str, int, int]


@cache
def kind_picture(kind: str, size: int) -> QImage:
    """The kind's picture (book, list, sign, letter), for placeholders and badges."""
    return svg_pixmap(icon_path(kind), size).toImage()


def placeholder_cover(kind: str, title: str, size: QSize) -> QImage:
    """A cover without the real page: the kind's picture and the title."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(theme.THUMBNAIL_PAPER))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = int(min(size.width(), size.height()) * 0.55)
    painter.drawImage((size.width() - side) // 2, int(size.height() * 0.12), kind_picture(kind, side))
    if title:
        painter.setPen(QPen(QColor(theme.THUMBNAIL_TEXT)))
        font = painter.font()
        font.setPixelSize(max(10, size.height() // 9))
        painter.setFont(font)
        text_rect = QRectF(4, size.height() * 0.12 + side, size.width() - 8, size.height() * 0.88 - side - 2)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, title)
    painter.end()
    return image


@dataclass
class _BusyCover:
    """A cover whose picture is being drawn a slice at a time."""

    key: Key
    row: ShelfRow
    page: Page
    piece: Piece
    style: PageStyle
    picture: PictureInSlices
    rows: tuple[Page, ...] = ()


class ThumbnailCache(QObject):
    """Covers by (piece id, updated, size); draws missing ones a few at a time."""

    ready = Signal(str)
    _woken = Signal()  # from the drawing thread: a cover is drawn

    def __init__(
        self,
        library: Library,
        size: QSize,
        parent: QObject | None = None,
        cover_bytes: int = COVER_BYTES,
        keep_after_ms: int = KEEP_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.size = QSize(size)
        self._covers: Bounded[Key, QImage] = Bounded(cover_bytes, lambda image: int(image.sizeInBytes()))
        self._queue: OrderedDict[Key, ShelfRow] = OrderedDict()
        self.pictures = self._pictures()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        self.drawn = 0  # how many covers were drawn (for tests and the benchmark)
        self._held_until = 0.0
        self._busy: _BusyCover | None = None
        self.busy_items = BUSY_ITEMS
        self.store = CoverStore(library)
        # Covers drawn and not yet kept on disk: written once nothing is left to draw, so a
        # turn that draws covers does not also encode them.
        self._to_keep = CoversToKeep(self.store, keep_after_ms, SLICE_MS)
        self._styles: dict[str, PageStyle] = {}  # by writer, for the stored covers' keys
        self._generation = 0  # raised when every cover is forgotten: older drawings are not shown
        self._in_flight: dict[Key, ShelfRow] = {}  # handed to the drawing thread
        self._worker: CoverWorker | None = None  # made with the first cover for the thread
        self._woken.connect(self._take_drawn)

    def _pictures(self) -> Pictures:
        # A photo is never drawn larger than the cover: decode it no larger (a year of
        # photos decoded whole is hundreds of megabytes).
        return Pictures(self.library.media, PICTURE_BYTES, max(self.size.width(), self.size.height()))

    def _key(self, row: ShelfRow) -> Key:
        return (row.id, row.updated, self.size.width(), self.size.height())

    def cover(self, row: ShelfRow) -> QImage | None:
        """The cover if drawn already; otherwise None now, and `ready` once it is."""
        key = self._key(row)
        image = self._covers.get(key)
        if image is not None or key in self._in_flight or (self._busy is not None and self._busy.key == key):
            return image
        image = self._stored(row)
        if image is not None:
            self._covers.put(key, image)
            return image
        self._queue[key] = row
        self._queue.move_to_end(key)
        while len(self._queue) > QUEUE_LIMIT:
            self._queue.popitem(last=False)
        if not self._timer.isActive() or self._timer.remainingTime() > self._hold_left():
            self._timer.start(self._hold_left())  # (not after covers waiting to be kept)
        return None

    def draw_ahead(self, rows: list[ShelfRow], budget_ms: int = AHEAD_MS) -> None:
        """The covers a screen shows first, before its first paint: read back if kept,
        else drawn here and now (for up to `budget_ms` of this thread's own time; the
        rest, and busy pages, go to the drawing thread). Its own time, not the clock's: on
        a busy computer the clock runs on while the start waits for a core, and the
        covers then left to the thread made the shelf ready only after a second paint
        (seen in a third of the first starts at load ~10). Not in the thread: while a screen is being built the UI
        thread runs Python nearly all the time, and a thread drawing beside it takes
        Python's lock at each of the UI thread's Qt calls and holds it through its own
        Python, so each waits on the other. A first start with the covers drawn in the
        thread painted placeholders first and was ready ~60 ms later than with the
        covers drawn here (~2 ms each), on two cores."""
        started = time.thread_time()
        later: list[ShelfRow] = []
        to_draw: list[tuple[Key, ShelfRow]] = []
        for row in rows:
            key = self._key(row)
            if self._covers.get(key) is not None or key in self._in_flight:
                continue
            image = self._stored(row)
            if image is not None:
                self._covers.put(key, image)
                continue
            to_draw.append((key, row))
        # What the covers to draw are drawn from, read at once (not 3 reads a cover).
        sources = shelf.cover_sources(self.library, [row.id for _key, row in to_draw]) if to_draw else {}
        for key, row in to_draw:
            if (time.thread_time() - started) * 1000 >= budget_ms:
                later.append(row)
                continue
            source = sources.get(row.id)
            if source is not None and len(items_of(source[0].picture)) > self.busy_items:
                later.append(row)  # drawn a slice per turn, between events
                continue
            self._done(key, row, self._draw(row, source))
        for row in reversed(later):  # newest request first: the first row goes first
            self.cover(row)
        if later:
            self._work(in_flight=max(IN_FLIGHT, len(later)))

    def hold(self, ms: int = HOLD_MS) -> None:
        """Scrolling: draw nothing until the shelf has rested for `ms`, so every frame
        of the scroll is only painting (covers seen in passing stay placeholders)."""
        self._held_until = time.perf_counter() + ms / 1000
        # What was asked for before this move is (mostly) off screen now; the paint
        # at the new place asks again for what is seen.
        self._queue.clear()
        self._busy = None
        self._timer.stop()

    def _hold_left(self) -> int:
        return max(0, int((self._held_until - time.perf_counter()) * 1000))

    def set_size(self, size: QSize) -> None:
        if size != self.size:
            self.size = QSize(size)
            self._covers.clear()
            self._queue.clear()
            self._busy = None
            self._generation += 1
            self.pictures = self._pictures()

    def _style(self, writer_id: str, piece: Piece) -> PageStyle:
        """How the writer's pages look, read once per writer (and its fitted sizes shared)."""
        style = self._styles.get(writer_id)
        if style is None:
            style = self._styles[writer_id] = PageStyle.resolve(self.library, piece)
        return style

    def _stored(self, row: ShelfRow) -> QImage | None:
        """The cover as drawn at an earlier start, if nothing it was drawn from changed."""
        if not self.store.path(row.id).is_file():
            return None  # never drawn (or removed): no need to look up how it would look
        style = self._styles.get(row.writer_id)
        if style is None:
            piece = self.library.piece(row.id)
            if piece is None:
                return None
            style = self._style(row.writer_id, piece)
        return self.store.load(row.id, fingerprint(row, self.size.width(), self.size.height(), style))

    def _keep(self, row: ShelfRow, style: PageStyle, cover: QImage) -> None:
        self._to_keep.add(row.id, fingerprint(row, self.size.width(), self.size.height(), style), cover)

    def unkept(self) -> int:
        """Covers drawn and not yet written to disk (they are, between events, once all
        asked for are drawn)."""
        return len(self._to_keep)

    def keep_all(self) -> None:
        """Write every cover drawn and not yet kept (the app is closing)."""
        self._to_keep.write_all()

    def clear(self) -> None:
        """Forget every cover: something that changes how all pages look changed."""
        self._covers.clear()
        self._styles.clear()
        self._generation += 1
        self.forget_requests()

    def forget_requests(self) -> None:
        """Drop covers asked for but not drawn (they are asked again when painted)."""
        self._queue.clear()
        self._busy = None
        self._timer.stop()

    def pending(self) -> int:
        """Covers asked for and not drawn yet."""
        return len(self._queue) + len(self._in_flight) + (self._busy is not None)

    def _take_drawn(self) -> bool:
        """What the drawing thread has drawn goes to the shelf; True if there was some."""
        drawn = self._worker.take() if self._worker is not None else []
        for job, cover in drawn:
            self._in_flight.pop(job.key, None)
            if job.generation != self._generation:
                continue  # drawn for a size or a look that is gone
            if cover is None:
                cover = placeholder_cover(job.row.kind, job.row.title, job.size)
            else:
                self._keep(job.row, job.style, cover)
            self._done(job.key, job.row, cover)
        if drawn and not self._timer.isActive():
            if self._queue or len(self._to_keep) > KEEP_BACKLOG:
                self._timer.start(0)  # room in the thread for more
            elif self._to_keep and not self._in_flight:
                self._timer.start(self._to_keep.wait_ms())  # all drawn: kept once they are shown
        return bool(drawn)

    def _work(self, in_flight: int = IN_FLIGHT) -> None:
        self._take_drawn()
        if self._hold_left():
            self._timer.start(self._hold_left())
            return
        started = time.perf_counter()
        if self._busy is not None:
            self._continue_busy(SLICE_MS / 1000)
        while self._queue and len(self._in_flight) < in_flight:
            # Newest request first: that is what is on screen now.
            key, row = self._queue.popitem(last=True)
            if self._covers.get(key) is not None or key in self._in_flight:
                continue  # asked again while it was being drawn
            source = self._source(row)
            if source is None:
                self._done(key, row, placeholder_cover(row.kind, row.title, self.size))
                continue
            page, piece, rows = source
            style = self._style(row.writer_id, piece)
            if len(items_of(page.picture)) > self.busy_items:
                if self._busy is not None:
                    self._queue[key] = row  # one busy page at a time: this one waits its turn
                    self._queue.move_to_end(key, last=False)
                    break
                picture = picture_in_slices(page, piece, self.pictures, self.size)
                self._busy = _BusyCover(key, row, page, piece, style, picture, rows)
                continue  # its first slice is the next turn's
            used = set().union(*(pic.media_hashes(p.picture) for p in (page, *rows)))
            media = {d: data for d in used if (data := self.library.media(d)) is not None}
            self._in_flight[key] = row
            from nook.ui.shelf.cover_worker import CoverJob  # (with the thread, when first needed)

            job = CoverJob(key, row, page, piece, style, QSize(self.size), media, self._generation, rows)
            self._drawing_thread().draw(job)
        if len(self._to_keep) > KEEP_BACKLOG:
            self._to_keep.write_some(started)
            # Behind (a busy machine, a slow disk: the slice spent before a cover is written):
            # written now past the slice, so what the thread may still hand over fits the bound.
            while len(self._to_keep) > 2 * KEEP_BACKLOG - IN_FLIGHT and self.store.writable:
                self._to_keep.write_one()
        if self._busy is not None or (self._queue and len(self._in_flight) < IN_FLIGHT):
            self._timer.start(0)
        elif self._to_keep and not self._in_flight and not self._queue:
            if self._to_keep.wait_ms():  # a cover was drawn a moment ago: the paint showing it first
                self._timer.start(self._to_keep.wait_ms())
            else:
                self._to_keep.write_some(started)
                if self._to_keep:
                    self._timer.start(0)

    def _drawing_thread(self) -> CoverWorker:  # (a start drawing no cover in it never loads it)
        if self._worker is None:
            from nook.ui.shelf.cover_worker import CoverWorker

            self._worker = CoverWorker(self._woken.emit, PICTURE_BYTES)
            self.destroyed.connect(self._worker.stop)
        return self._worker

    def _continue_busy(self, budget_s: float) -> None:
        busy = self._busy
        assert busy is not None
        try:
            if not busy.picture.draw(budget_s):
                return
            layer = busy.picture.layer
            cover = render_cover(busy.page, busy.piece, busy.style, self.pictures, self.size, layer, busy.rows)
        except Exception:  # one odd page must not break the shelf
            log.exception("could not draw the cover of %s", busy.row.id)
            cover = placeholder_cover(busy.row.kind, busy.row.title, self.size)
        else:
            self._keep(busy.row, busy.style, cover)
        self._busy = None
        self._done(busy.key, busy.row, cover)

    def _done(self, key: Key, row: ShelfRow, cover: QImage) -> None:
        self._covers.put(key, cover)
        self.drawn += 1
        self._to_keep.last_drawn = time.perf_counter()
        self.ready.emit(row.id)

    def _source(self, row: ShelfRow) -> CoverSource | None:
        return shelf.cover_sources(self.library, [row.id]).get(row.id)

    def draw(self, row: ShelfRow) -> QImage:
        """Draw one cover now, whole: the real first page, or the kind picture and title."""
        return self._draw(row, self._source(row))

    def _draw(self, row: ShelfRow, source: CoverSource | None) -> QImage:
        if source is not None:
            page, piece, rows = source
            try:
                style = self._style(row.writer_id, piece)
                cover = render_cover(page, piece, style, self.pictures, self.size, rows=rows)
            except Exception:  # one odd page must not break the shelf
                log.exception("could not draw the cover of %s", row.id)
            else:
                self._keep(row, style, cover)
                return cover
        return placeholder_cover(row.kind, row.title, self.size)
