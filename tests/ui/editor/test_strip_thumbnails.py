"""The page strip shows each page's picture: a copied page's and, after a restart, the
page the piece opens on (both were blank: the page's picture, drawn whole at once when
the page was first painted, never told the strip it was ready) (issue 14, item 12)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from nook.ui.editor import PieceScreen
from tests.ui.editor.conftest import drag

LEFT_TOP, RIGHT_BOTTOM = (0.3, 0.3), (0.7, 0.7)  # of the picture area


def scribble(qtbot, screen: PieceScreen) -> None:
    """A huge black zigzag across the middle of the picture, drawn with the mouse."""
    screen.tools.set(tool="brush", size="huge", colour="#000000")
    view = screen.current_view
    assert view is not None
    area = view.layout_spec.picture
    points = []
    for step in range(9):
        x = area.x() + area.width() * (LEFT_TOP[0] + (RIGHT_BOTTOM[0] - LEFT_TOP[0]) * step / 8)
        y = area.y() + area.height() * (LEFT_TOP[1] if step % 2 else RIGHT_BOTTOM[1])
        points.append((x, y))
    drag(qtbot, view, points)


def ink_in(screen: PieceScreen, index: int) -> int:
    """How many dark pixels the page strip shows for page `index`."""
    assert screen.strip is not None
    thumb = screen.strip.thumbs[index]
    image = thumb.icon().pixmap(QSize(thumb.iconSize())).toImage()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).lightness() < 60 and QColor.fromRgba(image.pixel(x, y)).alpha() > 200
    )


def test_a_copied_page_shows_its_picture(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    scribble(qtbot, screen)
    qtbot.waitUntil(lambda: ink_in(screen, 1) > 20, timeout=3000)
    assert screen.strip is not None and screen.part.duplicate_button.isEnabled()
    screen.part.duplicate_button.click()
    assert screen.index == 2 and len(screen.strip.thumbs) == 3
    qtbot.waitUntil(lambda: ink_in(screen, 2) > 20, timeout=3000)
    assert ink_in(screen, 1) > 20


def test_the_page_a_piece_opens_on_shows_its_picture(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    scribble(qtbot, screen)
    screen.close_piece()
    screen.close()
    # Opened again, as after a restart: on the page it was left at.
    again = open_piece(piece.id)
    assert again.index == 1
    qtbot.waitUntil(lambda: ink_in(again, 1) > 20, timeout=3000)
