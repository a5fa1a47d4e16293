"""The one place runtime assets are found: from a checkout, an installed wheel, or a
frozen bundle. Pure Python (no Qt), so the core and the tests can read manifests too."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any


@cache
def assets_root() -> Path:
    """The folder holding fonts/, stickers/, icons/ and the rest."""
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "assets")
    here = Path(__file__).resolve().parent
    candidates.append(here / "_assets")  # installed wheel: packed inside the package
    candidates.append(here.parent / "assets")  # checkout: assets/ beside nook/
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("Writing Nook's assets folder is missing; reinstall the app.")


def asset_path(*parts: str) -> Path:
    return assets_root().joinpath(*parts)


@cache
def manifest(name: str) -> dict[str, Any]:
    """A JSON manifest such as 'stickers/stickers.json', read once."""
    with asset_path(*name.split("/")).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def translations_dir() -> Path:
    """The folder of the app's compiled translations (nook_<code>.qm), beside the code.

    They live in the package (nook/translations), not in assets/, because Qt's
    ``lupdate`` writes them from the code; a frozen bundle carries them at the same place."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "nook" / "translations"
    return Path(__file__).resolve().parent / "translations"
