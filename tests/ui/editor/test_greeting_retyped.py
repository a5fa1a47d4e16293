"""A new letter starts at its greeting, written ready for a name ("Hola, |"). A child who
types the greeting themselves ("Hola abuela", as they would on paper) got "Hola, Hola
abuela". The written greeting is a starter: typing that begins with its word again
takes its place; anything else (a name) is typed after it, as before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.ui.editor.words_edit import WordsEdit

CASES = [
    ("es", "Hola abuela", "Hola abuela"),
    ("es", "hola, abuela", "hola, abuela"),
    ("es", "abuela", "Hola, abuela"),
    ("es", "Holanda", "Hola, Holanda"),  # a word that only begins like it is a name
    ("en", "Dear Gran", "Dear Gran"),
    ("en", "Gran", "Dear Gran"),
]


@pytest.mark.parametrize(("language", "typed", "greeting"), CASES)
def test_the_greeting_typed_again_takes_the_starters_place(
    qtbot, library: Library, open_piece, language, typed, greeting
) -> None:
    writer = library.add_writer("Lucía", "cat", language=language)
    screen = open_piece(library.new_piece(writer.id, "letter").id)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    for char in typed:  # where the keyboard really is, one key at a time
        focus = QApplication.focusWidget()
        assert isinstance(focus, WordsEdit) and focus.box.field == "greeting"
        qtbot.keyClicks(focus, char)
    assert screen.current_view.edits["greeting"].toPlainText() == greeting
    screen.flush()
    assert library.pages(screen.piece_id)[0].extras.get("greeting") == greeting
