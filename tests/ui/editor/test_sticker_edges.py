"""A sticker carried off the page stays on it: a five-year-old drags a sticker over the
colours, off the edge, or past the window, and lets go there. It used to land where the
finger was, outside the picture: not drawn, not tappable, its handles left floating over
the page, so the sticker was lost but for undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect
from PySide6.QtWidgets import QApplication

from tests.ui.editor.conftest import drag, tap
from tests.ui.editor.test_drawing import qtbot_left


@pytest.mark.parametrize("to", [(3000, 300), (-900, 700), (800, -600), (800, 5000), (30000, 30000)])
def test_a_sticker_dragged_off_the_page_stays_on_its_picture(qtbot, library, writer, open_piece, to) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], qtbot_left())
    qtbot.mouseClick(screen.sticker_box.sticker_buttons["cat"], qtbot_left())
    tap(qtbot, view, 400, 400)
    drag(qtbot, view, [(400, 400), ((400 + to[0]) / 2, (400 + to[1]) / 2), to])
    (sticker,) = view.state.items
    area = view.layout_spec.picture
    centre = QPointF(sticker["x"], sticker["y"])
    assert area.contains(centre), (centre, area)
    # Still there to tap: the child can carry it back, and its handles are beside it.
    assert view.object_at(centre) == 0
    assert view.handles.isVisible()
    assert QRect(0, 0, view.width(), view.height()).intersects(view.handles.geometry())
    screen.flush()
    assert library.page(view.state.id).picture["items"][0]["x"] == sticker["x"]


def test_bigger_tapped_again_and_again_stays_under_the_finger(qtbot, library, writer, open_piece) -> None:
    """The "Make it bigger" button moved up as the sticker grew (the buttons stand above it), so a
    child tapping it again on the same spot put a new sticker on the page instead."""
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], qtbot_left())
    qtbot.mouseClick(screen.sticker_box.sticker_buttons["cat"], qtbot_left())
    tap(qtbot, view, 700, 500)
    (placed,) = view.state.items
    spot = view.handles.bigger.mapToGlobal(view.handles.bigger.rect().center())
    for _ in range(4):
        under = QApplication.widgetAt(spot)
        assert under is view.handles.bigger, under
        qtbot.mouseClick(under, qtbot_left(), pos=under.mapFromGlobal(spot))
    (grown,) = view.state.items
    assert grown["size"] == pytest.approx(placed["size"] * 1.25**4, rel=0.01)
