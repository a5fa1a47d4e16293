"""While a child records, "Stop recording" is in sight. Seen on the walk (Xvfb, 96 px on a
1024x600 netbook): once the countdown ended, the top bar's middle showed the level meter
and the time, and the stop button was behind the bar's "show more" arrow: a child could
not see how to stop. The stop button now comes first, where the microphone was tapped,
and the meter and the time follow it."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QScrollArea

from nook.core.library import Library
from nook.speech import Voice
from nook.speech.microphones import Microphones
from nook.ui.editor import PieceScreen
from nook.ui.kit.edge_arrow import EdgeArrow
from tests.ui.editor.test_my_voice import click


def test_stop_recording_is_seen_whole_on_a_netbook(qtbot, library: Library, writer, ops, virtual_microphone) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = PieceScreen(
        library, ops, piece.id, Voice(), 96, microphones=Microphones(virtual_microphone.device_id), countdown_step_ms=20
    )
    qtbot.addWidget(screen)
    screen.resize(1024, 581)  # a netbook's screen under its title bar
    screen.show()
    qtbot.waitExposed(screen)
    panel = screen.my_voice
    click(qtbot, panel.record_button)
    qtbot.waitUntil(lambda: panel.state == "recording", timeout=10_000)
    stop = panel.stop_button

    def seen_whole(widget) -> bool:
        area = next(a for a in screen.findChildren(QScrollArea) if a.isAncestorOf(widget))
        place = QRect(widget.mapTo(area, widget.rect().topLeft()), widget.size())  # in the bar's own terms
        arrows = [a for a in area.findChildren(EdgeArrow) if a.isVisible()]  # the bar's "show more"
        covered = any(a.geometry().intersects(place) for a in arrows)
        return widget.isVisible() and area.viewport().geometry().contains(place) and not covered

    qtbot.waitUntil(lambda: seen_whole(stop), timeout=2000)
    assert seen_whole(panel.time_label), "the time is cut by the bar's arrow"
    click(qtbot, stop)
    qtbot.waitUntil(lambda: panel.state in ("ready", "idle"), timeout=10_000)
