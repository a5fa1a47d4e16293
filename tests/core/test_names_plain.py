"""A writer's name holds letters, not controls: typed, renamed or from a backpack.

Seen on the walk: a backpack from another computer named a writer "\\u202eAhmed" (a
right-to-left override, never closed) and another "Bad\\x01Name". The override turned
every word after the name backwards in the sentences that say it ("Packed 1 piece of
... into <the backpack's path>" read its path reversed, as a file's name spoofs its
extension), and the control character went into the class book and file names. Arabic
and Hebrew names need neither: their letters carry their direction."""

from __future__ import annotations

import pytest

from nook.core.backpack_manifest import parse_manifest
from nook.core.library import Library

NAMES = [
    ("\u202eAhmed", "Ahmed"),
    ("Bad\x01Name\x7f", "BadName"),
    ("Line\nBreak\tTab", "Line Break Tab"),
    ("\u2067\u0623\u062d\u0645\u062f\u2069 Ali", "\u0623\u062d\u0645\u062f Ali"),
    ("Zoë  Ñandú", "Zoë Ñandú"),
    ("\u202a\u202b\u202c\u202d\u2066\u2068", ""),
]


@pytest.mark.parametrize(("given", "kept"), NAMES)
def test_a_name_keeps_its_letters_and_loses_its_controls(library: Library, given: str, kept: str) -> None:
    writer = library.add_writer(given, "fox")
    assert writer.name == kept
    assert library.update_writer(writer.id, name=f"{given} 2").name == f"{kept} 2".strip()


@pytest.mark.parametrize(("given", "kept"), NAMES)
def test_a_backpack_writers_name_keeps_its_letters_and_loses_its_controls(given: str, kept: str) -> None:
    manifest = {
        "format": "writing-nook-backpack",
        "format_version": 1,
        "writers": [{"id": "w1", "name": given, "avatar": "fox"}],
        "media": [],
        "pieces": [],
    }
    assert parse_manifest(manifest).writers[0].name == kept
