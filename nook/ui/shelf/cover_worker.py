"""Shelf covers drawn in a thread of their own, so the UI thread only shows them.

A cover is a page drawn small (its words laid out and fitted, its strokes, a photo
decoded at cover size): a few milliseconds each, a dozen on the first screen of a first
start. The UI thread reads what a cover is drawn from (the page, its piece, the
writer's style, the bytes of its photos: the library's connection stays on the UI
thread) and hands it here; the thread draws it on a QImage and hands the cover back.
The covers of a shelf being scrolled come here (the first screen's are drawn before its
first paint on the UI thread: see ThumbnailCache.draw_ahead). Qt paints QImages, lays
out text and decodes images in any thread; icons (QPixmap) stay on the UI thread.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from nook.core.models import Page, Piece
from nook.core.shelf import ShelfRow
from nook.render import PageStyle, Pictures, render_cover
from nook.render.fonts import TextFitter
from nook.render.pictures import load_image_plugins

log = logging.getLogger(__name__)

Key = tuple[str, str, int, int]


@dataclass
class CoverJob:
    """One cover to draw: everything it is drawn from, read on the UI thread."""

    key: Key
    row: ShelfRow
    page: Page
    piece: Piece
    style: PageStyle
    size: QSize
    media: dict[str, bytes] = field(repr=False)
    generation: int = 0  # the cache's, when asked: a cover of an older one is not shown
    rows: tuple[Page, ...] = ()  # a list's first things, under its name


Drawn = tuple[CoverJob, QImage | None]  # None: it could not be drawn (a placeholder instead)


# Workers whose thread was started: each is stopped, and waited for, as Python exits. A
# thread still drawing in Qt when the interpreter ends it aborted the process ("terminate
# called without an active exception", seen at the end of the shelf benchmark).
_RUNNING: weakref.WeakSet[CoverWorker] = weakref.WeakSet()
EXIT_WAIT_S = 2.0


@atexit.register
def _stop_all() -> None:
    workers = list(_RUNNING)
    for worker in workers:
        worker.stop()
    for worker in workers:
        worker.join(EXIT_WAIT_S)


class CoverWorker:
    """One thread drawing covers in the order they are handed in; `woken` is called (from
    that thread) after each, and `take()` gives what is drawn to the UI thread. Once
    `stop` has returned, `woken` is not called again."""

    def __init__(self, woken: Callable[[], None], picture_bytes: int) -> None:
        self._woken = woken
        self._picture_bytes = picture_bytes
        self._jobs: queue.SimpleQueue[CoverJob | None] = queue.SimpleQueue()
        self._drawn: queue.SimpleQueue[Drawn] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        # `woken` reaches the shelf's cache (a Qt signal of it): never while it is being
        # deleted on the UI thread. A signal emitted on an object deleted meanwhile crashed
        # the process (seen once in a test run, the thread finishing a cover as a test's
        # windows were deleted).
        self._waking = threading.Lock()
        self._stopped = False

    def draw(self, job: CoverJob) -> None:
        if self._thread is None:
            load_image_plugins()  # (here, on the UI thread: see nook.render.pictures.decode)
            self._thread = threading.Thread(target=self._run, name="shelf covers", daemon=True)
            self._thread.start()
            _RUNNING.add(self)
        self._jobs.put(job)

    def take(self) -> list[Drawn]:
        """Covers drawn since the last look (UI thread)."""
        drawn = []
        while True:
            try:
                drawn.append(self._drawn.get_nowait())
            except queue.Empty:
                return drawn

    def stop(self) -> None:
        """The thread ends after the cover it is drawing (the shelf went away)."""
        with self._waking:  # (waits for a `woken` under way)
            self._stopped = True
        if self._thread is not None:
            self._jobs.put(None)

    def join(self, timeout: float) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        media: dict[str, bytes] = {}
        pictures: Pictures | None = None
        longest = 0
        # Each writer's style with fitted text sizes of this thread's own (the UI thread
        # fits text with the cache's, for the busy covers it draws in slices).
        styles: dict[tuple[str, int], PageStyle] = {}
        while (job := self._jobs.get()) is not None:
            side = max(job.size.width(), job.size.height())
            if pictures is None or side != longest:
                # Decoded at cover size, and kept for the next covers (a sticker, a photo
                # on several covers); its own, since decoded images stay in their thread.
                pictures, longest = Pictures(media.get, self._picture_bytes, side), side
            media.clear()
            media.update(job.media)
            style = styles.get((job.row.writer_id, job.generation))
            if style is None:
                style = styles[(job.row.writer_id, job.generation)] = replace(job.style, fitter=TextFitter())
            try:
                cover: QImage | None = render_cover(job.page, job.piece, style, pictures, job.size, rows=job.rows)
            except Exception:  # one odd page must not break the shelf
                log.exception("could not draw the cover of %s", job.row.id)
                cover = None
            self._drawn.put((job, cover))
            with self._waking:
                if self._stopped:
                    break
                try:
                    self._woken()
                except RuntimeError:  # the shelf went away meanwhile
                    break
        if pictures is not None:
            pictures.clear()  # its sticker drawings go here, in the thread that made them
