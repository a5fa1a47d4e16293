"""The images a page's picture is drawn from, decoded once and kept while in use.

A `Pictures` belongs to whoever paints (the editor, the shelf's covers, show time, an
export) and reads image bytes through the function it was given, only the first time
an image is drawn; what it keeps is bounded (images by bytes, the rest by count). One
that draws small pages (covers) decodes its images small: a 12-megapixel photo decoded
whole is 48 MB, decoded at cover size well under one.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPolygonF

from nook.assets import asset_path, manifest
from nook.core import picture as pic

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

MediaSource = Callable[[str], bytes | None]  # a stored image's bytes by its hash

IMAGE_BYTES = 128 * 1024 * 1024  # decoded photos and fills kept, at most
AS_DRAWN_ROOM = 1.2  # an as-drawn photo is decoded this much bigger than drawn
POLYGONS_KEPT = 20000  # strokes' points, decoded (a busy page has a few thousand)
STICKERS_KEPT = 256

K = TypeVar("K")
V = TypeVar("V")


class Bounded(Generic[K, V]):
    """Least recently used first out, once the entries weigh more than `budget`."""

    def __init__(self, budget: int, weigh: Callable[[V], int] = lambda _value: 1) -> None:
        self.budget = budget
        self.weight = 0
        self._weigh = weigh
        self._entries: OrderedDict[K, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: K) -> V | None:
        value = self._entries.get(key)
        if value is not None:
            self._entries.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> V:
        old = self._entries.pop(key, None)
        if old is not None:
            self.weight -= self._weigh(old)
        self._entries[key] = value
        self.weight += self._weigh(value)
        # The newest entry stays even if it alone is over budget: it is being drawn.
        while self.weight > self.budget and len(self._entries) > 1:
            _key, dropped = self._entries.popitem(last=False)
            self.weight -= self._weigh(dropped)
        return value

    def clear(self) -> None:
        self._entries.clear()
        self.weight = 0


def _image_bytes(image: QImage) -> int:
    return int(image.sizeInBytes())


def _covering(size: QSize, drawn: QSize) -> QSize | None:
    """`size` shrunk (in proportion) to the least that has `drawn`'s pixels both ways;
    None to keep it."""
    if not size.isValid() or size.isEmpty():
        return None
    factor = max(drawn.width() / size.width(), drawn.height() / size.height())
    if factor >= 1:
        return None
    return QSize(max(1, math.ceil(size.width() * factor)), max(1, math.ceil(size.height() * factor)))


def _holds(size: QSize, drawn: QSize) -> bool:
    return size.width() >= drawn.width() and size.height() >= drawn.height()


def _fitted(size: QSize, longest: int | None) -> QSize | None:
    """`size` shrunk (in proportion) so its longest side is `longest`; None to keep it."""
    if longest is None or not size.isValid() or max(size.width(), size.height()) <= longest:
        return None
    return size.scaled(QSize(longest, longest), Qt.AspectRatioMode.KeepAspectRatio)


# The formats a library holds (nook.core.images stores PNG and JPEG; a backpack may bring
# GIF and WebP), known by their first bytes.
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", b"png"), (b"\xff\xd8\xff", b"jpeg"), (b"GIF87a", b"gif"), (b"GIF89a", b"gif"))
PLUGIN_FORMATS = (b"jpeg", b"gif", b"webp")  # read through Qt's image plugins (PNG is Qt's own)


def image_format(data: bytes) -> bytes | None:
    """The format of image bytes, by their first bytes; None for none a library holds."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    return b"webp" if data[:4] == b"RIFF" and data[8:12] == b"WEBP" else None


def _reader(buffer: QBuffer, image_format: bytes) -> QImageReader:
    reader = QImageReader(buffer, QByteArray(image_format))
    reader.setAutoDetectImageFormat(False)  # (only the plugin of that format is asked)
    return reader


_loaded = False
POOL_SIDE = 512  # an image this big is converted by Qt's image threads (4 parts or more)


def load_image_plugins() -> None:
    """Load the image plugins here, before a thread decodes images. A plugin loaded in a
    thread is moved to the UI thread, which takes Qt's locks (see `decode`).

    And have Qt make its pool of threads for images here: it converts and scales a big
    image in parts on them, and makes the pool the first time it does, connecting a
    signal (Qt's locks again). Made by a thread drawing a photo on a page, it froze the
    app as `decode` says."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for name in PLUGIN_FORMATS:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        _reader(buffer, name).canRead()
    image = QImage(POOL_SIDE, POOL_SIDE, QImage.Format.Format_ARGB32)
    image.fill(0)
    image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def decode(data: bytes, longest: int | None = None, drawn: QSize | None = None) -> QImage:
    """Image bytes as an image, no larger than `longest` on its longest side, or than
    needed to be drawn `drawn` big (a JPEG is then decoded small, never whole first); a
    null image if they cannot be read.

    The format is told by the bytes, never guessed by Qt: guessing asks every image
    plugin whether it can read them, and the SVG one looks through a QTextStream, a
    QObject that connects a signal. In the shelf's cover thread that took one of Qt's
    locks shared by all objects while holding Python's, and the app froze when the UI
    thread held that lock and waited for Python's (see nook.render.fonts.LaidText).
    Bytes of no format a library holds are not an image."""
    name = image_format(data)
    if name is None:
        return QImage()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = _reader(buffer, name)
    smaller = _fitted(reader.size(), longest) if drawn is None else _covering(reader.size(), drawn)
    if smaller is not None:
        reader.setScaledSize(smaller)
    image = reader.read()
    buffer.close()
    return image


def coloured_mask(mask: QImage, colour: QColor) -> QImage:
    """A fill's mask (white where it fills) as an image in `colour`, clear elsewhere."""
    if mask.format() in (QImage.Format.Format_Mono, QImage.Format.Format_MonoLSB):
        # A 1-bit mask, as fills are stored: its two colours become the fill's colour and
        # clear, and Qt's own 1-bit conversion does the rest (a tenth of the time of the
        # grey alpha channel below, which the landing turn of a wide fill waited for).
        on, off = QColor(colour), QColor(Qt.GlobalColor.transparent)
        on.setAlpha(255)
        coloured = mask.copy()
        coloured.setColorTable([(on if QColor(entry).lightness() > 127 else off).rgba() for entry in mask.colorTable()])
        return coloured.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    image = QImage(mask.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(colour)
    image.setAlphaChannel(mask.convertToFormat(QImage.Format.Format_Grayscale8))
    return image


@cache
def _sticker_files() -> dict[str, str]:
    return {s["id"]: str(asset_path("stickers", s["file"])) for s in manifest("stickers/stickers.json")["stickers"]}


class Pictures:
    """Decoded photos, fills, strokes and stickers for drawing pictures."""

    def __init__(
        self,
        media: MediaSource,
        image_bytes: int = IMAGE_BYTES,
        longest_side: int | None = None,
        as_drawn: bool = False,
    ) -> None:
        """`longest_side`: decode photos and fills no larger than this many pixels (for
        small pages such as covers); None decodes them whole (exports). `as_drawn`: decode
        a photo at about the size it is drawn on the screen, and again if it is drawn
        bigger (the editor: a child's 2048 px photo decoded whole was most of the wait
        to open its page)."""
        self.media = media
        self.longest_side = longest_side
        self.as_drawn = as_drawn
        self._smaller: set[str] = set()  # (as_drawn) photos kept smaller than stored
        self.images: Bounded[tuple[str, str], QImage] = Bounded(image_bytes, _image_bytes)
        self.polygons: Bounded[str, QPolygonF] = Bounded(POLYGONS_KEPT)
        self.stickers: Bounded[str, QSvgRenderer] = Bounded(STICKERS_KEPT)
        self._missing_stickers: set[str] = set()

    def photo(self, digest: str, drawn: QSizeF | None = None) -> QImage | None:
        """A stored image, decoded; None if it is missing or cannot be read. `drawn`: the
        pixels it is drawn on (for `as_drawn`)."""
        key = (digest, "")
        image = self.images.get(key)
        wanted = None
        if self.as_drawn and drawn is not None:
            # A fifth more than drawn: a photo made a little bigger is not decoded again.
            wanted = QSize(math.ceil(drawn.width() * AS_DRAWN_ROOM), math.ceil(drawn.height() * AS_DRAWN_ROOM))
            if image is not None and digest in self._smaller and not _holds(image.size(), drawn.toSize()):
                image = None  # kept smaller than it is now drawn
        if image is None:
            data = self.media(digest)
            if data is None:
                return None
            decoded = decode(data, self.longest_side, wanted)
            if decoded.isNull():
                return None
            if wanted is not None and _holds(decoded.size(), wanted):
                self._smaller.add(digest)  # (it may yet be drawn bigger)
            else:
                self._smaller.discard(digest)  # whole
            image = self.images.put(key, decoded.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied))
        return image

    def fill(self, digest: str, colour: str) -> QImage | None:
        """A fill's stored mask painted in its colour."""
        key = (digest, colour)
        image = self.images.get(key)
        if image is None:
            data = self.media(digest)
            if data is None:
                return None
            mask = decode(data, self.longest_side)
            if mask.isNull():
                return None
            image = self.images.put(key, coloured_mask(mask, QColor(colour)))
        return image

    def polygon(self, points_text: str) -> QPolygonF:
        """A stroke's points (as stored) as a polygon to draw."""
        polygon = self.polygons.get(points_text)
        if polygon is None:
            polygon = self.polygons.put(
                points_text, QPolygonF([QPointF(x, y) for x, y in pic.decode_points(points_text)])
            )
        return polygon

    def sticker(self, sticker_id: str) -> QSvgRenderer | None:
        """A bundled sticker's drawing; None for a sticker this build does not have."""
        renderer = self.stickers.get(sticker_id)
        if renderer is None and sticker_id not in self._missing_stickers:
            from PySide6.QtSvg import QSvgRenderer  # (loaded with the first sticker drawn)

            path = _sticker_files().get(sticker_id)
            candidate = QSvgRenderer(path) if path is not None else None
            if candidate is not None and candidate.isValid():
                renderer = self.stickers.put(sticker_id, candidate)
            else:
                self._missing_stickers.add(sticker_id)
        return renderer

    def clear(self) -> None:
        """Forget everything decoded (the library's images are read again when drawn)."""
        self.images.clear()
        self._smaller.clear()
        self.polygons.clear()
        self.stickers.clear()
