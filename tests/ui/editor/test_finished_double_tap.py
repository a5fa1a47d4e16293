""" "I'm finished!" tapped twice in a row stays finished. Seen on the walk (Xvfb, 96 px): a
child double-tapped the star, as five-year-olds tap; the first tap played the finished
sound and marked the piece finished, the second (250 ms later, the same button, so no
double tap is dropped) took it back: the child heard the celebration and the shelf
showed no star. A second tap within a child's double-tap time is part of the same
tap; a later one still takes the star back (a child who is not finished after all)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nook.core.library import Library
from nook.ui.kit.second_tap import SECOND_TAP_MS
from tests.clock import Clock

LEFT = Qt.MouseButton.LeftButton


def test_a_double_tap_on_the_star_leaves_the_piece_finished(qtbot, open_piece, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    clock = screen.finish_tap.clock = Clock()
    star = screen.finished_button
    qtbot.mouseClick(star, LEFT)
    clock.now += 0.25  # a child's double tap
    qtbot.mouseClick(star, LEFT)
    assert star.isChecked()
    assert library.piece(piece.id).finished

    # Later, a tap takes the star back.
    clock.now += SECOND_TAP_MS / 1000 + 1
    qtbot.mouseClick(star, LEFT)
    assert not star.isChecked()
    assert not library.piece(piece.id).finished
