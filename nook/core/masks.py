"""A fill's region found on a picture drawn smaller than the page, made into a mask in
page units. No Qt.

On a busy page the full-size picture a fill looks at takes a second or more to draw; the
picture the child sees is drawn already, at the size of the screen. A region found there
is grown by one of its pixels (to tuck under the soft edges of the lines around it, as a
full-size fill grows by one page unit) and enlarged smoothly to page units, so its edges
are not stairs when the page is printed larger than it was seen.
"""

from __future__ import annotations

import io
import math

from PIL import Image

from nook.core.images import grown_region

_HALF = [0] * 128 + [255] * 128  # smooth edges of the enlarged mask made sharp at their middle


def scaled_mask_png(
    region: bytes | bytearray, width: int, height: int, box: tuple[int, int, int, int], scale: float, grow: int = 1
) -> tuple[bytes, tuple[int, int, int, int]]:
    """The region's pixels inside `box` (a picture `width` x `height` drawn at `scale`
    pixels per page unit) as a 1-bit PNG in page units, grown by `grow` of its pixels;
    returns (png, box in page units, from the picture's top left)."""
    left, top, w, h = box
    # Enough room around the box that the page-unit box, rounded outwards, stays inside.
    pad = grow + 1 + math.ceil(scale)
    crop = grown_region(region, width, height, box, pad, grow)
    # The grown box in page units, rounded outwards.
    page_left = math.floor((left - grow) / scale)
    page_top = math.floor((top - grow) / scale)
    page_right = math.ceil((left + w + grow) / scale)
    page_bottom = math.ceil((top + h + grow) / scale)
    source = (
        page_left * scale - (left - pad),
        page_top * scale - (top - pad),
        page_right * scale - (left - pad),
        page_bottom * scale - (top - pad),
    )
    size = (page_right - page_left, page_bottom - page_top)
    mask = crop.resize(size, Image.Resampling.BILINEAR, box=source).point(_HALF)
    out = io.BytesIO()
    mask.convert("1").save(out, "PNG", compress_level=1)
    return out.getvalue(), (page_left, page_top, size[0], size[1])
