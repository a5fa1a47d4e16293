"""Emoji in a child's words and a writer's name are drawn as emoji, in colour, not as
empty boxes: the machine had no emoji font, so "I love 🐶" showed "I love ☐" on the
page, the shelf and paper. The system's colour emoji font (Debian's
fonts-noto-color-emoji, installed by packaging/nook.sh with the other system packages;
10 MB, it would take the bundle over its 65 MB) is what Qt falls back to for them."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.render import draw_page


def coloured(image: QImage, hue: range) -> int:
    """Pixels of a clear colour (not the words' ink, grey or white) with a hue in `hue`."""
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if (
                colour.alpha() > 200
                and colour.hsvSaturation() > 120
                and colour.value() > 150
                and colour.hsvHue() in hue
            ):
                found += 1
    return found


def test_emoji_in_a_childs_words_are_drawn_in_colour(library: Library, writer, nook_app) -> None:
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="🦁 🍊")
    page = draw_page(library, library.pages(piece.id)[0], QSize(400, 300))
    assert coloured(page, range(15, 50)) > 40  # the lion's mane and the orange (a box has none)


def test_emoji_in_a_name_on_screen_are_drawn_in_colour(nook_app) -> None:
    image = QImage(300, 80, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QApplication.font()  # the app's own (Andika), as a name is shown
    font.setPixelSize(48)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, 300, 80), Qt.AlignmentFlag.AlignCenter, "Mia 🦁")
    painter.end()
    assert coloured(image, range(15, 50)) > 20
