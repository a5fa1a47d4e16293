"""Is a caption seen whole? Its ink (the button draws its words in a colour nothing else
in it has) against the same words drawn alone, with the same letters, uncut."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QToolButton

from nook.ui.kit import theme

CAPTION = QColor("#ff00ff")  # nothing else in a button is this colour


def ink(image: QImage) -> tuple[float, QRect]:
    """How much of the caption's colour (in whole pixels' worth: a pixel half covered by a
    letter's edge counts a half, wherever along the line the letter falls), and the
    rectangle round the pixels well inked."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data, stride = bytes(image.constBits()), image.bytesPerLine()
    mass, xs, ys = 0.0, [], []
    for y in range(image.height()):
        row = data[y * stride : y * stride + 4 * image.width()]
        for x in range(image.width()):
            blue, green, red = row[4 * x], row[4 * x + 1], row[4 * x + 2]
            inked = min(red, blue) - green
            if inked > 0:
                mass += inked / 255
            if inked > 60:
                xs.append(x)
                ys.append(y)
    if not xs:
        return 0.0, QRect()
    return mass, QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


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
