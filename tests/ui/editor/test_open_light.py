"""Opening a piece is a child action (budget 100 ms): what the child does not see yet is
made when first wanted, and the looks are the application's one style sheet's. Each
still looks and works as before: the word wall made on its first tap shows the writer's
banks and puts its words in; the tool in hand keeps its thick ring; the panels beside
the page let the screen's paper show through."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from nook.core import word_wall
from nook.core.library import Library
from nook.ui.editor.word_wall import WordWallPanel
from nook.ui.kit import theme

LEFT = Qt.MouseButton.LeftButton


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_word_wall_is_made_on_its_first_tap_with_the_writers_words(
    qtbot, library: Library, writer, open_piece
) -> None:
    bank = word_wall.add_bank(library, "Pets", "")
    for word in ("cat", "dog"):
        word_wall.add_word(library, bank.id, word, "")
    screen = open_piece(library.new_piece(writer.id, "book").id)
    assert screen.findChildren(WordWallPanel) == []  # opening made none
    # The writer's language changes before it is ever shown: it is made in the new one.
    library.set_setting("language", "es", writer.id)
    assert screen.findChildren(WordWallPanel) == []
    qtbot.mouseClick(screen.word_wall_button, LEFT)
    walls = screen.findChildren(WordWallPanel)
    assert len(walls) == 1 and screen.side.currentWidget() is walls[0] and walls[0].isVisible()
    wall = walls[0]
    names = [b.accessibleName() for b in wall.bank_buttons.values()]
    assert "Pets" in names and "Colores" in names and "Colours" not in names
    wall.show_bank(bank.id)
    _settle()
    assert [b.word.word for b in wall.word_buttons] == ["cat", "dog"]
    qtbot.mouseClick(wall.word_buttons[1], LEFT)  # a tap puts the word in the child's words
    assert screen.current_view is not None
    qtbot.waitUntil(lambda: "dog" in screen.current_view.edits["words"].toPlainText())
    qtbot.mouseClick(wall.close_button, LEFT)
    assert screen.side.currentWidget() is screen.side.colour_scroll
    qtbot.mouseClick(screen.word_wall_button, LEFT)  # the same wall again, not a second one
    assert screen.findChildren(WordWallPanel) == [wall] and screen.side.currentWidget() is wall


def _colour_at(widget: QWidget, point: QPoint) -> QColor:
    return widget.grab().toImage().pixelColor(point)


def test_the_tool_in_hand_has_its_thick_ring_and_the_panels_show_the_paper(
    qtbot, library: Library, writer, open_piece
) -> None:
    screen = open_piece(library.new_piece(writer.id, "book").id)
    _settle()
    panel = screen.tool_panel
    chosen = next(b for b in panel.buttons.values() if b.isChecked())
    other = next(b for b in panel.buttons.values() if not b.isChecked() and b.isEnabled())
    middle_left = QPoint(2, chosen.height() // 2)  # on the border
    assert _colour_at(chosen, middle_left).name() == "#e07b00"  # the chosen ring, 5 px
    assert _colour_at(chosen, QPoint(4, chosen.height() // 2)).name() == "#e07b00"
    assert _colour_at(other, middle_left).name() == theme.EDGE  # the usual edge
    # Below the last colour the screen's paper shows through the side panel.
    scroll = screen.side.colour_scroll
    below = QPoint(scroll.width() // 2, scroll.height() - 3)
    assert scroll.widget().height() >= scroll.height()
    screen.setStyleSheet(f"QWidget#pieceScreen {{ background: {theme.PAPER}; }}")  # the window's paper
    screen.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    _settle()
    assert screen.grab().toImage().pixelColor(scroll.mapTo(screen, below)).name() == theme.PAPER
