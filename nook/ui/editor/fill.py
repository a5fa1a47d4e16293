"""The fill bucket: the region of the picture around a point, filled with a colour."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from nook.core import images
from nook.core import picture as pic
from nook.core.library import Library
from nook.render import Pictures, paint_item, render_layer
from nook.ui.editor.model import Item

FILL_TOLERANCE = 48

# The picture at one page unit per pixel, for the fill bucket. Kept for the last page
# filled: a child fills several regions in a row, and strokes are mostly added at the
# end, so only the new items are drawn onto it (a 2,000-stroke page takes ~1.5 s whole).
_full_layer: dict[str, Any] = {}


def full_size_layer(
    pictures: Pictures, items: list[Item], area: QRectF, budget_s: float | None = None
) -> tuple[QImage, bool]:
    """The picture at one page unit per pixel; (layer, complete).

    With `budget_s` only as many items as fit in that time are drawn (the editor warms
    the layer this way, a slice per event-loop turn, as soon as the fill bucket is
    picked); without it the layer is finished now."""
    key = (id(pictures), area.x(), area.y(), area.width(), area.height())
    cached_items: list[Item] = _full_layer.get("items", [])
    layer: QImage | None = _full_layer.get("layer")
    prefix = len(cached_items) <= len(items) and all(a is b for a, b in zip(cached_items, items, strict=False))
    if layer is None or _full_layer.get("key") != key or not prefix:
        layer = render_layer([], pictures, area, 1.0)
        cached_items = []
    done = len(cached_items)
    if done < len(items):
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.translate(-area.topLeft())
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        while done < len(items):
            paint_item(painter, items[done], pictures)
            done += 1
            if deadline is not None and time.perf_counter() > deadline:
                break
        painter.end()
    _full_layer.update(key=key, items=list(items[:done]), layer=layer)
    return layer, done == len(items)


def fill_item(
    library: Library, pictures: Pictures, items: list[Item], area: QRectF, point: QPointF, colour: str
) -> Item | None:
    """The fill bucket: the region around `point` (page units) whose colour matches,
    as a fill item whose mask is stored in the library's media. None if nothing to fill."""
    width, height = int(area.width()), int(area.height())
    x, y = int(point.x() - area.x()), int(point.y() - area.y())
    if not (0 <= x < width and 0 <= y < height):
        return None
    layer, _complete = full_size_layer(pictures, items, area)
    rgba = bytes(layer.constBits())[: width * height * 4]
    if layer.bytesPerLine() != width * 4:  # never for 32-bit images, but be sure
        return None
    passable = images.similar_colour_mask(rgba, width, height, x, y, FILL_TOLERANCE)
    region = pic.flood_region(passable, width, height, x, y)
    box = pic.region_bounds(region, width, height)
    if box is None:
        return None
    png, (left, top, w, h) = images.mask_png(region, width, height, box)
    digest = library.put_media(png, "image/png", w, h)
    return pic.fill(colour, digest, int(area.x()) + left, int(area.y()) + top, w, h)
