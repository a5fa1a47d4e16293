"""Sticker search takes a word as a child types it: more than one ("gatos", "perros",
"árboles", "peces", "foxes"), or with a dash ("ice-cream"). A Spanish child asking for
"gatos" found nothing, where an English child's "cats" found the cat."""

from __future__ import annotations

import pytest

from nook.core.language_data import find_stickers


@pytest.mark.parametrize(
    ("typed", "language", "sticker"),
    [
        ("gatos", "es", "cat"),
        ("perros", "es", "dog"),
        ("árboles", "es", "tree"),
        ("arboles", "es", "tree"),
        ("peces", "es", "fish"),
        ("lápices", "es", "pencil"),
        ("ratones", "es", "mouse"),
        ("flores", "es", "flower"),
        ("foxes", "en", "fox"),
        ("buses", "en", "bus"),
        ("trees", "en", "tree"),
        ("ice-cream", "en", "ice_cream"),
    ],
)
def test_a_word_for_many_finds_the_sticker(typed: str, language: str, sticker: str) -> None:
    assert sticker in [s.id for s in find_stickers(typed, language)]


def test_the_sticker_named_as_typed_still_comes_first() -> None:
    assert find_stickers("cat", "en")[0].id == "cat"
    assert find_stickers("gato", "es")[0].id == "cat"
    assert find_stickers("gatos", "es")[0].id == "cat"


def test_a_short_word_is_taken_as_it_is() -> None:
    # "bus" is not "bu" and more: no butterfly for a bus.
    assert "butterfly" not in [s.id for s in find_stickers("bus", "en")]
    assert find_stickers("zzzs", "en") == []
