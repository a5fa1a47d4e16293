"""The child's trash shows whole rows of covers. Seen on the walk (96 px): the covers'
area ended part-way into the next row, so half a row of covers (or a sliver of their
tops) ran on under the "take it out" button, cut off at its edge. The area now ends
after the last whole row it has room for, and the button stays under it."""

from __future__ import annotations

from PySide6.QtCore import QRect
from shelf_helpers import click, find

from nook.core.library import Library


def test_the_childs_trash_shows_whole_rows_above_its_button(qtbot, shelf_screen, library: Library, writer) -> None:
    for number in range(9):
        piece = library.new_piece(writer.id, "book")
        library.update_page(library.pages(piece.id)[0].id, words=f"book {number}")
        library.trash_piece(piece.id)
    library.set_setting("button_size", 96, writer.id)
    shelf_screen.apply_settings()
    click(qtbot, find(shelf_screen, "showTrash"))
    view, button = shelf_screen.trash_view, find(shelf_screen, "restorePiece")
    for width, height in ((1024, 600), (1280, 800)):
        shelf_screen.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: shelf_screen.size().width() == w and view.height() > 0)
        seen = view.viewport().rect()
        cut = []
        for row in range(view.model().rowCount()):
            rect = view.visualRect(view.model().index(row, 0))
            if rect.intersects(seen) and not seen.contains(rect):
                cut.append((row, rect.getRect()))
        assert cut == [], f"{width}x{height}: covers cut at the edge of {seen.getRect()}: {cut}"
        assert view.visualRect(view.model().index(0, 0)).intersects(seen)
        below = QRect(button.mapTo(shelf_screen, button.rect().topLeft()), button.size())
        covers = QRect(view.mapTo(shelf_screen, view.rect().topLeft()), view.size())
        assert not covers.intersects(below) and below.bottom() < height
