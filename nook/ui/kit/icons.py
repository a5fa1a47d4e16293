"""Pictures for controls, stickers and avatars, drawn from the bundled SVGs."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QIcon, QPixmap

from nook.assets import asset_path, manifest
from nook.ui.kit.drawn_icons import SQUARE, drawn, svg_icon


def icon_names() -> set[str]:
    return set(manifest("icons/icons.json")["icons"])


def svg_pixmap(path: str, size: int) -> QPixmap:
    """An SVG drawn sharply at `size` x `size` device-independent pixels (drawn once,
    and kept between starts: drawn_icons.py)."""
    return drawn(SQUARE, path, QSize(size, size))


def icon_path(name: str) -> str:
    files = manifest("icons/icons.json")["icons"]
    return str(asset_path("icons", files[name]))


@cache
def icon(name: str) -> QIcon:
    """The QIcon for a control; raises KeyError for a name no picture exists for."""
    return svg_icon(icon_path(name))


def sticker_path(sticker_id: str) -> str:
    for sticker in manifest("stickers/stickers.json")["stickers"]:
        if sticker["id"] == sticker_id:
            return str(asset_path("stickers", sticker["file"]))
    raise KeyError(sticker_id)


@cache
def avatar_list() -> list[dict[str, str]]:
    return list(manifest("avatars/avatars.json")["avatars"])


def avatar_name(avatar: dict[str, str], language: str) -> str:
    """What an avatar says, in ``language``: the avatars are animals and things the sticker
    box has too, so a language that names the stickers names the avatars (no second list
    for a translator to fill)."""
    from nook.core import language_data  # (the sticker names: not needed for the first screen)

    catalogue = language_data.sticker_catalogue(language)
    if catalogue.language == language_data.ENGLISH:
        return avatar["name"]
    sticker = catalogue.by_id(avatar.get("sticker", avatar["id"]))
    return sticker.name if sticker is not None else avatar["name"]


def avatar_called(avatar_id: str) -> str:
    """An avatar's name in the language now installed ("fox", "zorro"): how a grown-up
    knows a writer who has no name. The installed language sets the default locale."""
    language = QLocale().name().split("_")[0]
    for avatar in avatar_list():
        if avatar["id"] == avatar_id:
            return avatar_name(avatar, language)
    return avatar_id.replace("_", " ")


def avatar_path(avatar_id: str) -> str:
    for avatar in avatar_list():
        if avatar["id"] == avatar_id:
            return str(asset_path("avatars", avatar["file"]))
    return str(asset_path("avatars", avatar_list()[0]["file"]))


def avatar_icon(avatar_id: str) -> QIcon:
    return svg_icon(avatar_path(avatar_id))


def icon_size(px: int) -> QSize:
    return QSize(px, px)
