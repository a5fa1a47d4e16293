"""On a netbook at 96 px the shelf's search box stands beside the filter pictures, not on
a row of its own (a big empty white box a child took for something broken), and the
empty shelf's pointing hand and words are seen without scrolling."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow


def test_the_search_box_shares_the_filters_row(qtbot, nook_app, library: Library, writer) -> None:
    library.set_setting("button_size", 96, writer.id)
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    for _ in range(3):
        QApplication.processEvents()
    search = window.findChild(QLineEdit, "shelfSearch")
    everything = window.findChild(QWidget, "filter_all")
    assert search.isVisible() and search.y() == everything.y(), "the search box has a row of its own"
    assert search.width() >= 96
    page = window.findChild(QScrollArea, "shelfPageScroll")
    viewport = page.viewport()
    for name in ("emptyShelfPicture", "emptyShelfText"):
        part = window.findChild(QWidget, name)
        rect = QRect(part.mapTo(viewport, QPoint(0, 0)), part.size())
        assert part.isVisible() and viewport.rect().contains(rect), f"{name} {rect.getRect()} is not in sight"
    window.close()
