"""A letter's greeting and closing come written ("Dear ", "Love,\\nMaya", in the writer's
language): a new letter starts at its greeting, and a child who moves on to the closing
with Tab types after what is there, never into the front of it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from test_keyboard import _open_new, _type, _window

from nook.core.library import Library
from nook.ui.editor.words_edit import WordsEdit

LETTERS = [("en", "Dear ", "Love,"), ("es", "Hola, ", "Con cariño,")]


@pytest.mark.parametrize(("language", "greeting", "closing"), LETTERS)
def test_a_new_letter_starts_at_its_greeting_in_every_language(
    qtbot, nook_app, library: Library, language, greeting, closing
) -> None:
    """Seen on the walk (Spanish, 48 px): the keyboard started in the letter's body, so
    "Querida abuela" went under "Hola," instead of after it. Only the English greeting was
    known as the app's own; "Hola, " was taken for one the child had begun."""
    writer = library.add_writer("Lucía", "cat", language=language)
    window = _window(qtbot, library, writer.id)
    _open_new(qtbot, window, "letter")
    focus = QApplication.focusWidget()
    assert isinstance(focus, WordsEdit) and focus.box.field == "greeting", getattr(focus, "box", focus)
    _type(qtbot, "abuela\nte quiero")
    window.piece_screen.flush()
    page = library.pages(window.piece_screen.piece_id)[0]
    assert page.extras.get("greeting") == f"{greeting}abuela"
    assert page.words == "te quiero"
    assert page.extras.get("closing") == f"{closing}\nLucía"
    window.close()


@pytest.mark.parametrize(("language", "greeting", "closing"), LETTERS)
def test_tab_to_the_closing_types_after_it(qtbot, nook_app, library: Library, language, greeting, closing) -> None:
    """Seen on the walk: Tab went to the closing with the keyboard before "Con cariño,",
    and the child's name typed there made "LuciaCon cariño,"."""
    writer = library.add_writer("Lucía", "cat", language=language)
    window = _window(qtbot, library, writer.id)
    _open_new(qtbot, window, "letter")
    _type(qtbot, "abuela\nte quiero\t")
    landed = QApplication.focusWidget()
    assert isinstance(landed, WordsEdit) and landed.box.field == "closing"
    _type(qtbot, " xo")
    window.piece_screen.flush()
    page = library.pages(window.piece_screen.piece_id)[0]
    assert page.extras.get("closing") == f"{closing}\nLucía xo"
    window.close()
