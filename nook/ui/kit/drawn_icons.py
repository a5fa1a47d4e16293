"""The bundled SVG pictures drawn at a size, once, and kept between starts.

Every picture button is a bundled SVG. Qt's SVG icon engine read each file twice (once
to see that it is an SVG, once to draw it), after loading its plugin: ~30 ms of a start
for the shelf's twenty buttons and badges, before the first paint. Here a button's
picture is drawn as that engine draws it (the same renderer, size and steps: the same
pixels), from the file, once per size; and what a start drew is kept in the data
folder's `icons/`, so the next start reads it back instead (a few kilobytes each).

A kept drawing is named by what it was drawn from: the file's name, size and last
change, the size asked for, Qt's version and the app's. One drawn by another version,
or of a changed file, is never read; it is replaced. Any look but the everyday one (a
disabled button, a hovered one, a screen with another pixel ratio) is left to Qt's SVG
icon, made when first needed, so it looks exactly as before. UI thread only (pixmaps).
"""

from __future__ import annotations

import logging
import os
import struct
import zlib
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt, qVersion
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap

from nook import __version__

log = logging.getLogger(__name__)

FOLDER = "icons"
SUFFIX = ".argb"  # the drawing's own pixels (premultiplied ARGB), compressed: read back exactly
_HEADER = struct.Struct("<II")  # width, height

# How a picture is drawn: as a QIcon's engine draws it (kept in proportion), or stretched
# to a square with antialiasing (`svg_pixmap`: the kind badges and other painted pictures).
ICON, SQUARE = "icon", "square"

Key = tuple[str, str, int, int]  # how, SVG path, width, height


class KeptDrawings:
    """The drawings of a start's first screen, kept in a folder for the next start; every
    failure is only a picture drawn again. Once they are kept (the first screen is up),
    nothing more is: a window resized a hundred times does not fill the folder, and the
    drawings no longer needed (another size, another version) go."""

    def __init__(self, folder: Path, writable: bool) -> None:
        self.folder = folder
        self.writable = writable
        self.read = 0  # drawings read back (for tests)
        self._new: dict[Key, QImage] = {}  # drawn this visit, not kept yet
        self._used: set[str] = set()  # the files this start read or wrote
        self._closed = False  # kept once: nothing more is remembered

    def _file(self, key: Key) -> Path:
        how, path, width, height = key
        made = os.stat(path)
        stamp = f"{made.st_mtime_ns:x}-{made.st_size:x}-{qVersion()}-{__version__}"
        return self.folder / f"{Path(path).stem}-{how}-{width}x{height}-{stamp}{SUFFIX}"

    def load(self, key: Key) -> QPixmap | None:
        try:
            file = self._file(key)
            data = zlib.decompress(file.read_bytes())
            width, height = _HEADER.unpack_from(data)
        except (OSError, zlib.error, struct.error):
            return None
        bits = data[_HEADER.size :]
        if width <= 0 or height <= 0 or len(bits) != width * height * 4:
            return None
        image = QImage(bits, width, height, width * 4, QImage.Format.Format_ARGB32_Premultiplied).copy()
        self.read += 1
        self._used.add(file.name)
        return QPixmap.fromImage(image)

    def remember(self, key: Key, pixmap: QPixmap) -> None:
        if self.writable and not self._closed and not pixmap.isNull():
            self._new[key] = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)

    def unkept(self) -> int:
        return len(self._new)

    def keep_new(self) -> None:
        """Write what this start drew and was not kept (once its first screen is up, or
        as it quits), then remove the drawings it did not use; later ones are not kept."""
        if self._closed:
            return
        self._closed = True
        drawn, self._new = self._new, {}
        if not self.writable or not (drawn or self.read):
            return
        try:
            self.folder.mkdir(exist_ok=True)
            for key, image in drawn.items():
                target = self._file(key)
                header = _HEADER.pack(image.width(), image.height())
                part = target.with_name(f".{target.name}.part")
                part.write_bytes(zlib.compress(header + bytes(image.constBits()), 1))
                os.replace(part, target)
                self._used.add(target.name)
            for entry in os.scandir(self.folder):
                if entry.name not in self._used:
                    Path(entry.path).unlink(missing_ok=True)
        except OSError as error:
            self.writable = False
            log.info("pictures are not kept between starts: %s", error)


_kept: KeptDrawings | None = None
# Drawn this visit, the latest used last; at most MEMORY_BYTES of them (as Qt's own SVG
# icons were held in QPixmapCache, 10 MB).
_drawn: OrderedDict[Key, QPixmap] = OrderedDict()
MEMORY_BYTES = 8 * 1024 * 1024


def keep_in(folder: Path | None, writable: bool = True) -> KeptDrawings | None:
    """Keep drawings in `folder` between starts (None: keep none, draw each anew); a
    start's first word here, so what was drawn before it is drawn (or read) again."""
    global _kept
    _kept = KeptDrawings(folder, writable) if folder is not None else None
    _drawn.clear()
    return _kept


def kept() -> KeptDrawings | None:
    return _kept


def _draw(how: str, path: str, size: QSize) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer  # (a start whose pictures are all kept never loads it)

    renderer = QSvgRenderer(path)
    if not renderer.isValid():
        return QPixmap()
    if how == SQUARE:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return QPixmap.fromImage(image)
    # As Qt's SVG icon engine draws an icon: the picture kept in proportion, in the size.
    actual = renderer.defaultSize()
    if not actual.isNull():
        actual = actual.scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
    if actual.isEmpty():
        return QPixmap()
    image = QImage(actual, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return QPixmap.fromImage(image)


def drawn(how: str, path: str, size: QSize) -> QPixmap:
    """The SVG at `path` drawn at `size`: from memory, else as kept, else drawn now."""
    key = (how, path, size.width(), size.height())
    pixmap = _drawn.get(key)
    if pixmap is not None:
        _drawn.move_to_end(key)
        return pixmap
    pixmap = _kept.load(key) if _kept is not None else None
    if pixmap is None:
        pixmap = _draw(how, path, size)
        if _kept is not None:
            _kept.remember(key, pixmap)
    _drawn[key] = pixmap
    held = sum(p.width() * p.height() * 4 for p in _drawn.values())
    while held > MEMORY_BYTES and len(_drawn) > 1:
        _, dropped = _drawn.popitem(last=False)
        held -= dropped.width() * dropped.height() * 4
    return pixmap


class SvgIcon(QIconEngine):
    """A QIcon of one SVG: its everyday look (Normal, at the screen's own pixels) drawn
    here, any other by Qt's SVG icon of the same file, made when first asked for."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self._qt: QIcon | None = None

    def _qt_icon(self) -> QIcon:
        if self._qt is None:
            self._qt = QIcon(self.path)
        return self._qt

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        if mode == QIcon.Mode.Normal and scale == 1.0:
            return drawn(ICON, self.path, size)
        return self._qt_icon().pixmap(size, scale, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        return self.pixmap(size, mode, state).size()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # As Qt's SVG engine paints: the picture at the device's own pixels, in `rect`.
        device = painter.device()
        scale = device.devicePixelRatio() if device is not None else 1.0
        painter.drawPixmap(rect, self.pixmap(rect.size() * scale, mode, state))

    def clone(self) -> QIconEngine:
        return SvgIcon(self.path)


def svg_icon(path: str) -> QIcon:
    return QIcon(SvgIcon(path))
