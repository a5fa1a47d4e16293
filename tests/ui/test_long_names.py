"""A writer's name as long as the name box takes (60 letters) never pushes a control
off the screen: "Who is writing?" and the shelf show what fits of it, and say it whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow
from tests.ui.test_screen_fit import misplaced, settle

LONG = "Maximiliana Guadalupe Fernández de la Santísima Trinidad Ortega"[:60]
WIDE = "W" * 60  # the widest letters, as many as the box takes


def window_on(qtbot, library: Library, size: int, width: int = 1024, height: int = 600) -> tuple[MainWindow, QRect]:
    library.set_setting("button_size", size)
    area = QRect(0, 0, width, height)
    window = MainWindow(library, make_voice("silent"), screen_area=area)
    qtbot.addWidget(window)
    window.show()
    window.setMaximumSize(area.size())
    window.setGeometry(area)
    return window, area


@pytest.mark.parametrize("size", [48, 64, 192])
def test_a_long_name_keeps_the_shelf_on_the_screen(qtbot, library: Library, size: int) -> None:
    writer = library.add_writer(WIDE, "fox")
    library.set_setting("button_size", size, writer.id)
    window, area = window_on(qtbot, library, size)
    window.show_shelf(writer.id)
    settle()
    assert misplaced(window, area) == []
    page = window.shelf_screen.findChild(QWidget, "shelfPage")
    assert page.width() <= window.width()
    # What is not shown is still said: the name in full for the talking buttons.
    assert window.shelf_screen.writer_label.accessibleName() == WIDE


@pytest.mark.parametrize("size", [48, 64, 192])
def test_long_names_keep_who_is_writing_on_the_screen(qtbot, library: Library, size: int) -> None:
    writers = [library.add_writer(name, avatar) for name, avatar in ((LONG, "fox"), (WIDE, "cat"), ("Al", "dog"))]
    window, area = window_on(qtbot, library, size)
    window.show_writers()
    settle()
    assert misplaced(window, area) == []
    screen = window.writers_screen
    assert screen.writers_scroll.horizontalScrollBar().maximum() == 0
    short = screen.findChild(QWidget, f"writer_{writers[-1].id}")
    for writer in writers:
        button = screen.findChild(QWidget, f"writer_{writer.id}")
        assert button.accessibleName() == writer.name
        # A long name's picture is as wide as a short one's: the grid keeps its columns.
        assert button.width() == short.width()


@pytest.mark.parametrize("size", [48, 64, 96, 192])
@pytest.mark.parametrize("screen_size", [(1024, 600), (1366, 768)])
def test_who_is_writing_shows_whole_pictures(qtbot, library: Library, size: int, screen_size) -> None:
    """A class of writers, and the pictures to choose from: a row at the bottom edge is
    seen whole or not at all (a child taps the half they see)."""
    for number in range(25):
        library.add_writer(f"Child {number + 1}", f"avatar{number}")
    window, area = window_on(qtbot, library, size, *screen_size)
    window.show_writers()
    settle()
    assert misplaced(window, area) == []
    window.writers_screen.start_adding()
    settle()
    assert misplaced(window, area) == []


CLASS = ["Mia", "Alexander", "Guadalupe", "Maximiliano", "Sofía Isabel", "Jo", "Christopher", "Valentina", "Oliver"]


@pytest.mark.parametrize("size", [48, 96])
def test_names_are_shown_whole_where_the_row_has_room(qtbot, library: Library, size: int) -> None:
    # At 48 px "Alexander" was "Alexa…" in a 120 px picture, a third of the row empty.
    for number, name in enumerate(CLASS):
        library.add_writer(name, f"avatar{number}")
    window, area = window_on(qtbot, library, size)
    window.show_writers()
    settle()
    assert misplaced(window, area) == []
    screen = window.writers_screen
    buttons = [b for b in screen.writer_buttons if b.objectName().startswith("writer_")]
    assert [b.text().replace("\n", " ") for b in buttons] == CLASS
    # The grid keeps its columns: every writer's picture as wide as the others.
    assert len({b.width() for b in buttons}) == 1
    assert screen.writers_scroll.horizontalScrollBar().maximum() == 0
