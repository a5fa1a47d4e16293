"""Bars of buttons scroll by whole rows, never by pixels (issue 14, item 5): a wheel notch
on the colours, the sticker box or the page strip moves one row of buttons, and a dragged
scroll bar comes to rest on a row, so no button is left cut in half at an edge."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QScrollBar

from tests.wheel import turn_wheel


def wheel(button: QAbstractButton, notches: int) -> None:
    """Turn the mouse wheel over `button` (positive: showing what is below). A button does
    not take the wheel; Qt hands it on to the scroll area's viewport, where it is sent."""
    viewport = holder(button).viewport()
    turn_wheel(viewport, notches, QPointF(button.mapTo(viewport, button.rect().center())))


def holder(button: QAbstractButton) -> QScrollArea:
    widget = button.parentWidget()
    while widget is not None and not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    assert widget is not None
    return widget


def check_rows(bar: QScrollBar, button: QAbstractButton, row: int, vertical: bool) -> None:
    assert bar.maximum() > 2 * row, "the bar must have rows to scroll through"
    wheel(button, 1)
    assert bar.value() == row
    wheel(button, 2)
    assert bar.value() == 3 * row
    wheel(button, -1)
    assert bar.value() == 2 * row
    # A dragged bar comes to rest on the nearest row.
    bar.setSliderDown(True)
    bar.setValue(row + row // 3)
    bar.setSliderDown(False)
    assert bar.value() == row
    # At the very end the last row is whole, even where the end is not a whole row on.
    wheel(button, 100)
    assert bar.value() == bar.maximum()
    wheel(button, -1)
    assert bar.value() % row == 0 and bar.value() < bar.maximum()


def test_the_colours_scroll_a_row_a_notch(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id, size=96)
    screen.resize(1024, 600)
    QApplication.processEvents()
    button = next(iter(screen.colour_panel.buttons.values()))
    check_rows(holder(button).verticalScrollBar(), button, 96 + 4, vertical=True)


def test_the_sticker_box_scrolls_a_row_a_notch(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id, size=64)
    screen.resize(1024, 600)
    screen.tools.set(tool="sticker")
    QApplication.processEvents()
    button = next(iter(screen.sticker_box.sticker_buttons.values()))
    check_rows(holder(button).verticalScrollBar(), button, 64 + 4, vertical=True)


def test_the_page_strip_scrolls_a_page_a_notch(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "book")
    for _ in range(14):
        library.add_page(piece.id, words="more")
    screen = open_piece(piece.id, size=64)
    screen.resize(1024, 600)
    QApplication.processEvents()
    assert screen.strip is not None
    first = screen.strip.thumbs[0]
    check_rows(holder(first).horizontalScrollBar(), first, first.width() + 4, vertical=False)
