"""A list's cover on the shelf is the list as drawn on its page: its name at the top and
its first things under it, with their tick boxes, ticks and pictures. It showed only the
name's strip, small in the middle of the cover (seen on the walk): every list looked
alike to a child who cannot read its name."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from nook.core import picture as pic
from nook.core.library import Library
from nook.core.shelf import shelf_rows
from nook.ui.kit import theme
from nook.ui.shelf.delegate import MARGIN
from nook.ui.shelf.model import ROW_ROLE
from nook.ui.shelf.thumbnails import ThumbnailCache

TICK = QColor("#2e9e44")
RED = QColor("#e03131")
BOX_EDGE = QColor("#7a5a1e")


def bands_with(image: QImage, colour: QColor, bands: int) -> set[int]:
    """The horizontal bands (of `bands`, top to bottom) where `colour` is drawn."""
    found = set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            seen = image.pixelColor(x, y)
            if seen.alpha() == 255 and all(
                abs(a - b) < 40 for a, b in zip(seen.getRgb()[:3], colour.getRgb()[:3], strict=True)
            ):
                found.add(y * bands // image.height())
                break
    return found


def test_a_lists_cover_shows_its_things_under_its_name(library: Library, writer, nook_app) -> None:
    piece = library.new_piece(writer.id, "list")
    name, first = library.pages(piece.id)
    library.update_page(name.id, words="my pets")
    library.update_page(first.id, words="dog", extras={"ticked": True})
    drawn = pic.make_picture([pic.stroke("brush", RED.name(), 60, [(1250, 60), (1500, 240)])])
    library.add_page(piece.id, role="item", words="cat", picture=drawn, extras={"ticked": False})
    library.add_page(piece.id, role="item", words="fish", extras={"ticked": True})
    (row,) = shelf_rows(library, writer.id)
    cover = ThumbnailCache(library, QSize(200, 250)).draw(row)
    # Five bands of a fifth of the cover: the name, then a thing in each (as on paper,
    # each row as wide as the cover): dog ticked, cat's red drawing, fish ticked.
    assert bands_with(cover, TICK, 5) == {1, 3}
    assert bands_with(cover, RED, 5) == {2}
    assert cover.pixelColor(100, 5).alpha() == 255  # the name's page begins at the top


def is_box_or_tick(seen: QColor) -> bool:
    return any(
        all(abs(a - b) < 40 for a, b in zip(seen.getRgb()[:3], colour.getRgb()[:3], strict=True))
        for colour in (TICK, BOX_EDGE)
    )


def test_the_badges_leave_a_lists_ticks_in_sight(qtbot, library: Library, writer, shelf_screen) -> None:
    """Seen on the walk (Spanish, 1024x600): on a list's cover on the shelf, the kind
    badge's white disc sat on its third thing's tick box (2-3 px under it, touching it
    with its edge at 93 px). The list's rows now leave the cover's foot to the badge:
    a clear gap between the last tick box and the badge, at every button size."""
    piece = library.new_piece(writer.id, "list")
    name, first = library.pages(piece.id)
    library.update_page(name.id, words="mis mascotas")
    library.update_page(first.id, words="perro", extras={"ticked": True})
    library.add_page(piece.id, role="item", words="gato", extras={"ticked": True})
    library.add_page(piece.id, role="item", words="pez", extras={"ticked": True})
    library.set_finished(piece.id, True)
    shelf_screen.show_writer(writer.id)
    view, delegate = shelf_screen.view, shelf_screen.delegate
    index = view.model().index(0, 0)
    for size in (48, 64, 72, 93, 96, 192):
        delegate.set_button_size(size)
        row = index.data(ROW_ROLE)
        qtbot.waitUntil(lambda row=row: delegate.thumbnails.cover(row) is not None)
        bare = delegate.thumbnails.cover(row)
        cell = QImage(delegate.cell_size(), QImage.Format.Format_ARGB32)
        cell.fill(QColor("white"))
        option = QStyleOptionViewItem()
        option.rect = QRect(QPoint(0, 0), delegate.cell_size())
        option.widget = view
        painter = QPainter(cell)
        delegate.paint(painter, option, index)
        painter.end()
        cover_left = (cell.width() - bare.width()) // 2
        paper = QImage(bare.size(), QImage.Format.Format_ARGB32)  # the cover as drawn on its card
        paper.fill(QColor(theme.COVER_PAPER))
        painter = QPainter(paper)
        painter.drawImage(0, 0, bare)
        painter.end()
        boxes = [y for y in range(bare.height()) for x in range(bare.width()) if is_box_or_tick(bare.pixelColor(x, y))]
        assert len(boxes) > 40  # three tick boxes and ticks
        # Where the kind badge begins: the highest pixel in the cover's lower left
        # quarter (inside its edge) that painting the cover on the shelf changed.
        badge_top = min(
            y
            for y in range(bare.height() // 2, bare.height())
            for x in range(4, bare.width() // 4)
            if cell.pixelColor(cover_left + x, MARGIN + y) != paper.pixelColor(x, y)
        )
        gap = badge_top - max(boxes)
        assert gap >= bare.width() * 0.04, f"at {size} px the kind badge is {gap} px under the last tick box"
