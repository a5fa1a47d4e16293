"""The fill bucket: the region of the picture around a point, filled with a colour.

The region is found on the picture drawn at one page unit per pixel (the full-size
layer, kept for the page filled last, later items drawn onto it as they come). That
layer is drawn without antialiasing: it is only looked at, never shown, and a fill
grows one pixel under the soft edges of the lines around it anyway, while smooth edges
cost five times as much to draw (2,000 strokes on the largest picture: 1.8 s of CPU
smooth, 0.36 s without). Drawing it whole still takes a while on a busy page, so that
is done in a worker thread, never on the UI thread: from the moment the bucket is picked, and when
a pour finds the layer not ready. A pour made then waits for it and lands as soon as it
is drawn, exactly as it would have at once; taps made meanwhile wait in order behind it
(one in a region just filled with the same colour changes nothing, and is let go).
A page turn or a closed piece lets waiting pours go.

A pour on a busy page whose full-size layer is not drawn yet (the page just opened, the
bucket picked and tapped at once: 2,000 strokes took 1.5 s to draw first) does not wait
when the picture the child sees is drawn whole: the region is found there, at the
screen's size, and its mask enlarged to page units (nook.core.masks); the worker goes on
drawing the full-size layer for the pours after it. Its edges differ from a full-size
fill's by about one screen pixel, under the lines around it. A tap where the paint's
colour is already (an impatient second tap) adds nothing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QImage, QPainter

from nook.core import images
from nook.core import picture as pic
from nook.render import Pictures, paint_item, render_layer
from nook.render.pictures import load_image_plugins
from nook.reply import Reply
from nook.ui.editor.fill_region import Found, Sight, find_region, pixels_of
from nook.ui.editor.model import Item, PageState

# A layer this close to drawn (what is left takes less) is finished on the UI thread and
# the pour lands at once: a page with a few strokes, or one more stroke since the last fill.
QUICK_DRAW_S = 0.03
# As close, with the picture the child sees there to look at instead (a stroke or two since
# the last fill is still drawn here, and that pour is exact).
QUICK_DRAW_SHOWN_S = 0.005

MediaReader = Callable[[str], bytes | None]
# Where a pour lands: the mask as a 1-bit PNG and its box (x, y, w, h) in page units.
Landing = Callable[[bytes, tuple[int, int, int, int]], None]
# The page's picture as its view shows it, when drawn whole: (image of the picture area,
# its pixels per page unit); None when there is none or it is not whole yet.
Shown = Callable[[PageState], tuple[QImage, float] | None]


@dataclass
class _Layer:
    """The picture of `area` drawn at one page unit per pixel, `items` drawn so far."""

    area: tuple[float, float, float, float]
    items: list[Item]
    image: QImage


@dataclass
class _Drawing:
    """Items to draw onto a layer in the worker; the layer is the worker's meanwhile."""

    layer: _Layer
    todo: list[Item]
    media: dict[str, bytes]
    cancelled: bool = False


@dataclass
class _Pour:
    state: PageState
    area: QRectF
    point: QPointF
    colour: str
    land: Landing
    waited: bool = False  # the layer was not ready at the tap: found in a worker, then landed


@dataclass
class _Poured:
    """A region filled while pours waited (a tap there again, same colour, is let go)."""

    state: PageState
    colour: str
    region: bytearray = field(repr=False)
    width: int  # the region's pixels a row
    scale: float  # its pixels per page unit


def _area_key(area: QRectF) -> tuple[float, float, float, float]:
    return (area.x(), area.y(), area.width(), area.height())


def _is_prefix(drawn: list[Item], items: list[Item]) -> bool:
    return len(drawn) <= len(items) and all(a is b for a, b in zip(drawn, items, strict=False))


def _painter_on(layer: _Layer) -> QPainter:
    """A painter in page units on the layer: sharp edges (see above), smooth pictures."""
    painter = QPainter(layer.image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(-layer.area[0], -layer.area[1])
    return painter


def fill_layer(items: list[Item], pictures: Pictures, area: QRectF) -> QImage:
    """The picture a fill looks at, drawn whole at once (what the worker's slices add up to)."""
    layer = _Layer(_area_key(area), [], render_layer([], pictures, area, 1.0))
    draw_onto(layer, items, pictures)
    return layer.image


def draw_onto(layer: _Layer, items: list[Item], pictures: Pictures, budget_s: float | None = None) -> int:
    """Draw `items` onto the layer in order (for about `budget_s`, at least one; all
    without it); returns how many were drawn."""
    if not items:
        return 0
    painter = _painter_on(layer)
    deadline = None if budget_s is None else time.perf_counter() + budget_s
    done = 0
    while done < len(items):
        paint_item(painter, items[done], pictures)
        done += 1
        if deadline is not None and time.perf_counter() > deadline:
            break
    painter.end()
    layer.items.extend(items[:done])
    return done


# The region (its pixels a row, pixels per page unit), its mask as PNG, its box in page units.
def _already_there(layer: QImage, scale: float, pour: _Pour) -> bool:
    """The tapped spot has the pour's colour already: a second or third tap of an impatient
    child, which would only add fills nobody sees (and undos that seem to do nothing)."""
    x = int((pour.point.x() - pour.area.x()) * scale)
    y = int((pour.point.y() - pour.area.y()) * scale)
    return layer.valid(x, y) and layer.pixel(x, y) == QColor(pour.colour).rgba()


_codecs = threading.Lock()
_codecs_loaded = False


def _load_codecs_once() -> None:
    """The image plugins a pour's mask is written with, imported in a thread the first
    time a bucket is picked (the session's first pour waited ~80 ms for them)."""
    global _codecs_loaded
    with _codecs:
        if _codecs_loaded:
            return
        _codecs_loaded = True
    threading.Thread(target=images.load_codecs, daemon=True).start()


class FillBucket(QObject):
    """One open piece's fill bucket: its full-size layer, the worker that draws it,
    and the pours waiting for it."""

    waiting_changed = Signal(bool)  # pours wait for the layer (True), or none do now

    def __init__(self, pictures: Pictures, media: MediaReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pictures = pictures  # the editor's, for what is drawn on the UI thread
        self._media = media
        self.shown: Shown | None = None  # where a pour looks while the full-size layer is drawn
        self._layer: _Layer | None = None
        self._drawing: _Drawing | None = None
        self._worker: threading.Thread | None = None
        self._pours: list[_Pour] = []
        self._poured: list[_Poured] = []
        self._waiting_said = False
        # The threads' results come back through these (not a signal of this bucket's: it
        # goes with its editor, whenever that is closed; see nook.reply).
        self._drawn = Reply(self._worker_done)  # from the worker: the _Drawing it finished
        self._found = Reply(self._finder_done)  # from a finder: (the _Pour, Found or None)
        self._finding: _Pour | None = None  # a waited pour whose region a thread finds

    # -- the layer ------------------------------------------------------------------
    def warm(self, items: list[Item], area: QRectF, quick: bool = True) -> None:
        """Have the layer for these items drawn: in the worker, or here if what is left
        is `quick` to draw."""
        _load_codecs_once()
        if self._pours:
            return  # the layer a waiting pour needs comes first
        self._ready(items, area, QUICK_DRAW_S if quick else 0.0)

    def is_ready(self, items: list[Item], area: QRectF) -> bool:
        """True when the layer for exactly these items is drawn (and not in the worker)."""
        layer = self._layer
        return (
            self._drawing is None
            and layer is not None
            and layer.area == _area_key(area)
            and len(layer.items) == len(items)
            and _is_prefix(layer.items, items)
        )

    def layer(self, items: list[Item], area: QRectF) -> QImage:
        """The layer for these items, drawn now whatever it takes (not for the UI thread
        on a busy page; tests and benchmarks compare it with the worker's)."""
        self.wait()
        if self._drawing is not None:
            self._took(self._drawing)
        layer = self._usable(items, area)
        draw_onto(layer, items[len(layer.items) :], self.pictures)
        self._layer = layer
        return layer.image

    def wait(self, timeout_s: float | None = None) -> None:
        """Wait for the worker to finish (its result is taken on the next event-loop turn)."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout_s)

    def _usable(self, items: list[Item], area: QRectF) -> _Layer:
        layer = self._layer
        if layer is None or layer.area != _area_key(area) or not _is_prefix(layer.items, items):
            layer = _Layer(_area_key(area), [], render_layer([], self.pictures, area, 1.0))
        return layer

    def _ready(self, items: list[Item], area: QRectF, quick_s: float) -> QImage | None:
        """The layer for `items` if it is drawn, or is finished within `quick_s` here;
        otherwise None, and the worker draws it (`_worker_done` comes back)."""
        drawing = self._drawing
        if drawing is not None:
            if drawing.layer.area == _area_key(area) and _is_prefix(drawing.layer.items + drawing.todo, items):
                if self._worker is not None:
                    self._worker.join(quick_s)  # nearly done: taken now, not a turn later
                if self._worker is not None and self._worker.is_alive():
                    return None  # the worker is at it; what it lacks is drawn when it is done
                self._took(drawing)
            else:
                drawing.cancelled = True  # another page: its layer is not wanted
                self._drawing = None
        layer = self._usable(items, area)
        self._layer = layer
        todo = items[len(layer.items) :]
        if todo and quick_s > 0:
            todo = todo[draw_onto(layer, todo, self.pictures, quick_s) :]
        if not todo:
            return layer.image
        self._start(layer, list(todo))
        return None

    def _start(self, layer: _Layer, todo: list[Item]) -> None:
        media: dict[str, bytes] = {}
        for item in todo:
            if item.get("type") in ("photo", "fill"):
                for digest in pic.media_hashes(item):
                    data = self._media(digest)
                    if data is not None:
                        media[digest] = data
        self._layer = None  # the worker's until it is done
        drawing = _Drawing(layer, todo, media)
        self._drawing = drawing
        load_image_plugins()  # (here, on the UI thread: see nook.render.pictures)
        self._worker = threading.Thread(target=self._draw_in_worker, args=(drawing, self._drawn), daemon=True)
        self._worker.start()

    @staticmethod
    def _draw_in_worker(drawing: _Drawing, drawn: Reply[[_Drawing]]) -> None:
        # Its own Pictures (decoded images are not shared between threads) over the image
        # bytes read beforehand on the UI thread (the library's connection stays there).
        pictures = Pictures(drawing.media.get)
        painter = _painter_on(drawing.layer)
        for item in drawing.todo:
            if drawing.cancelled:
                break
            paint_item(painter, item, pictures)
            # Let the UI thread have the interpreter now if it waits for it: left to the
            # switch interval, a busy machine kept it waiting up to ~100 ms at a time.
            time.sleep(0)
        painter.end()
        pictures.clear()  # its sticker drawings go here, in the thread that made them
        drawn(drawing)

    def _worker_done(self, drawing: _Drawing) -> None:
        if drawing is self._drawing:  # not taken already, nor cancelled
            self._took(drawing)
            self._pour_waiting()

    def _took(self, drawing: _Drawing) -> None:
        """The worker's drawing is done: its layer is the bucket's again."""
        self._drawing = None
        self._worker = None
        drawing.layer.items.extend(drawing.todo)
        self._layer = drawing.layer

    # -- pouring --------------------------------------------------------------------
    def pour(self, state: PageState, area: QRectF, point: QPointF, colour: str, land: Landing) -> None:
        """Fill the region around `point` on the page's picture: `land(png, box)` is
        called with its mask now if the layer is ready, or as soon as it is drawn."""
        if not area.contains(point):
            return
        # A tap behind others that wait, waits too (and is found in a thread when its turn comes).
        self._pours.append(_Pour(state, area, point, colour, land, waited=bool(self._pours)))
        self._pour_waiting()

    @property
    def waiting(self) -> bool:
        return bool(self._pours)

    def drop_pours(self) -> None:
        """Let waiting pours go (the page was turned, the piece closed)."""
        self._pours.clear()
        self._finding = None
        self._poured.clear()
        if self._waiting_said:
            self._waiting_said = False
            self.waiting_changed.emit(False)

    def close(self) -> None:
        """The piece closes: waiting pours go, and the worker stops after its item."""
        self.drop_pours()
        if self._drawing is not None:
            self._drawing.cancelled = True
            self._drawing = None
        self._layer = None

    def _pour_waiting(self) -> None:
        while self._pours and self._finding is None:
            pour = self._pours[0]
            shown = self.shown(pour.state) if self.shown is not None else None
            image = self._ready(pour.state.items, pour.area, QUICK_DRAW_S if shown is None else QUICK_DRAW_SHOWN_S)
            if image is not None:
                scale = 1.0
            elif shown is not None:
                image, scale = shown  # the worker draws on; this pour need not wait for it
            else:
                pour.waited = True
                break  # the worker draws; this comes back when it is done
            if self._repeated(pour) or _already_there(image, scale, pour):
                self._pours.pop(0)
                continue
            if pour.waited or scale > 1.0:
                # Landing after a wait: the region is found in a thread too, so the turn
                # that lands it only stores the mask and shows it. So is one on a shown
                # picture with more pixels than the full-size one (a high-density screen):
                # on the UI thread it would take longer than a pour on a ready layer.
                self._finding = pour
                args = (pour, pixels_of(image, scale), self._found)
                threading.Thread(target=self._find_in_worker, args=args, daemon=True).start()
                break
            self._pours.pop(0)
            self._landed(pour, find_region(pixels_of(image, scale), pour.area, pour.point))
        if not self._pours:
            self._poured.clear()
        if self._waiting_said != bool(self._pours):
            self._waiting_said = bool(self._pours)
            self.waiting_changed.emit(self._waiting_said)

    @staticmethod
    def _find_in_worker(pour: _Pour, sight: Sight | None, found: Reply[[_Pour, Found | None]]) -> None:
        found(pour, find_region(sight, pour.area, pour.point))

    def _finder_done(self, pour: _Pour, found: Found | None) -> None:
        if pour is not self._finding:
            return
        self._finding = None
        if self._pours and self._pours[0] is pour:  # not let go meanwhile (a page turn)
            self._pours.pop(0)
            self._landed(pour, found)
        self._pour_waiting()

    def _repeated(self, pour: _Pour) -> bool:
        """Tapped again while it waited: the same region, the same colour (let go)."""
        x, y = pour.point.x() - pour.area.x(), pour.point.y() - pour.area.y()
        for poured in self._poured:
            if poured.state is not pour.state or poured.colour != pour.colour:
                continue
            at = int(y * poured.scale) * poured.width + int(x * poured.scale)
            if 0 <= at < len(poured.region) and poured.region[at]:
                return True
        return False

    def _landed(self, pour: _Pour, found: Found | None) -> None:
        if found is None:
            return
        region, width, scale, png, box = found
        if self._pours:  # taps wait behind this one: one in this region again is let go
            self._poured.append(_Poured(pour.state, pour.colour, region, width, scale))
        pour.land(png, box)
