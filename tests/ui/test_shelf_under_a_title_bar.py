"""The shelf fits under a window manager's title bar. Seen on the walk (Xvfb 1024x600
with openbox, 192 px, Spanish): the buttons were sized for the whole screen's height
(a sixth of it), but the window's title bar took 19 px of it; the shelf page was 16 px
too short, so the wheel over the filters scrolled the whole page by pixels and cut the
top row (who is writing, the New buttons, the corner's lock) at the window's edge. The
screen tests gave the window the whole screen, as a bare X server does; a desktop never
does. Buttons are now sized for the screen less room for a title bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow

TITLE_BAR = 36  # a desktop's own (openbox's is 19 px, GNOME's header bar 37)


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1280, 800)])
def test_the_biggest_shelf_needs_no_scrolling_under_a_title_bar(
    qtbot, nook_app, library: Library, writer, width: int, height: int
) -> None:
    library.set_setting("button_size", 192)
    for kind in ("book", "list", "sign", "letter"):
        library.new_piece(writer.id, kind)
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, width, height))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    window.setGeometry(0, TITLE_BAR, width, height - TITLE_BAR)  # where the window manager puts it
    for _ in range(3):
        QApplication.processEvents()  # the layouts settle, as before a child sees them
    page = window.shelf_screen.shelf_page
    assert page.verticalScrollBar().maximum() == 0, "the shelf page scrolls (by pixels, cutting its top row)"
    window.close()
