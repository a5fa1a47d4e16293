"""Typing in a list's row that the child scrolled out of sight brings the row back.

Seen on the walk (Xvfb 1024x600, 96 px): a list opened with the keyboard in its title;
the child spun the wheel down to look at the things and typed: the letters went into
the title, above the edge, and nothing on the screen changed. A key typed into a words
box now brings its row into sight, as every text box shows where one types.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from tests.wheel import turn_wheel


def test_typing_in_a_row_scrolled_away_brings_it_back(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "list")
    library.update_page(library.pages(piece.id)[0].id, words="toys")
    for thing in ("ball", "car", "kite", "doll", "bike", "drum", "boat"):
        library.add_page(piece.id, role="item", words=thing, extras={"ticked": False})
    screen = open_piece(piece.id, size=96)
    rows = screen.findChild(QScrollArea, "listRows")
    title = screen.views[0].edits["words"]
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    for _notch in range(10):
        turn_wheel(rows.viewport(), 1)
    bar = rows.verticalScrollBar()
    assert bar.value() > 0 and 0 not in rows.in_sight()  # the title is out of sight
    qtbot.keyClicks(title, "X")
    assert title.toPlainText() == "toysX"
    assert bar.value() == 0, "the title typed into stayed out of sight"
    # A key that only moves the cursor (an arrow) brings it back too; a row in sight stays.
    for _notch in range(10):
        turn_wheel(rows.viewport(), 1)
    qtbot.keyClick(title, Qt.Key.Key_Left)
    assert bar.value() == 0
