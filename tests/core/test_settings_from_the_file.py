"""A setting is read from the library file as it is allowed to be, whatever the file says.
Found on the walk with a hostile library file: a library.db whose settings table held
button_size 100000 (and text_size -5, voice_rate NaN, ...) was read as it was, and the
window drew its pictures 100000 px big: 5 GB of memory within seconds, nothing shown.
Values are now brought into their ranges as they are read, as they are when stored;
one that cannot be read at all is its default."""

from __future__ import annotations

import math
import sqlite3

import pytest

from nook.core import settings
from nook.core.library import Library


def store_raw(library: Library, key: str, text: str, scope: str = "") -> None:
    """A row written by someone else: another program, a damaged page, a newer version."""
    other = sqlite3.connect(library.path)
    other.execute(
        "INSERT INTO settings (scope, key, value) VALUES (?, ?, ?)"
        " ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value",
        (scope, key, text),
    )
    other.commit()
    other.close()


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("button_size", "100000", 192),
        ("button_size", "-3", 48),
        ("button_size", "1e999", 64),  # infinity: no size at all, the default
        ("text_size", "-5", 18),
        ("voice_rate", "NaN", 1.0),
        ("voice_rate", "99", 1.5),
        ("classroom_idle_minutes", "1e308", 60),
        ("classroom_idle_minutes", "0", 1),
        ("second_language", "7", None),
        ("second_language", '"xx\\u202eyy"', None),
        ("reading_voice", '["own"]', "own"),
        ("button_size", "{not json", 64),
        ("button_size", '"ninety"', 64),
    ],
)
def test_a_setting_out_of_range_in_the_file_is_read_in_range(library: Library, key: str, text: str, expected) -> None:
    store_raw(library, key, text)
    value = library.setting(key)
    assert value == expected and type(value) is type(expected)
    assert library.settings_for()[key] == expected


def test_a_writers_broken_setting_falls_back_to_everyones(library: Library, writer) -> None:
    library.set_setting("button_size", 96)
    store_raw(library, "button_size", "{not json", scope=writer.id)
    assert library.setting("button_size", writer.id) == 96
    store_raw(library, "text_size", "-5", scope=writer.id)
    assert library.own_settings(writer.id) == {"text_size": 18}  # the settings page's view of them


def test_every_default_is_clean() -> None:
    for key, default in settings.DEFAULTS.items():
        cleaned = settings.clean(key, default)
        assert cleaned == default or (isinstance(default, float) and math.isclose(cleaned, default)), key
