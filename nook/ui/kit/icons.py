"""Pictures for controls, stickers and avatars, drawn from the bundled SVGs."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from nook.assets import asset_path, manifest


def icon_names() -> set[str]:
    return set(manifest("icons/icons.json")["icons"])


@cache
def _renderer(path: str) -> QSvgRenderer:
    return QSvgRenderer(path)


def svg_pixmap(path: str, size: int) -> QPixmap:
    """An SVG drawn sharply at `size` x `size` device-independent pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(path).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def icon_path(name: str) -> str:
    files = manifest("icons/icons.json")["icons"]
    return str(asset_path("icons", files[name]))


@cache
def icon(name: str) -> QIcon:
    """The QIcon for a control; raises KeyError for a name no picture exists for."""
    return QIcon(icon_path(name))


def sticker_path(sticker_id: str) -> str:
    for sticker in manifest("stickers/stickers.json")["stickers"]:
        if sticker["id"] == sticker_id:
            return str(asset_path("stickers", sticker["file"]))
    raise KeyError(sticker_id)


@cache
def avatar_list() -> list[dict[str, str]]:
    return list(manifest("avatars/avatars.json")["avatars"])


def avatar_path(avatar_id: str) -> str:
    for avatar in avatar_list():
        if avatar["id"] == avatar_id:
            return str(asset_path("avatars", avatar["file"]))
    return str(asset_path("avatars", avatar_list()[0]["file"]))


def avatar_icon(avatar_id: str) -> QIcon:
    return QIcon(avatar_path(avatar_id))


def icon_size(px: int) -> QSize:
    return QSize(px, px)
