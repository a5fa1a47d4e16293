"""A word from the word wall comes with the space after it, and a child's own space (or
full stop) typed straight after it does not make two: "red" tapped, then space and
"cats" typed, was "red  cats"; "red" then "." was "red .". Found tapping the wall and
typing under Xvfb."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nook.core import word_wall
from nook.core.library import Library


def open_wall(library: Library, writer, open_piece):
    bank = word_wall.add_bank(library, "Colours", "")
    for word in ("red", "blue"):
        word_wall.add_word(library, bank.id, word, "")
    piece = library.new_piece(writer.id, "sign")
    screen = open_piece(piece.id)
    screen.toggle_word_wall()
    screen.word_wall.show_bank(bank.id)
    return screen, {b.word.word: b for b in screen.word_wall.word_buttons}


def typed(qtbot, screen, keys: str) -> None:
    edit = screen.current_view.edits["words"]
    for key in keys:
        qtbot.keyClick(edit, key if key != " " else Qt.Key.Key_Space)


def words(screen) -> str:
    return screen.current_view.edits["words"].toPlainText()


def test_a_space_typed_after_a_wall_word_is_not_a_second_space(qtbot, library, writer, open_piece) -> None:
    screen, buttons = open_wall(library, writer, open_piece)
    qtbot.mouseClick(buttons["red"], Qt.MouseButton.LeftButton)
    assert words(screen) == "red "
    typed(qtbot, screen, " cats ")
    assert words(screen) == "red cats "
    # Two words from the wall one after the other, then the child's own space: one space each.
    qtbot.mouseClick(buttons["blue"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["red"], Qt.MouseButton.LeftButton)
    typed(qtbot, screen, " ")
    assert words(screen) == "red cats blue red "
    # A second space typed on purpose is kept: only the one straight after the word is swallowed.
    typed(qtbot, screen, " ")
    assert words(screen) == "red cats blue red  "


def test_a_full_stop_after_a_wall_word_sits_on_the_word(qtbot, library, writer, open_piece) -> None:
    screen, buttons = open_wall(library, writer, open_piece)
    qtbot.mouseClick(buttons["red"], Qt.MouseButton.LeftButton)
    typed(qtbot, screen, ".")
    assert words(screen) == "red."
    qtbot.mouseClick(buttons["blue"], Qt.MouseButton.LeftButton)
    typed(qtbot, screen, "!")
    assert words(screen) == "red. blue!"
