"""Typing after "Add an envelope" lands on the envelope's "To". Seen under Xvfb: a child
wrote to Grandma, tapped the envelope and typed "Grandma Rose": "Grandma" went nowhere,
the space pressed the letter's page in the strip (the keyboard had fallen to it, as the
envelope has no main words box to start in), the letter came back and "Rose" landed
at the end of the letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nook.ui.editor.words_edit import WordsEdit


def _type_where_the_keyboard_is(qtbot, text: str) -> None:
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None, f"nowhere to type {char!r}"
        qtbot.keyClicks(target, char)


def test_typing_after_adding_the_envelope_addresses_it(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "letter")
    screen = open_piece(piece.id)
    screen.activateWindow()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), WordsEdit))
    _type_where_the_keyboard_is(qtbot, "Gran")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    _type_where_the_keyboard_is(qtbot, "come see my cat")
    qtbot.mouseClick(screen.part.envelope_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.states[-1].role == "envelope")
    assert screen.index == 1
    _type_where_the_keyboard_is(qtbot, "Grandma Rose")
    screen.flush()
    letter, envelope = library.pages(piece.id)
    assert letter.words == "come see my cat"
    assert envelope.extras.get("to") == "Grandma Rose"
    assert screen.index == 1


def test_an_envelope_turned_to_takes_the_keyboard_at_its_to(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "letter")
    screen = open_piece(piece.id)
    screen.activateWindow()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), WordsEdit))
    qtbot.mouseClick(screen.part.envelope_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.states[-1].role == "envelope")
    screen.go_to(0)
    screen.go_to(1)
    focus = QApplication.focusWidget()
    assert isinstance(focus, WordsEdit) and focus.box.field == "to"
