"""Show time's "Read to me" double-tapped reads. Seen on the walk (Xvfb, 96 px): a child
double-tapped it on a page already read (the same button twice, 250 ms apart, so the
double-tap guard lets the second through); the first tap started the reading and the
second stopped it at once: 0.24 s of "bear" was heard, then silence. A stop within a
child's double-tap time of a tap that started the reading is part of that tap; a later
tap still stops it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.kit.second_tap import SECOND_TAP_MS
from nook.ui.show_time.screen import ShowTime
from tests.clock import Clock

LEFT = Qt.MouseButton.LeftButton


def test_a_double_tap_on_read_to_me_goes_on_reading(qtbot, library: Library, writer, nook_app) -> None:
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[0].id, words="My cat Tom naps in the sun all day long")
    voice = make_voice("silent")
    voice.word_ms = 200  # the reading lasts well past the taps
    show = ShowTime(library, piece.id, voice=voice)
    qtbot.addWidget(show)
    show.show()
    qtbot.waitExposed(show)
    clock = show.read_tap.clock = Clock()
    qtbot.mouseClick(show.read_button, LEFT)
    assert show.reading
    clock.now += 0.25  # a child's double tap
    qtbot.mouseClick(show.read_button, LEFT)
    assert show.reading and voice.is_speaking()

    clock.now += SECOND_TAP_MS / 1000 + 1  # later, a tap stops it
    qtbot.mouseClick(show.read_button, LEFT)
    assert not show.reading
    voice.shutdown()
