"""Scroll bars a child can take hold of where the rows cannot all be seen: the sticker
box, the word wall and the shelf's covers had Qt's own bar, a few pixels thin (no target for a
five-year-old's finger; seen on the walk). Each is as wide as the smallest target the
app gives, its handle at least as tall, like the list's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollBar

from nook.core import word_wall
from nook.core.library import Library
from nook.ui.kit.theme import SMALLEST_TARGET
from nook.ui.operations import Operations
from nook.ui.shelf.screen import ShelfScreen


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _holdable(bar: QScrollBar) -> None:
    assert bar.isVisible() and bar.maximum() > 0, "the rows do not all fit: the bar is wanted"
    assert bar.width() >= SMALLEST_TARGET, f"{bar.parent().objectName()}'s bar is {bar.width()} px wide"


@pytest.mark.parametrize("size", [64, 192])
def test_the_sticker_box_has_a_bar_to_hold(qtbot, library: Library, writer, open_piece, size: int) -> None:
    screen = open_piece(library.new_piece(writer.id, "book").id, size=size)
    screen.resize(1024, 600)
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], Qt.MouseButton.LeftButton)
    _settle()
    _holdable(screen.sticker_box.sticker_scroll.verticalScrollBar())
    # Its pictures give the bar its room only above the usual size, never under it.
    stickers = screen.sticker_box.sticker_buttons.values()
    assert min(button.width() for button in stickers) >= min(size, 64)


@pytest.mark.parametrize(
    ("size", "word", "per_row"),
    # 100 px: 192 px buttons on a 1024x600 netbook.
    [(48, "w", 2), (64, "w", 2), (96, "butterfly", 1), (96, "w", 2), (100, "w", 2), (100, "butterfly", 1)],
)
def test_the_word_wall_has_ways_on_to_hold(
    qtbot, library: Library, writer, open_piece, size: int, word: str, per_row: int
) -> None:
    """On 1024x600 the word wall's words and banks have a big bar, or the words a big
    arrow under them where the bar would leave fewer short words to a row and there is
    room under a row of them (at 48 px). Qt's thin bar was kept there. At 96 and 100 px
    short words were one a row beside the big bar (cards 1.75 buttons tall under two rows
    of banks left room for one row): the cards are now as tall as their picture and
    letters need, the banks one row there, and short words two a row over the arrow
    (test_word_wall_netbook). No word or bank is cut by the edge."""
    banks = [word_wall.add_bank(library, f"Bank {n}", "") for n in range(8)]
    for n in range(40):
        word_wall.add_word(library, banks[0].id, f"{word}{n}", "")
    screen = open_piece(library.new_piece(writer.id, "book").id, size=size)
    screen.resize(1024, 600)
    screen.toggle_word_wall()
    wall = screen.word_wall
    wall.show_bank(banks[0].id)
    _settle()
    bar = wall.words_scroll.verticalScrollBar()
    if bar.isVisible():
        _holdable(bar)
    else:
        assert wall.words_arrow.isVisible(), "the words do not all fit: a way on is wanted"
        assert min(wall.words_arrow.width(), wall.words_arrow.height()) >= SMALLEST_TARGET
    _holdable(wall.banks_scroll.verticalScrollBar())
    rows = {button.y() for button in wall.word_buttons[:4]}
    assert len(rows) == 4 // per_row
    for area, buttons in ((wall.words_scroll, wall.word_buttons), (wall.banks_scroll, wall.bank_buttons.values())):
        seen = area.viewport().rect()
        for button in buttons:
            rect = QRect(button.mapTo(area.viewport(), QPoint(0, 0)), button.size())
            assert seen.left() <= rect.left() and rect.right() <= seen.right(), f"{button.text()} is cut: {rect}"


@pytest.mark.parametrize("size", [64, 100])
def test_the_shelf_has_a_bar_to_hold(qtbot, nook_app, library: Library, writer, voice, size: int) -> None:
    """On 1024x600 (where 192 px buttons are 100 px), and without a column of covers
    lost to the bar."""
    library.set_setting("button_size", size)
    for _ in range(30):
        library.new_piece(writer.id, "book")
    screen = ShelfScreen(library, Operations(library), voice, size, rest_ms=20, search_ms=10)
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_writer(writer.id)
    _settle()
    view = screen.view
    _holdable(view.verticalScrollBar())
    columns = {view.visualRect(view.model().index(row, 0)).x() for row in range(12)}
    beside_a_thin_bar = (view.viewport().width() + view.verticalScrollBar().width() - 14) // view.gridSize().width()
    assert len(columns) >= beside_a_thin_bar
