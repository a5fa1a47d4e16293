"""Editor test set-up: a real library with a writer, and an open PieceScreen on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from nook.core.library import Library
from nook.speech import Voice
from nook.ui.editor import PieceScreen
from nook.ui.editor.page_view import PageView
from nook.ui.operations import Operations


@pytest.fixture
def ops(library: Library, nook_app) -> Iterator[Operations]:
    door = Operations(library)
    yield door
    door.detach()


@pytest.fixture
def open_piece(qtbot, library: Library, ops: Operations) -> Callable[..., PieceScreen]:
    """Open a piece in a real PieceScreen, shown at the window's usual size."""

    def opener(piece_id: str, voice: Voice | None = None, size: int = 64) -> PieceScreen:
        # Without a voice of its own, the piece gets one that cannot speak.
        screen = PieceScreen(library, ops, piece_id, voice if voice is not None else Voice(), size)
        qtbot.addWidget(screen)
        screen.resize(1100, 780)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    return opener


def page_point(view: PageView, x: float, y: float) -> QPoint:
    """Where page units (x, y) are on the widget."""
    return QPointF(view.page_rect.x() + x * view.scale, view.page_rect.y() + y * view.scale).toPoint()


def drag(qtbot, view: PageView, points: list[tuple[float, float]]) -> None:
    """Press at the first point, move through the rest, release at the last: real mouse events."""
    first = page_point(view, *points[0])
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=first)
    for x, y in points[1:]:
        qtbot.mouseMove(view, page_point(view, x, y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=page_point(view, *points[-1]))


def tap(qtbot, view: PageView, x: float, y: float) -> None:
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=page_point(view, x, y))
