"""The oops bubble: a picture and words that go away by themselves, or at a tap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from nook.ui.editor.oops import OopsBubble


def shown_bubble(qtbot, show_ms: int) -> tuple[QWidget, OopsBubble]:
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    bubble = OopsBubble(64, page, show_ms=show_ms)
    bubble.show_reason("damaged")
    assert bubble.isVisible() and not bubble.picture.pixmap().isNull()
    return page, bubble  # the page is kept by the caller: it owns the bubble


def test_the_bubble_goes_away_by_itself(qtbot, nook_app) -> None:
    _page, bubble = shown_bubble(qtbot, show_ms=20)
    qtbot.waitUntil(lambda: not bubble.isVisible(), timeout=2000)


def test_a_tap_on_ok_goes_on_at_once(qtbot, nook_app) -> None:
    _page, bubble = shown_bubble(qtbot, show_ms=60_000)
    qtbot.mouseClick(bubble.ok, Qt.MouseButton.LeftButton)
    assert not bubble.isVisible()
