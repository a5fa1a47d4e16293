"""Every caption under a picture is seen whole: the tails of g, y, p, q, j, the accents
over capitals (Á, É, ¿, ¡) and a long Spanish phrase, at 48, 96 and 192 px buttons.

Found on a walk: at 48 px the word wall's banks lost the tail of "Family"'s y inside the
button. A captioned button's least height was its size and a guessed 28 px for the words,
while a line of the app's letters takes 34 px (Andika at 16 pt: ascent 26, descent 8):
given only that height, Qt drew the words in the room left under the picture and cut
them off at its edge. And a button narrower than its words had them cut in the middle
with "…" ("Emo…nes").

A caption is looked at in the pixels: the button draws its words in a colour nothing else
in it has, and what is inked must be the same glyphs, as wide and as tall, as the same
words drawn with the same letters on a page of their own."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops
from PySide6.QtGui import QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QWidget

from nook.ui.kit.buttons import PictureButton
from tests.ui.caption_ink import CAPTION, assert_whole, ink

SIZES = (48, 96, 192)
WORDS = (
    "Family",  # the walk's
    "jumpy piggy",  # every letter with a tail
    "Ágape",
    "¿Quién?",
    "¡Él sí!",
    "Éxito",
    "Escuchar",
    "Emociones",
    "Sacar esta página",
)
GREEN = QColor("#00a000")  # the picture: not the caption's colour


def picture_and_words_apart(button: PictureButton) -> None:
    """The picture whole, and the words under it, not over it."""
    image = button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    # The picture's pixels: green over red and over blue by more than 60 (Pillow's channel
    # arithmetic over the whole image, not a Python call for each of its pixels).
    size = (image.width(), image.height())
    pixels = Image.frombuffer("RGB", size, bytes(image.constBits()), "raw", "BGRX", image.bytesPerLine(), 1)
    red, green, blue = pixels.split()
    over_red = ImageChops.subtract(green, red).point(lambda level: 255 if level > 60 else 0)
    over_blue = ImageChops.subtract(green, blue).point(lambda level: 255 if level > 60 else 0)
    box = ImageChops.darker(over_red, over_blue).getbbox()
    where = f"{button.text()!r} in a {button.width()}x{button.height()} button"
    assert box is not None, f"no picture in {where}"
    left, top, right, bottom = box  # right and bottom: past the last green pixel
    side = button.iconSize().width()
    assert abs(right - left - side) <= 1 and abs(bottom - top - side) <= 1, where
    _, words = ink(image)
    assert words.top() > bottom - 1, where


def captioned(phrase: str, size: int) -> PictureButton:
    picture = QPixmap(256, 256)  # bigger than any button's: always scaled down to its size
    picture.fill(GREEN)
    button = PictureButton(QIcon(picture), phrase, "captioned", size, caption=True)
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, CAPTION)
    button.setPalette(palette)
    return button


@pytest.mark.parametrize("size", SIZES)
def test_a_caption_is_whole_in_the_least_room_a_layout_gives(qtbot, nook_app, size: int) -> None:
    """Side by side in a row, each button as small as it lets a layout make it."""
    holder = QWidget()
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    buttons = [captioned(phrase, size) for phrase in WORDS]
    for button in buttons:
        row.addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    holder.resize(1, 1)  # the least the row's layout gives each button
    nook_app.processEvents()
    for button, phrase in zip(buttons, WORDS, strict=True):
        assert_whole(button, phrase)
        picture_and_words_apart(button)


@pytest.mark.parametrize("size", SIZES)
def test_a_caption_is_whole_in_a_button_given_a_width(qtbot, nook_app, size: int) -> None:
    """As the word wall gives its banks a column's width: the caption takes a second line,
    or smaller letters, never "…"; the button is never narrower than it can show them in."""
    holder = QWidget()
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    buttons = [captioned(phrase, size) for phrase in WORDS]
    for button in buttons:
        button.setFixedWidth(max(int(size * 1.9), button.least_width()))
        row.addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    holder.resize(1, 1)  # the least the row's layout gives each button
    nook_app.processEvents()
    for button, phrase in zip(buttons, WORDS, strict=True):
        assert_whole(button, phrase)
        picture_and_words_apart(button)
