"""Titles under shelf covers: every line fits, none is cut off, a long one ends in an ellipsis."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from nook.ui.shelf.delegate import MARGIN, TITLE_LINES, title_lines

TITLES = [
    "My cat Tom",
    "The very very long story of my big brown dog and his red ball in the park",
    "Supercalifragilisticexpialidocious dinosaurs",
    "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
]


@pytest.mark.parametrize("title", TITLES)
def test_every_title_line_fits_under_the_cover(nook_app, title: str) -> None:
    font = QFont()
    font.setPixelSize(16)
    metrics = QFontMetrics(font)
    width = 140
    lines = title_lines(title, metrics, width)
    assert 1 <= len(lines) <= TITLE_LINES
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    shown = "".join(lines).replace(" ", "")
    whole = title.replace(" ", "")
    if metrics.horizontalAdvance(title) <= width:
        assert lines == [title]
    elif shown.endswith("…"):
        assert whole.startswith(shown[:-1])  # the beginning, as written, then the ellipsis
    else:
        assert shown == whole  # it all fits on the lines


@pytest.mark.parametrize("button_size", [48, 64, 192])
def test_a_titles_descenders_are_drawn_whole(nook_app, shelf_screen, library, writer, button_size: int) -> None:
    """Andika's letters are taller than a title line: "g" and "y" reach below it, and were
    cut off there ("Mi gato" read "Mi aato" in the Spanish walk). Ink is drawn below the
    line of a one-line title of descenders, inside the cell."""
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="gyg")  # its title
    shelf_screen.reload()
    delegate = shelf_screen.delegate
    delegate.set_button_size(button_size)
    cell = delegate.cell_size()
    image = QImage(cell, QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    option = QStyleOptionViewItem()
    option.rect = QRect(QPoint(0, 0), cell)
    painter = QPainter(image)
    delegate.paint(painter, option, shelf_screen.model.index(0, 0))
    painter.end()
    line_bottom = MARGIN + delegate.cover.height() + MARGIN + int(delegate.title_px * 1.3 * TITLE_LINES) // TITLE_LINES
    below = [
        (x, y)
        for y in range(line_bottom, cell.height())
        for x in range(cell.width())
        if QColor(image.pixel(x, y)).lightness() < 128
    ]
    assert below, "nothing of g and y is drawn below their line"
