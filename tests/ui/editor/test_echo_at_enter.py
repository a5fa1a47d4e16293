"""A word ended by Enter or Tab is said, as one ended by a space is ("say each word after
a space", on by default).

Seen on the walk (64 px): a child making a list typed "Zoo", Enter, "lion", Enter, and
heard nothing at all: Enter on a list goes on to the next thing (no space, no new line
typed), so no word was ever said. A letter's greeting ("Dear Gran", Enter) and a word
before Tab were silent the same way."""

from __future__ import annotations

from test_keyboard import _open_new, _type, _window

from nook.core.library import Library


def test_a_list_says_each_thing_as_enter_ends_it(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library, writer.id)
    voice = window.voice
    _open_new(qtbot, window, "list")
    voice.spoken.clear()
    _type(qtbot, "Zoo\nlion\nbig bear\n")
    assert voice.spoken == ["Zoo", "lion", "big", "bear"]
    window.close()


def test_a_greeting_and_a_word_before_tab_are_said(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library, writer.id)
    voice = window.voice
    _open_new(qtbot, window, "letter")
    voice.spoken.clear()
    _type(qtbot, "Gran\nI love you\t")
    assert voice.spoken == ["Gran", "I", "love", "you"]
    window.close()


def test_a_word_said_at_its_full_stop_is_not_said_again_at_enter(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library, writer.id)
    voice = window.voice
    _open_new(qtbot, window, "list")
    voice.spoken.clear()
    _type(qtbot, "milk.\n\n")
    assert voice.spoken == ["milk"]
    window.close()
