"""A list's row buttons (take this away, up, down) follow the chosen button size where
the row has room. Seen under Xvfb at 192 px: on 1920x1080 (the editor's buttons 180 px)
each row stood 214 px tall, set by its words' width, while its buttons, two by two at half
size, were 89 px: a 176 px column in a 214 px row, the spare height unused. The buttons
now grow into the height the row already has, never making a row taller (the rows seen
at once stay as many). On a netbook (1024x600) the row is as tall as its half-size
buttons: there is no room, and they stay as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.editor.list_rows import BUTTON_GAP
from nook.ui.kit.edge_arrow import ROOM
from nook.ui.main_window import MainWindow
from tests.ui.editor.test_long_list import long_list


def opened(qtbot, library: Library, writer, size: int, area: QRect) -> MainWindow:
    library.set_setting("button_size", size, writer.id)
    piece_id = long_list(library, writer.id, 12)
    window = MainWindow(library, make_voice("silent"), screen_area=area)
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(area)
    window.show_shelf(writer.id)
    window.open_piece(piece_id)
    qtbot.waitUntil(lambda: window.piece_screen is not None and window.piece_screen.isVisible())
    for _ in range(3):
        QApplication.processEvents()
    return window


@pytest.mark.parametrize("area", [QRect(0, 0, 1920, 1080), QRect(0, 0, 2560, 1440)])
def test_row_buttons_grow_into_the_rows_height_on_a_big_screen(qtbot, library: Library, writer, area) -> None:
    window = opened(qtbot, library, writer, 192, area)
    part = window.piece_screen.part
    rows = part.rows
    half = (window.piece_screen.button_size - BUTTON_GAP) // 2
    buttons = part._row_buttons[1]
    column = 2 * buttons[0].height() + BUTTON_GAP
    assert buttons[0].height() > half, f"{buttons[0].height()} px, half the editor's {window.piece_screen.button_size}"
    assert column >= 0.9 * rows.row_height - 8, f"a {column} px column in a {rows.row_height} px row"
    for button in buttons:
        assert button.width() == button.height() == buttons[0].height(), button.objectName()
        row = rows.rows[1][0]
        assert row.rect().contains(QRect(button.mapTo(row, button.rect().topLeft()), button.size()))
    window.close()


def test_on_a_netbook_the_rows_keep_their_height_and_buttons(qtbot, library: Library, writer) -> None:
    window = opened(qtbot, library, writer, 192, QRect(0, 0, 1024, 600))
    part = window.piece_screen.part
    size = window.piece_screen.button_size
    buttons = part._row_buttons[1]
    assert buttons[0].height() == max(ROOM, (size - BUTTON_GAP) // 2)
    assert part.rows.row_height == 2 * buttons[0].height() + BUTTON_GAP + 8
    window.close()
