"""The writer chooses the colour of their words; every page and the render follow it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor

from nook import render
from tests.clock import Clock

LEFT = Qt.MouseButton.LeftButton


def test_a_tapped_colour_becomes_the_writers_words_colour(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="HELLO")
    screen = open_piece(piece.id)
    qtbot.mouseClick(screen.words_colour_button, LEFT)
    panel = screen.words_colour_panel
    assert panel.isVisible()
    red = panel.findChild(type(screen.words_colour_button), "wordsColourRed")
    assert red is not None and red.accessibleName() == "Red"
    assert "#ffffff" not in panel.buttons  # white words would vanish on a white page
    qtbot.mouseClick(red, LEFT)
    assert library.writer(writer.id).colour == "#e63946"
    assert not panel.isVisible()  # back to the brush colours
    clock = screen.side.same_tap.clock = Clock()
    qtbot.mouseClick(screen.words_colour_button, LEFT)
    assert panel.isVisible() and red.isChecked()
    clock.now += 1  # a second later: not the double tap that showed it
    qtbot.mouseClick(screen.words_colour_button, LEFT)  # the same button puts it away
    assert not panel.isVisible()
    edit = screen.current_view.edits["words"]
    assert "#e63946" in edit.styleSheet()

    # The stored page draws its words in that red too (shelf covers, PDF, show time).
    image = render.draw_page(library, library.pages(piece.id)[0], QSize(400, 300))
    colours = {image.pixelColor(x, y).name() for x in range(0, 400, 2) for y in range(0, 300, 2)}
    assert QColor("#e63946").name() in colours


def test_the_colour_follows_the_writer_to_a_new_piece(qtbot, library, writer, open_piece) -> None:
    library.update_writer(writer.id, colour="#7b2cbf")
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    assert "#7b2cbf" in screen.current_view.edits["words"].styleSheet()


def test_the_palette_shows_the_colour_the_words_are_now(qtbot, library, writer, open_piece) -> None:
    # A new writer's words start in the app's own colour: the palette must show it chosen.
    colour = library.writer(writer.id).colour
    piece = library.new_piece(writer.id, "sign")
    screen = open_piece(piece.id)
    qtbot.mouseClick(screen.words_colour_button, LEFT)
    panel = screen.words_colour_panel
    chosen = [value for value, button in panel.buttons.items() if button.isChecked()]
    assert chosen == [colour]
    assert panel.buttons[colour].isVisible() and panel.buttons[colour].accessibleName() == "Dark blue"
    assert colour in screen.current_view.edits["words"].styleSheet()
