"""Titles under shelf covers: every line fits, none is cut off, a long one ends in an ellipsis."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

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


@pytest.mark.parametrize("button_size", [48, 64, 96, 192])
def test_a_cell_holds_two_whole_lines_of_the_titles_font(nook_app, shelf_screen, button_size: int) -> None:
    """A line shorter than the font's height cut off descenders: "Mi gato" read "Mi aato"."""
    delegate = shelf_screen.delegate
    delegate.set_button_size(button_size)
    font = QApplication.font()
    font.setPixelSize(delegate.title_px)
    under_cover = delegate.cell_size().height() - delegate.cover.height() - 3 * MARGIN
    assert under_cover >= TITLE_LINES * QFontMetrics(font).height()
