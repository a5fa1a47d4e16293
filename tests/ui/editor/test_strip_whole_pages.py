"""The page strip shows whole pages: turning to a page brings it into sight on a whole
page's step, so no sliver of the page before or after it is left at the strip's edges
(seen under Xvfb at 1024x600 with 64 px buttons: on page 2 of a book of 4 the strip
showed a sliver of each page beside it)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from nook.ui.editor import PieceScreen


def cut_pages(screen: PieceScreen) -> list[int]:
    """The pages the strip shows only part of."""
    assert screen.strip is not None
    viewport = screen.strip.thumb_scroll.viewport()
    seen = viewport.rect()
    cut = []
    for index, thumb in enumerate(screen.strip.thumbs):
        place = QRect(thumb.mapTo(viewport, thumb.rect().topLeft()), thumb.size())
        shown = place.intersected(seen)
        if not shown.isEmpty() and shown != place:
            cut.append(index)
    return cut


def test_turning_the_pages_shows_whole_pages(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "book")
    for _ in range(11):
        library.add_page(piece.id)
    screen = open_piece(piece.id, size=64)
    screen.resize(1024, 600)
    QApplication.processEvents()
    strip = screen.strip
    assert strip is not None
    assert strip.thumb_scroll.horizontalScrollBar().maximum() > 0, "the strip must have pages out of sight"
    last = len(strip.thumbs) - 1
    cuts = {}
    # On to the last page with the next arrow, and back to the cover with the other.
    for button, pages in ((screen.next_button, range(1, last + 1)), (screen.previous_button, range(last - 1, -1, -1))):
        for page in pages:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda p=page: strip.thumbs[p].isChecked())
            QApplication.processEvents()
            if cut := cut_pages(screen):
                cuts[(button.objectName(), page)] = cut
    assert cuts == {}
