"""Photos and fill masks, through Pillow. No Qt.

A photo a grown-up adds is checked before anything is stored: it must be a real image
in a format we know, undamaged, and not absurdly large (a decompression bomb). It is
decoded, turned upright from its EXIF orientation, downscaled to at most 2048 px and
re-encoded, so the library only ever holds small, clean images.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageOps, JpegImagePlugin, UnidentifiedImageError

MAX_SIDE = 2048
MAX_FILE_BYTES = 60 * 1024 * 1024
# Pillow warns above this many pixels and refuses above twice as many; we refuse both.
# 64 MP covers every ordinary camera; a bigger "photo" is far more likely a bomb.
MAX_PIXELS = 64_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# A baseline JPEG is decoded a few rows at a time, at an eighth of its size if need be
# (draft): a phone's 108 or 200 MP photo takes tens of MB. A progressive one keeps every
# coefficient of the whole picture while it decodes: it has the usual limit.
MAX_JPEG_PIXELS = 256_000_000
FORMATS = ("JPEG", "PNG", "GIF", "BMP", "WEBP", "TIFF")


def load_codecs() -> None:
    """Have Pillow import its common format plugins now: the first save or open in a
    process does it otherwise (50-80 ms of imports), in whatever turn asked first."""
    Image.preinit()


class PhotoRefused(Exception):
    """The file cannot be used as a photo; `reason` is one of the REASONS keys."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


# What the child hears (and sees beside the "oops" picture) for each refusal.
# Why a file cannot be a photo: facts, worded for the child by the editor's oops bubble.
REASONS = frozenset({"not_a_picture", "damaged", "too_big", "unreadable"})


@dataclass(frozen=True)
class Photo:
    data: bytes
    mime: str
    width: int
    height: int


def pixels(data: bytes) -> int | None:
    """Width x height from the image's header alone (nothing decoded); None if unknown."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with _opened(data) as image:
                return int(image.width) * int(image.height)
    except Exception:  # noqa: BLE001 - any unreadable header: prepare_photo says why
        return None


def _opened(data: bytes) -> Image.Image:
    """The picture in `data` with its header read, nothing decoded. A JPEG is opened by
    its own plugin: Image.open refuses every picture over twice MAX_PIXELS, before we
    know it is a baseline JPEG that costs little to decode (MAX_JPEG_PIXELS)."""
    if data[:3] == b"\xff\xd8\xff":
        return JpegImagePlugin.JpegImageFile(io.BytesIO(data))
    return Image.open(io.BytesIO(data), formats=FORMATS)


def _most_pixels(image: Image.Image) -> int:
    """The most pixels we decode of a picture like `image`."""
    if image.format == "JPEG" and not image.info.get("progressive"):
        return MAX_JPEG_PIXELS
    return MAX_PIXELS


def _draft_box(width: int, height: int, max_side: int) -> tuple[int, int]:
    """The least size a JPEG must be decoded at to be `max_side` on its longer side: a
    square box kept a 30000 x 2000 panorama whole (its short side is under 2 x 2048)."""
    longer = max(width, height)
    return max(1, width * max_side // longer), max(1, height * max_side // longer)


def prepare_photo(data: bytes, max_side: int = MAX_SIDE) -> Photo:
    """Check, decode, turn upright and downscale a photo (to `max_side` at most); raise
    PhotoRefused if unusable."""
    if not data:
        raise PhotoRefused("not_a_picture", "empty file")
    if len(data) > MAX_FILE_BYTES:
        raise PhotoRefused("too_big", f"{len(data)} bytes")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with _opened(data) as probe:
                probe.verify()
            with _opened(data) as image:
                if image.width * image.height > _most_pixels(image):
                    raise PhotoRefused("too_big", f"{image.width}x{image.height}")
                if image.format == "JPEG":
                    # Decode at a reduced scale where the codec can: far less memory.
                    image.draft("RGB", _draft_box(image.width, image.height, max_side))
                image.load()
                decoded: Image.Image = image
                if image.format != "JPEG" and max(image.size) >= 2 * max_side:
                    # A codec that cannot decode at a reduced scale (PNG): shrink by a whole
                    # factor at once and let the full-size pixels go, so the copies made
                    # below (upright, converted, thumbnail) are small ones.
                    try:
                        decoded = image.reduce(max(image.size) // max_side)
                        image.close()
                    except ValueError:
                        pass  # a mode reduce does not take (palette): thumbnail does it below
                upright = _eight_bit(ImageOps.exif_transpose(decoded))
                has_alpha = upright.mode in ("RGBA", "LA", "PA") or (
                    upright.mode == "P" and "transparency" in upright.info
                )
                converted = upright.convert("RGBA" if has_alpha else "RGB")
                converted.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
                out = io.BytesIO()
                if has_alpha:
                    converted.save(out, "PNG", optimize=False)
                    mime = "image/png"
                else:
                    converted.save(out, "JPEG", quality=88)
                    mime = "image/jpeg"
                return Photo(out.getvalue(), mime, converted.width, converted.height)
        except PhotoRefused:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise PhotoRefused("too_big", str(exc)) from exc
        except UnidentifiedImageError as exc:
            raise PhotoRefused("not_a_picture", str(exc)) from exc
        except (
            OSError,
            SyntaxError,
            ValueError,
            EOFError,
            IndexError,
            TypeError,
            KeyError,
            MemoryError,
            ZeroDivisionError,
        ) as exc:
            # Pillow reports truncated or corrupt data through all of these.
            raise PhotoRefused("damaged", f"{type(exc).__name__}: {exc}") from exc


def _eight_bit(image: Image.Image) -> Image.Image:
    """A 16-bit grey picture (a scanner's, 0-65535) as 8-bit grey. Pillow's convert to
    colours clips such values at 255, so every grey but the darkest came out white. A
    32-bit "I" picture is taken as 16-bit values unless all of them fit in 8 bits."""
    if image.mode != "I" and not image.mode.startswith("I;16"):
        return image
    wide = image.convert("I") if image.mode != "I" else image
    low, high = wide.getextrema()  # one band: (least, most)
    if image.mode == "I" and isinstance(high, int) and high <= 255:
        return wide.convert("L")
    return wide.point(lambda value: value / 256).convert("L")


def similar_colour_mask(rgba: bytes, width: int, height: int, x: int, y: int, tolerance: int = 40) -> bytes:
    """One byte per pixel: 1 where the colour is close to the colour at (x, y), else 0.

    `rgba` is width*height*4 bytes (any fixed channel order, premultiplied is fine).
    """
    image = Image.frombuffer("RGBA", (width, height), rgba, "raw", "RGBA", 0, 1)
    seed = image.getpixel((x, y))
    difference = ImageChops.difference(image, Image.new("RGBA", (width, height), seed))
    red, green, blue, alpha = difference.split()
    largest = ImageChops.lighter(ImageChops.lighter(red, green), ImageChops.lighter(blue, alpha))
    table = [1 if value <= tolerance else 0 for value in range(256)]
    return largest.point(table).tobytes()


def grown_region(
    region: bytes | bytearray, width: int, height: int, box: tuple[int, int, int, int], pad: int, grow: int
) -> Image.Image:
    """The region's pixels inside `box` with `pad` pixels around it (0 or 255), grown by
    `grow` px to each side. Only the box and its padding are made into a picture, not the
    whole page; `pad` > `grow` keeps the growing from wrapping around from the edges."""
    left, top, w, h = box
    crop = Image.frombytes("L", (width, height), bytes(region)).crop(
        (left - pad, top - pad, left + w + pad, top + h + pad)
    )
    crop = crop.point([0] + [255] * 255)
    for _ in range(grow):
        # Grow by one pixel to each side: four shifted copies (a fraction of a rank
        # filter's time).
        grown = crop
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            grown = ImageChops.lighter(grown, ImageChops.offset(crop, dx, dy))
        crop = grown
    return crop


def mask_png(
    region: bytes | bytearray, width: int, height: int, box: tuple[int, int, int, int], grow: int = 1
) -> tuple[bytes, tuple[int, int, int, int]]:
    """The region's pixels inside `box` as a 1-bit PNG, grown by `grow` px so the fill
    tucks under the soft edges of the lines around it; returns (png, grown box)."""
    left, top, w, h = box
    pad = grow + 1
    crop = grown_region(region, width, height, box, pad, grow)
    crop = crop.crop((pad - grow, pad - grow, pad + w + grow, pad + h + grow))
    out = io.BytesIO()
    crop.convert("1").save(out, "PNG", compress_level=1)
    return out.getvalue(), (left - grow, top - grow, w + 2 * grow, h + 2 * grow)
