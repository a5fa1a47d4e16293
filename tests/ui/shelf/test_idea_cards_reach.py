"""Every idea card can be reached by a finger. At 1024x600 the idea cards show two rows
of about 40; the rest were behind a scroll bar a few pixels thin (no target for a child,
and no wheel on a touch screen). A big arrow past the last whole row shows the next
rows, as on "Who is writing?" and in the editor's bars."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.kit.edge_arrow import ROOM, EdgeArrow
from nook.ui.main_window import MainWindow
from tests.ui.test_screen_fit import misplaced, settle, thin_bars


def test_every_idea_card_is_reached_by_the_arrow(qtbot, nook_app, library: Library, writer) -> None:
    area = QRect(0, 0, 1024, 600)
    window = MainWindow(library, make_voice("silent"), screen_area=area)
    qtbot.addWidget(window)
    window.show()
    window.setMaximumSize(area.size())
    window.setGeometry(area)
    window.show_shelf(writer.id)
    shelf = window.shelf_screen
    shelf.show_ideas()
    settle()
    panel = shelf.ideas_panel
    assert thin_bars(window) == []
    arrow = panel.ideas_scroll.findChild(EdgeArrow)
    assert arrow is not None and arrow.isVisible() and min(arrow.width(), arrow.height()) >= ROOM
    viewport = panel.ideas_scroll.viewport()
    cards = [card for card in panel.cards if card.isVisibleTo(panel)]
    seen: set[str] = set()
    for _ in range(len(cards)):
        for card in cards:
            place = QRect(card.mapTo(viewport, card.rect().topLeft()), card.size())
            if viewport.rect().contains(place):
                seen.add(card.objectName())
        if len(seen) == len(cards):
            break
        qtbot.mouseClick(arrow, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
    assert len(seen) == len(cards), f"{len(cards) - len(seen)} cards never seen by tapping the arrow"
    assert misplaced(window, area) == []
