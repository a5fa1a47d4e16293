""" "Play my voice" double-tapped plays it. Seen on the walk (Xvfb, sound recorded from a
null sink): a child's double tap on the play button (the same button twice, 200 ms
apart, which the double-tap guard lets through) started their recording and stopped
it at once: nothing was heard. A stop within a child's double-tap time of the tap that
started it is part of that tap; a later tap still stops it (as show time's "Read to me")."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt

from nook.core import recordings
from nook.speech import Voice
from nook.ui.editor import PieceScreen
from nook.ui.kit.second_tap import SECOND_TAP_MS
from tests.clock import Clock

VOICE = (Path(__file__).parent.parent.parent / "data" / "voice-440hz.m4a").read_bytes()


def test_a_double_tap_on_play_my_voice_goes_on_playing(qtbot, library, writer, ops) -> None:
    piece = library.new_piece(writer.id, "sign")
    page = library.pages(piece.id)[0]
    recordings.set_page_recording(library, page.id, recordings.store(library, VOICE))
    screen = PieceScreen(library, ops, piece.id, Voice(), 64)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    panel = screen.my_voice
    qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    assert panel.state == "playing"
    qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)  # a child's double tap
    assert panel.state == "playing", "the second tap stopped it at once"
    # Later, a tap stops it.
    panel.play_tap.clock = Clock(time.monotonic() + SECOND_TAP_MS / 1000 + 1)
    qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    assert panel.state == "ready"
