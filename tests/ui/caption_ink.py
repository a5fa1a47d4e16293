"""Is a caption seen whole? Its ink (the button draws its words in a colour nothing else
in it has) against the same words drawn alone, with the same letters, uncut."""

from __future__ import annotations

from PIL import Image, ImageChops
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QToolButton

from nook.ui.kit import theme

CAPTION = QColor("#ff00ff")  # nothing else in a button is this colour


def ink(image: QImage) -> tuple[float, QRect]:
    """How much of the caption's colour (in whole pixels' worth: a pixel half covered by a
    letter's edge counts a half, wherever along the line the letter falls), and the
    rectangle round the pixels well inked.

    A pixel's ink is min(red, blue) - green, where that is above 0 (Pillow's channel
    arithmetic over the whole image, not a Python loop over its pixels)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    if image.isNull():
        return 0.0, QRect()
    size = (image.width(), image.height())
    pixels = Image.frombuffer("RGB", size, bytes(image.constBits()), "raw", "BGRX", image.bytesPerLine(), 1)
    red, green, blue = pixels.split()
    inked = ImageChops.subtract(ImageChops.darker(red, blue), green)  # below 0: 0
    box = inked.point(lambda level: 255 if level > 60 else 0).getbbox()
    if box is None:
        return 0.0, QRect()
    mass = sum(level * count for level, count in enumerate(inked.histogram())) / 255
    left, top, right, bottom = box
    return mass, QRect(left, top, right - left, bottom - top)


def drawn_alone(button: QToolButton, paper: QColor) -> tuple[float, QRect]:
    """The button's caption drawn by itself, with its letters, on its `paper`, where
    nothing cuts it."""
    metrics = button.fontMetrics()
    room = metrics.size(0, button.text()) + QSize(40, 40)
    image = QImage(room, QImage.Format.Format_RGB32)
    image.fill(paper)
    painter = QPainter(image)
    painter.setFont(button.font())
    painter.setPen(CAPTION)
    painter.drawText(QRect(0, 0, room.width(), room.height()), Qt.AlignmentFlag.AlignCenter, button.text())
    painter.end()
    return ink(image)


def only_words_inked(button: QToolButton) -> None:
    """The button's words in the caption's colour, and its picture a blank of the same size
    (a picture of a purple thing would be taken for words)."""
    blank = QPixmap(button.iconSize())
    blank.fill(QColor(0, 0, 0, 0))
    button.setIcon(QIcon(blank))
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, CAPTION)
    button.setPalette(palette)


def assert_whole(button: QToolButton, phrase: str) -> None:
    """The whole phrase is shown, in letters a child reads, every glyph of it inside the
    button's border."""
    assert button.text().replace("\n", " ") == phrase, "the caption shows all its words"
    shown = button.grab().toImage()
    seen, seen_box = ink(shown)
    # The same letters on the same colour (a chosen button's is warmer: letters' edges
    # blend with it).
    alone, alone_box = drawn_alone(button, shown.pixelColor(button.width() // 2, 6))
    where = (
        f"{phrase!r} in a {button.width()}x{button.height()} button: ink {seen:.0f} in {seen_box.getRect()},"
        f" drawn alone {alone:.0f} in {alone_box.getRect()}"
    )
    assert alone > 0, where
    # The same glyphs: a tail or an accent cut off makes the ink shorter; "…" narrower.
    # (Within a pixel: letters drawn a fraction of a pixel further along shade their
    # edges differently.)
    assert abs(seen_box.height() - alone_box.height()) <= 1, where
    assert abs(seen_box.width() - alone_box.width()) <= 1, where
    assert abs(seen - alone) <= alone * 0.05, where
    inside = button.rect().adjusted(3, 3, -3, -3)  # the border's width
    assert inside.contains(seen_box), where
    assert button.fontInfo().pixelSize() >= theme.CAPTION_LEAST, where
