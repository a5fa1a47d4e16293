"""The sign's "stop" look is a picture with no words. Seen on the walk (Spanish, 1024x600):
its button showed a red octagon saying "STOP", in English; a Latin-American child's stop
signs say ALTO or PARE, and a child who cannot read needs only the red octagon. The
letters are taken out of the picture (OpenMoji 1F6D1); its white rim and its shape stay."""

from __future__ import annotations

from PySide6.QtGui import QColor

from nook.ui.kit.icons import icon


def test_the_stop_looks_picture_has_no_letters(nook_app) -> None:
    size = 144
    image = icon("look_stop").pixmap(size, size).toImage()
    # The band across the octagon's middle, where the word was: red and nothing else.
    band = [
        QColor(image.pixel(x, y))
        for x in range(int(size * 0.32), int(size * 0.68), 2)
        for y in range(int(size * 0.44), int(size * 0.56), 2)
    ]
    light = [colour.name() for colour in band if colour.lightness() > 200]
    assert light == [], f"{len(light)} light pixels (letters) in the middle of the stop sign"
    assert all(colour.red() > 150 and colour.green() < 90 for colour in band)
