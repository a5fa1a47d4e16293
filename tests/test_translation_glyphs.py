"""The bundled font draws every letter of every translation: no missing-glyph boxes.

Without a glyph Qt falls back to another font on this computer, or draws an empty box;
a classroom computer may have no font with ñ at all. So every phrase (source and each
translation) and every language's bundled data (sticker names, idea cards, banks,
letter words) is checked against Andika, the font of the app's screens.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from nook.assets import asset_path, assets_root
from tests.language_helpers import TRANSLATIONS, read_ts


def strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def language_data_files() -> list[Path]:
    """Bundled data of languages other than English: <name>.<code>.json beside the English."""
    codes = {p.stem.removeprefix("nook_") for p in TRANSLATIONS.glob("nook_*.ts")} - {"en"}
    return sorted(p for p in assets_root().rglob("*.json") if p.suffixes[-2:-1] and p.suffixes[-2][1:] in codes)


def phrases() -> Iterator[tuple[str, str]]:
    for ts in sorted(TRANSLATIONS.glob("nook_*.ts")):
        for message in read_ts(ts):
            yield ts.name, message.source
            for form in message.forms:
                yield ts.name, form
    for data in language_data_files():
        for text in strings_in(json.loads(data.read_text(encoding="utf-8"))):
            yield data.name, text


@pytest.fixture(scope="module")
def andika(qapp) -> QRawFont:
    font = QRawFont(str(asset_path("fonts", "Andika-Regular.ttf")), 24)
    assert font.isValid()
    return font


def missing(font: QRawFont, text: str) -> set[str]:
    return {ch for ch in text if not ch.isspace() and ord(ch) >= 32 and not font.supportsCharacter(ord(ch))}


def test_every_translated_letter_is_in_the_apps_font(andika: QRawFont) -> None:
    found = list(phrases())
    assert len(found) > 100
    gaps = {(where, text): missing(andika, text) for where, text in found if missing(andika, text)}
    assert not gaps


def test_the_check_sees_a_missing_glyph(andika: QRawFont) -> None:
    """Andika is a Latin, Greek and Cyrillic font: a Chinese character is not in it."""
    assert missing(andika, "¿Quién escribe? ñ á é í ó ú ü ¡") == set()
    assert missing(andika, "写") == {"写"}
