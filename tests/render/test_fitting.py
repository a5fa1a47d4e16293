"""Words fitted into their boxes: the size found by guessing from the words' height is the
size halving the range finds (the largest that fits), with fewer layouts tried."""

from __future__ import annotations

import random

import pytest

from nook.render import fonts

LAY_OUT = fonts.lay_out_text  # (the tests count the search's own layouts)
WORDS = [
    "the",
    "cat",
    "sat",
    "on",
    "a",
    "mat",
    "and",
    "then",
    "jumped",
    "over",
    "my",
    "big",
    "red",
    "dog",
    "Supercalifragilistic",
    "hello",
    "mum",
    "I",
    "love",
    "you",
]


def halving(
    text: str, family: str, base: int, caps: bool, width: float, height: float, grow: bool, centre: bool
) -> tuple[int, int]:
    """The search as it was: the range of sizes halved until the largest that fits is left."""
    tried = 0

    def fits(size: int) -> bool:
        nonlocal tried
        tried += 1
        document = LAY_OUT(text or "Wg", fonts.make_font(family, size, caps), width, centre)
        return document.height() <= height

    low, high = 12, int(height) if grow else base
    if not grow and fits(base):
        return base, tried
    if not fits(low):
        return low, tried
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return low, tried


def boxes(count: int, seed: int) -> list[tuple[str, int, bool, float, float, bool, bool]]:
    rnd = random.Random(seed)
    made = []
    for _ in range(count):
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 40)))
        made.append(
            (
                text,
                rnd.choice([12, 20, 32, 48, 64, 96]),
                rnd.random() < 0.2,  # capitals
                rnd.uniform(80, 900),
                rnd.uniform(10, 700),
                rnd.random() < 0.3,  # a growing box (a sign)
                rnd.random() < 0.5,
            )
        )
    return made


@pytest.mark.parametrize("family_id", ["andika", "opendyslexic"])
def test_the_size_found_is_the_largest_that_fits_with_fewer_layouts(nook_app, monkeypatch, family_id) -> None:
    family = fonts.family_for(family_id)
    laid_out = 0
    real = fonts.lay_out_text

    def counted(*args, **kwargs):
        nonlocal laid_out
        laid_out += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(fonts, "lay_out_text", counted)
    halved = 0
    for text, base, caps, width, height, grow, centre in boxes(120, seed=13):
        expected, tried = halving(text, family, base, caps, width, height, grow, centre)
        halved += tried
        assert fonts._search_size(text, family, base, caps, width, height, grow, centre) == expected, (
            text[:30],
            base,
            width,
            height,
            grow,
        )
    assert laid_out < 0.75 * halved  # (about 0.57 on this set: 2,067 layouts were 1,165)


def test_a_box_is_painted_with_the_layout_its_size_was_found_with(nook_app, monkeypatch) -> None:
    """Fitting a box lays its words out at the size it finds; the paint that asked for
    that size draws that layout rather than laying the same words out again. A page
    painted again (its size remembered) lays them out once, to draw them."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from nook.render.layout import TextBox

    family = fonts.family_for("andika")
    words = "Once upon a time a cat sat on the mat and then she jumped over the big red dog"
    laid_out: list[str] = []

    def counted(*args):
        laid_out.append(args[0])
        return LAY_OUT(*args)

    monkeypatch.setattr(fonts, "lay_out_text", counted)
    fonts._search_size(words, family, 90, False, 600.0, 200.0, False, False)
    searched = len(laid_out)
    assert searched > 1  # (it had to shrink the words)
    style = fonts.TextStyle(family, 90, "#000000", False)
    box = TextBox("words", QRectF(0, 0, 600, 200))
    image = QImage(600, 200, QImage.Format.Format_ARGB32_Premultiplied)
    for again in (False, True):
        laid_out.clear()
        painter = QPainter(image)
        fonts.paint_text_box(painter, box, words, style, "#000000")
        painter.end()
        assert fonts.box_font_size(box, words, style) < 90
        assert len(laid_out) == (1 if again else searched)  # not one more than the search
