"""A list's tick box double-tapped stays ticked. Seen on the walk (Xvfb, 96 px): a child
double-tapped the box beside "lion" to tick it off; the first tap ticked it and the
second (250 ms later) took the tick away again, so the list showed nothing done. A tap
that would take the tick away within a child's double-tap time of ticking it is part
of the same tap; a later tap still takes it away."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nook.core.library import Library
from nook.ui.kit.second_tap import SECOND_TAP_MS
from tests.clock import Clock
from tests.ui.editor.conftest import page_point


def test_a_double_tap_on_a_tick_box_leaves_it_ticked(qtbot, open_piece, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "list")
    library.update_page(library.pages(piece.id)[1].id, words="lion")
    screen = open_piece(piece.id)
    row = screen.views[1]
    clock = row.tick_tap.clock = Clock()
    box = row.layout_spec.tick
    assert box is not None
    where = page_point(row, box.center().x(), box.center().y())
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=where)
    clock.now += 0.25  # a child's double tap
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=where)
    screen.flush()
    assert library.pages(piece.id)[1].extras["ticked"] is True

    clock.now += SECOND_TAP_MS / 1000 + 1  # later, a tap takes the tick away
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=where)
    screen.flush()
    assert library.pages(piece.id)[1].extras["ticked"] is False
