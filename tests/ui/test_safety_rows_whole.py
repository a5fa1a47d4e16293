"""Library safety at 1024x600: the backup a grown-up chooses is shown whole. Notes above
the list (three failed backups fill the screen) pushed the backups to the screen's
bottom edge and past it: a row chosen by a tap on the half showing, or by the arrow keys,
stayed cut in half or out of sight, its day and time unreadable. The page now scrolls to
show the chosen backup whole."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QScrollArea, QWidget

from nook.core import backups, safety
from nook.core.library import Library
from nook.core.notices import Notice
from nook.speech import make_voice
from nook.ui.main_window import MainWindow


@pytest.fixture
def safety_page(qtbot, nook_app, library: Library, writer):
    start = datetime(2026, 11, 1, 15, 30)
    for day in range(12):
        backups.make_backup(library.path, now=start + timedelta(days=day), by_hand=True)
    for _ in range(3):
        safety.add_note(library, Notice("backup_failed", {"why": "disk_full", "detail": "No space left on device"}))
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    corner.show_section("Library safety")
    for _ in range(3):
        QApplication.processEvents()
    yield corner.sections["Library safety"]
    window.close()


def whole_on_screen(page: QWidget) -> bool:
    """Whether the chosen backup is shown whole, in its list and on the page."""
    listed: QListWidget = page.list
    outer = page.findChild(QScrollArea, "safetyScroll").viewport()
    shown = listed.visualItemRect(listed.currentItem())
    on_page = QRect(listed.viewport().mapTo(outer, shown.topLeft()), shown.size())
    return listed.viewport().rect().contains(shown) and outer.rect().contains(on_page)


def test_a_backup_chosen_with_the_arrow_keys_is_shown_whole(safety_page, qtbot) -> None:
    listed = safety_page.list
    assert listed.count() >= 8  # (the thinning keeps some)
    listed.setFocus()
    rows = listed.count()
    cut = []
    steps = [(Qt.Key.Key_Down, r) for r in range(1, rows)] + [(Qt.Key.Key_Up, r) for r in range(rows - 2, -1, -1)]
    for key, row in steps:
        qtbot.keyClick(listed, key)  # where the focus is
        assert listed.currentRow() == row
        if not whole_on_screen(safety_page):
            cut.append((key.name, row))
    assert cut == []  # before: every row, the list being below the screen


def test_a_backup_tapped_on_its_half_showing_is_shown_whole(safety_page, qtbot) -> None:
    listed = safety_page.list
    outer = safety_page.findChild(QScrollArea, "safetyScroll")
    row = listed.visualItemRect(listed.item(1))
    # The page scrolled by hand so the second backup's top half shows at its bottom edge.
    top_in_body = listed.viewport().mapTo(outer.widget(), row.topLeft()).y()
    outer.verticalScrollBar().setValue(top_in_body + row.height() // 2 - outer.viewport().height())
    QApplication.processEvents()
    assert not whole_on_screen(safety_page) or listed.currentRow() != 1
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, row.top() + row.height() // 4))
    assert listed.currentRow() == 1
    assert whole_on_screen(safety_page)
