"""A new list on a netbook (1024x600): the title and the first thing on the list are both
seen whole, ready to type into. At 96 px each row was three buttons tall, so the first
item stood below the screen's edge and only its "take this away" button showed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow


@pytest.mark.parametrize("size", [48, 96, 192])
def test_the_first_item_of_a_new_list_is_in_sight(qtbot, nook_app, library: Library, writer, size: int) -> None:
    library.set_setting("button_size", size, writer.id)
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    window.open_piece(library.new_piece(writer.id, "list").id)
    for _ in range(3):
        QApplication.processEvents()
    screen = window.piece_screen
    assert screen is not None and len(screen.views) == 2  # the title and one thing
    rows = screen.findChild(QScrollArea, "listRows")
    seen = rows.viewport().rect()
    for view in screen.views:
        words = view.edits["words"]
        rect = QRect(words.mapTo(rows.viewport(), QPoint(0, 0)), words.size())
        assert seen.contains(rect), f"{view.objectName()}'s words {rect.getRect()} are not all in {seen.getRect()}"
    window.close()


def test_add_a_thing_stays_in_reach_and_each_new_thing_is_seen(qtbot, nook_app, library: Library, writer) -> None:
    """At 96 px on a netbook "add a thing" stood under the rows and needed scrolling; now it
    stays in sight however long the list grows, and each new thing is seen, ready to type."""
    library.set_setting("button_size", 96, writer.id)
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    window.open_piece(library.new_piece(writer.id, "list").id)
    screen = window.piece_screen
    assert screen is not None
    rows = screen.findChild(QScrollArea, "listRows")
    add = screen.findChild(QWidget, "addItem")
    qtbot.keyClicks(screen.views[1].edits["words"], "thing 2")  # (a blank last thing is gone into, not added to)
    for count in range(3, 8):
        for _ in range(3):
            QApplication.processEvents()
        place = QRect(add.mapTo(window, QPoint(0, 0)), add.size())
        assert add.isVisible() and window.rect().contains(place), f"add a thing {place.getRect()} is out of reach"
        assert not rows.isAncestorOf(add), "add a thing scrolls with the rows"
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        assert len(screen.views) == count
        words = screen.views[-1].edits["words"]

        def seen(words=words) -> bool:
            rect = QRect(words.mapTo(rows.viewport(), QPoint(0, 0)), words.size())
            return rows.viewport().rect().contains(rect)

        qtbot.waitUntil(seen)
        assert QApplication.focusWidget() is words
        qtbot.keyClicks(words, f"thing {count}")
    window.close()
