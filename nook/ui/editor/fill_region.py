"""Where a fill goes: the region around a tapped point whose colour matches, found on
a picture's pixels (the full-size layer, or the picture the child sees, drawn smaller)
and made into a 1-bit mask in page units. Pure: runs on the UI thread or in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage

from nook.core import images, masks
from nook.core import picture as pic

FILL_TOLERANCE = 48
# The region, the width and scale of the pixels it was found on, its mask (a 1-bit PNG)
# and the mask's box (x, y, w, h) in page units.
Found = tuple[bytearray, int, float, bytes, tuple[int, int, int, int]]


@dataclass(frozen=True)
class Sight:
    """A layer's pixels as a fill looks at them (a copy: the layer may be drawn on meanwhile)."""

    rgba: bytes
    width: int
    height: int
    scale: float  # pixels per page unit: 1 for the full-size layer


def pixels_of(layer: QImage, scale: float = 1.0) -> Sight | None:
    width, height = layer.width(), layer.height()
    if layer.bytesPerLine() != width * 4:
        return None
    return Sight(bytes(layer.constBits())[: width * height * 4], width, height, scale)


def find_region(sight: Sight | None, area: QRectF, point: QPointF) -> Found | None:
    """The region around `point` whose colour matches, its 1-bit PNG mask and box; None
    when there is nothing to fill. Pure: runs on the UI thread or in a worker."""
    if sight is None:
        return None
    width, height, scale = sight.width, sight.height, sight.scale
    x, y = int((point.x() - area.x()) * scale), int((point.y() - area.y()) * scale)
    if not (0 <= x < width and 0 <= y < height):
        return None
    passable = images.similar_colour_mask(sight.rgba, width, height, x, y, FILL_TOLERANCE)
    region = pic.flood_region(passable, width, height, x, y)
    box = pic.region_bounds(region, width, height)
    if box is None:
        return None
    if scale == 1.0:
        png, (left, top, w, h) = images.mask_png(region, width, height, box)
    else:
        png, (left, top, w, h) = masks.scaled_mask_png(region, width, height, box, scale)
    return region, width, scale, png, (int(area.x()) + left, int(area.y()) + top, w, h)
