"""A word ended by Enter or Tab is said, as one ended by a space is ("say each word after
a space", on by default).

Seen on the walk (64 px): a child making a list typed "Zoo", Enter, "lion", Enter, and
heard nothing at all: Enter on a list goes on to the next thing (no space, no new line
typed), so no word was ever said. A letter's greeting ("Dear Gran", Enter) and a word
before Tab were silent the same way."""

from __future__ import annotations

import pytest
from test_keyboard import _open_new, _type, _window

from nook.core.library import Library


@pytest.mark.parametrize(
    ("kind", "typed", "heard"),
    [
        ("list", "Zoo\nlion\nbig bear\n", ["Zoo", "lion", "big", "bear"]),  # each thing as Enter ends it
        ("letter", "Gran\nI love you\t", ["Gran", "I", "love", "you"]),  # a greeting, a word before Tab
        ("list", "milk.\n\n", ["milk"]),  # said at its full stop, not again at Enter
    ],
)
def test_a_word_ended_by_enter_or_tab_is_said_once(
    qtbot, nook_app, library: Library, writer, kind: str, typed: str, heard: list[str]
) -> None:
    window = _window(qtbot, library, writer.id)
    voice = window.voice
    _open_new(qtbot, window, kind)
    voice.spoken.clear()
    _type(qtbot, typed)
    assert voice.spoken == heard
    window.close()
