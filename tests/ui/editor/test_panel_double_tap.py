"""The word wall and the words' colours open on a double tap, and stay open. Seen on the
walk (Xvfb, 96 px): a child double-tapped the word wall's button (the same button twice,
250 ms apart, so no double tap is dropped); the first tap opened the wall and the second
shut it again at once, and nothing seemed to happen. A tap that would put a panel away
within a child's double-tap time of showing it is part of the tap that showed it; a
later tap still puts it away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from nook.core.library import Library
from nook.ui.kit.second_tap import SECOND_TAP_MS
from tests.clock import Clock

LEFT = Qt.MouseButton.LeftButton


@pytest.mark.parametrize("button_name", ["word_wall_button", "words_colour_button"])
def test_a_double_tap_opens_the_panel_and_it_stays(qtbot, open_piece, library: Library, writer, button_name) -> None:
    screen = open_piece(library.new_piece(writer.id, "book").id)
    side = screen.side
    clock = side.same_tap.clock = Clock()
    button = getattr(screen, button_name)
    drawing = side.currentWidget()  # the colours for drawing
    qtbot.mouseClick(button, LEFT)
    opened = side.currentWidget()
    assert opened is not drawing
    clock.now += 0.25  # a child's double tap
    qtbot.mouseClick(button, LEFT)
    assert side.currentWidget() is opened

    clock.now += SECOND_TAP_MS / 1000 + 1  # later, the same button puts it away
    qtbot.mouseClick(button, LEFT)
    assert side.currentWidget() is drawing
