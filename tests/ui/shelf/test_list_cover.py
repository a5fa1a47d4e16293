"""A list's cover on the shelf is the list as drawn on its page: its name at the top and
its first things under it, with their tick boxes, ticks and pictures. It showed only the
name's strip, small in the middle of the cover (seen on the walk): every list looked
alike to a child who cannot read its name."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from nook.core import picture as pic
from nook.core.library import Library
from nook.core.shelf import shelf_rows
from nook.ui.shelf.thumbnails import ThumbnailCache

TICK = QColor("#2e9e44")
RED = QColor("#e03131")


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
