"""A page just added is seen in the page strip. Seen under Xvfb at 1024x600 with 64 px
buttons: on a book with a cover and one page, "add a page" opened page 2 but the strip
still showed the cover and page 1, the new page (the one chosen) out of sight: the strip
was scrolled before its scroll bar had grown to take the new page in."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from nook.ui.editor import PieceScreen


def seen_whole(screen: PieceScreen, index: int) -> bool:
    assert screen.strip is not None
    viewport = screen.strip.thumb_scroll.viewport()
    thumb = screen.strip.thumbs[index]
    place = QRect(thumb.mapTo(viewport, thumb.rect().topLeft()), thumb.size())
    return viewport.rect().contains(place)


def test_each_page_added_is_seen_in_the_strip(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id, size=64)
    screen.resize(1024, 600)
    QApplication.processEvents()
    strip = screen.strip
    assert strip is not None
    add = screen.part.add_page_button
    # On the last page, as a child writing on: each new page comes at the end.
    qtbot.mouseClick(strip.thumbs[-1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.index == 1)
    not_seen = []
    for _ in range(6):
        pages = len(strip.thumbs)
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda p=pages: len(strip.thumbs) == p + 1)
        QApplication.processEvents()
        chosen = [i for i, thumb in enumerate(strip.thumbs) if thumb.isChecked()]
        assert chosen == [screen.index] == [pages]
        if not seen_whole(screen, screen.index):
            not_seen.append(screen.index)
    assert strip.thumb_scroll.horizontalScrollBar().maximum() > 0, "the strip must have pages out of sight"
    assert not_seen == []


def test_a_book_opened_on_a_late_page_shows_that_page_in_the_strip(qtbot, library, writer, open_piece) -> None:
    """Reopened where the child left off (page 5 of a book of 6), the strip showed the
    cover and page 1: it was scrolled to the page before it had its width."""
    piece = library.new_piece(writer.id, "book")
    for _ in range(5):
        library.add_page(piece.id)
    library.set_state(f"last_page:{piece.id}", 5)
    screen = open_piece(piece.id, size=64)
    screen.resize(1024, 600)
    QApplication.processEvents()
    strip = screen.strip
    assert strip is not None
    assert screen.index == 5 and strip.thumbs[5].isChecked()
    assert strip.thumb_scroll.horizontalScrollBar().maximum() > 0, "the strip must have pages out of sight"
    qtbot.waitUntil(lambda: seen_whole(screen, 5), timeout=2000)
