"""The page strip on a netbook with the biggest buttons: the page buttons that do not fit
are behind a big arrow, never a sliver (seen under Xvfb at 1024x600 with 192 px buttons:
the arrow past the one page button in sight was 10 px wide, so moving, copying and
taking away a page were out of a child's reach), and nothing in the strip overlaps. 100
px is what 192 px buttons become on a 1024x600 screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from nook.ui.kit.edge_arrow import ROOM


@pytest.mark.parametrize("size", [48, 64, 96, 100])
def test_the_page_buttons_arrow_is_big_and_nothing_overlaps(library, writer, open_piece, size) -> None:
    piece = library.new_piece(writer.id, "book")
    for _ in range(3):
        library.add_page(piece.id)
    screen = open_piece(piece.id, size=size)
    screen.resize(1024, 600)
    QApplication.processEvents()
    strip = screen.strip
    assert strip is not None
    arrow = strip.findChild(QWidget, "pageButtonsScrollMore")
    if arrow is not None and arrow.isVisible():
        assert arrow.width() >= ROOM, f"the way to the other page buttons is {arrow.width()} px wide"
    if strip.thumb_scroll.isVisible():  # the pages, where shown, show one whole at least
        assert strip.thumb_scroll.viewport().width() >= strip.button_size
    assert screen.width() <= 1024
    shown = [w for w in strip.findChildren(QWidget) if w.parent() is strip and w.isVisible()]
    places = [QRect(w.pos(), w.size()) for w in shown]
    for i, one in enumerate(places):
        assert one.right() <= strip.width() + 1, f"{shown[i].objectName()} goes past the strip's end"
        for j in range(i + 1, len(places)):
            assert not one.intersects(places[j]), f"{shown[i].objectName()} overlaps {shown[j].objectName()}"
