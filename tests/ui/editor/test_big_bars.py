"""Scroll bars a child can take hold of where the rows cannot all be seen: the sticker
box and the shelf's covers had Qt's own bar, a few pixels thin (no target for a
five-year-old's finger; seen on the walk). Each is as wide as the smallest target the
app gives, its handle at least as tall, like the list's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollBar

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
