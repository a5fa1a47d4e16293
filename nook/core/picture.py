"""The picture on a page, as stored in `page.picture` (JSON). Pure Python, no Qt.

Format (version 1)::

    {"v": 1, "items": [item, ...]}        # drawn in list order, first at the back

Coordinates are in *page units*: every page has a fixed logical size (see
`page_size`, e.g. 1600 x 1200 for a book page) and the picture uses the page's own
units, so nothing depends on the window it was drawn in. Items:

- ``{"type": "stroke", "tool": "brush" | "eraser", "color": "#rrggbb", "width": 12,
  "points": "<base64 of little-endian int16 x, y pairs>"}``
- ``{"type": "shape", "shape": "line" | "rectangle" | "circle" | "star" | "heart",
  "color": "#rrggbb", "width": 12, "x1": .., "y1": .., "x2": .., "y2": ..}``
- ``{"type": "sticker", "sticker": "<sticker id>", "x": cx, "y": cy, "size": s,
  "angle": degrees}``  (centre, width of the square, turn)
- ``{"type": "photo", "media": "<sha256>", "x": cx, "y": cy, "w": w, "h": h,
  "angle": degrees}``
- ``{"type": "fill", "color": "#rrggbb", "x": left, "y": top, "w": w, "h": h,
  "media": "<sha256 of a 1-bit PNG mask, one pixel per page unit>"}``

Any stored image a picture uses (photos and fill masks) is referenced by an object
with the key ``"media"`` holding the library media hash; `media_hashes` collects them
(the backpack carries them with the piece).

Why vector strokes: the page is printed at 150 DPI on letter/A4 and shown from 100 px
thumbnails to full screen, so strokes, shapes and stickers are kept as geometry and
drawn sharp at any size (a PDF gets real vector paths). The fill bucket is the one
raster step: it is computed on the picture drawn at one page unit per pixel (1600 px
across a book page, about 190 DPI when printed 8.5 in wide) and kept as a mask, which
still prints sharp at 150 DPI. The eraser is a stroke that clears what is under it.
Points are packed as base64 int16 so that storing a page with 2,000 strokes stays
within the 10 ms budget (a JSON list of numbers took 26 ms to encode).
"""

from __future__ import annotations

import base64
import json
import re
import sys
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

FORMAT_VERSION = 1
ITEM_TYPES = ("stroke", "shape", "sticker", "photo", "fill")
SHAPES = ("line", "rectangle", "circle", "star", "heart")
TOOLS = ("brush", "eraser")

# Logical page sizes (page units) by (kind, role); the picture uses these units.
_PAGE_SIZES: dict[tuple[str, str], tuple[int, int]] = {
    ("list", "cover"): (1600, 400),
    ("list", "item"): (1600, 400),
    ("letter", "envelope"): (1600, 1000),
}
DEFAULT_PAGE_SIZE = (1600, 1200)
COORD_LIMIT = 32000  # int16 range, with room to spare


def page_size(kind: str, role: str) -> tuple[int, int]:
    """The logical size of a page of this kind and role, in page units."""
    return _PAGE_SIZES.get((kind, role), DEFAULT_PAGE_SIZE)


def new_picture() -> dict[str, Any]:
    return {"v": FORMAT_VERSION, "items": []}


def make_picture(items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    return {"v": FORMAT_VERSION, "items": list(items)}


_ENCODED: dict[int, tuple[dict[str, Any], str]] = {}
_ENCODED_LIMIT = 50_000


def item_json(item: dict[str, Any]) -> str:
    """One item's stored JSON, made once per item and kept (see `picture_json`)."""
    entry = _ENCODED.get(id(item))
    if entry is None or entry[0] is not item:
        if len(_ENCODED) >= _ENCODED_LIMIT:
            _ENCODED.clear()
        # The entry holds the item, so its id cannot be reused while it is cached.
        entry = (item, json.dumps(item, ensure_ascii=False, separators=(", ", ": ")))
        _ENCODED[id(item)] = entry
    return entry[1]


def picture_json(items: list[dict[str, Any]]) -> str:
    """The stored JSON of a picture with these items, like json.dumps(make_picture(items)).

    Items are never changed in place (an edit replaces the item), so each item's JSON is
    made once and kept: storing a page of 2,000 strokes after one more stroke then costs
    one item's encoding, not 2,000 (8 ms saved on the UI thread).
    """
    parts = [item_json(item) for item in items]
    return '{"v": ' + str(FORMAT_VERSION) + ', "items": [' + ", ".join(parts) + "]}"


def with_added(picture: dict[str, Any], added: list[dict[str, Any]]) -> dict[str, Any]:
    """A stored picture with the items drawn after it (stored one by one) at its end."""
    items = picture.get("items")
    return {
        **picture,
        "v": picture.get("v", FORMAT_VERSION),
        "items": [*(items if isinstance(items, list) else []), *added],
    }


def items_of(picture: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The picture's items that this version understands; junk is skipped, never fatal."""
    if not isinstance(picture, dict):
        return []
    raw = picture.get("items")
    if not isinstance(raw, list):
        return []
    return [item for item in raw if isinstance(item, dict) and item.get("type") in ITEM_TYPES]


def media_hashes(value: Any) -> set[str]:
    """Every media hash referenced anywhere inside a picture (or any JSON value)."""
    found: set[str] = set()
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            media = current.get("media")
            if isinstance(media, str) and media:
                found.add(media)
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


# -- points ------------------------------------------------------------------------------
def _clamp(value: float) -> int:
    return max(-COORD_LIMIT, min(COORD_LIMIT, round(value)))


def encode_points(points: Iterable[tuple[float, float]]) -> str:
    """Pack (x, y) points as base64 of little-endian int16 pairs."""
    flat = array("h")
    for x, y in points:
        flat.append(_clamp(x))
        flat.append(_clamp(y))
    if sys.byteorder == "big":
        flat.byteswap()
    return base64.b64encode(flat.tobytes()).decode("ascii")


def decode_points(text: Any) -> list[tuple[int, int]]:
    """Unpack points written by `encode_points`; anything malformed gives []."""
    if not isinstance(text, str) or not text:
        return []
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return []
    if len(raw) % 4:
        raw = raw[: len(raw) - len(raw) % 4]
    flat = array("h")
    flat.frombytes(raw)
    if sys.byteorder == "big":
        flat.byteswap()
    return list(zip(flat[0::2], flat[1::2], strict=True))


# -- item builders (so every writer of the format agrees) --------------------------------
def stroke(tool: str, color: str, width: float, points: Iterable[tuple[float, float]]) -> dict[str, Any]:
    return {
        "type": "stroke",
        "tool": tool if tool in TOOLS else "brush",
        "color": color,
        "width": max(1, round(width)),
        "points": encode_points(points),
    }


def shape(kind: str, color: str, width: float, x1: float, y1: float, x2: float, y2: float) -> dict[str, Any]:
    return {
        "type": "shape",
        "shape": kind if kind in SHAPES else "line",
        "color": color,
        "width": max(1, round(width)),
        "x1": _clamp(x1),
        "y1": _clamp(y1),
        "x2": _clamp(x2),
        "y2": _clamp(y2),
    }


def sticker(sticker_id: str, x: float, y: float, size: float, angle: float = 0) -> dict[str, Any]:
    return {
        "type": "sticker",
        "sticker": sticker_id,
        "x": _clamp(x),
        "y": _clamp(y),
        "size": max(8, _clamp(size)),
        "angle": round(angle) % 360,
    }


def photo(digest: str, x: float, y: float, w: float, h: float, angle: float = 0) -> dict[str, Any]:
    return {
        "type": "photo",
        "media": digest,
        "x": _clamp(x),
        "y": _clamp(y),
        "w": max(8, _clamp(w)),
        "h": max(8, _clamp(h)),
        "angle": round(angle) % 360,
    }


def fill(color: str, digest: str, x: int, y: int, w: int, h: int) -> dict[str, Any]:
    return {"type": "fill", "color": color, "media": digest, "x": x, "y": y, "w": w, "h": h}


def is_object(item: dict[str, Any]) -> bool:
    """Stickers and photos can be picked up, moved, resized, turned and removed."""
    return item.get("type") in ("sticker", "photo")


def object_size(item: dict[str, Any]) -> tuple[float, float]:
    if item.get("type") == "sticker":
        size = float(item.get("size", 200))
        return size, size
    return float(item.get("w", 200)), float(item.get("h", 200))


def resized(item: dict[str, Any], factor: float, limit: float = 3000) -> dict[str, Any]:
    """A copy of a sticker or photo grown or shrunk by `factor` (bounded)."""
    w, h = object_size(item)
    factor = max(40 / max(1.0, min(w, h)), min(factor, limit / max(w, h, 1.0)))
    if item.get("type") == "sticker":
        return {**item, "size": max(8, round(w * factor))}
    return {**item, "w": max(8, round(w * factor)), "h": max(8, round(h * factor))}


def turned(item: dict[str, Any], degrees: float) -> dict[str, Any]:
    return {**item, "angle": round(float(item.get("angle", 0)) + degrees) % 360}


def moved(
    item: dict[str, Any], dx: float, dy: float, within: tuple[float, float, float, float] | None = None
) -> dict[str, Any]:
    """A sticker or photo moved by (dx, dy); with `within` (left, top, right, bottom) its
    centre stays inside that box: one carried off the picture stays on its edge."""
    x, y = float(item.get("x", 0)) + dx, float(item.get("y", 0)) + dy
    if within is not None:
        left, top, right, bottom = within
        x, y = min(max(x, left), right), min(max(y, top), bottom)
    return {**item, "x": _clamp(x), "y": _clamp(y)}


# -- the fill bucket ---------------------------------------------------------------------
_RUN = re.compile(b"\x01+")


def flood_region(passable: bytes, width: int, height: int, x: int, y: int) -> bytearray:
    """The 4-connected region of passable pixels around (x, y).

    `passable` has one byte per pixel, row by row: 1 where the fill may spread, 0 where
    it stops. Returns a bytearray of the same shape with 1 for pixels in the region.
    Works span by span with C-speed bytes searches, so a whole page takes milliseconds.
    """
    if len(passable) != width * height:
        raise ValueError("passable must have width * height bytes")
    region = bytearray(width * height)
    if not (0 <= x < width and 0 <= y < height) or not passable[y * width + x]:
        return region
    stack = [(x, y)]
    while stack:
        sx, sy = stack.pop()
        row = sy * width
        at = row + sx
        if region[at] or not passable[at]:
            continue
        wall = passable.rfind(b"\x00", row, at)
        left = wall + 1 if wall >= row else row
        wall = passable.find(b"\x00", at, row + width)
        right = wall if wall != -1 else row + width
        region[left:right] = b"\x01" * (right - left)
        for ny in (sy - 1, sy + 1):
            if not 0 <= ny < height:
                continue
            offset = ny * width - row
            segment = passable[left + offset : right + offset]
            for match in _RUN.finditer(segment):
                seed = left + offset + match.start()
                if not region[seed]:
                    stack.append((seed - ny * width, ny))
                # A run already in the region was filled as a whole span; but a run may
                # start filled and continue unfilled only if it is one span, which it
                # is (spans are maximal), so checking its first pixel is enough.
    return region


def region_bounds(region: bytes | bytearray, width: int, height: int) -> tuple[int, int, int, int] | None:
    """(left, top, width, height) of the set pixels, or None when there are none."""
    top = bottom = -1
    left, right = width, -1
    for y in range(height):
        row = region[y * width : (y + 1) * width]
        first = row.find(b"\x01")
        if first == -1:
            continue
        if top == -1:
            top = y
        bottom = y
        left = min(left, first)
        right = max(right, row.rfind(b"\x01"))
    if top == -1:
        return None
    return left, top, right - left + 1, bottom - top + 1


def iter_items(picture: dict[str, Any] | None, kind: str) -> Iterator[dict[str, Any]]:
    return (item for item in items_of(picture) if item.get("type") == kind)
