"""A child's double tap on a cover opens it. Seen on the walk (Xvfb 1024x600, 96 px): two
taps 200 ms apart on a cover said its name and showed what can be done with it, but did
not open it: Qt makes the second of two quick presses a double click, and a double
click's release is not a click, so the shelf heard one tap. A slower second tap opened
it. The second half of a double tap is now the second tap it is."""

from __future__ import annotations

from shelf_helpers import write

from nook.core.library import Library
from nook.ui.shelf.screen import ShelfScreen
from tests.taps import double_tap


def test_a_double_tap_on_a_cover_opens_it(qtbot, shelf_screen: ShelfScreen, library: Library, writer) -> None:
    for number in range(3):
        write(library, library.new_piece(writer.id, "book").id, f"book {number}")
    shelf_screen.reload()
    qtbot.waitUntil(lambda: shelf_screen.model.rowCount() == 3)
    view = shelf_screen.view
    index = view.model().index(1, 0)
    shown = shelf_screen.model.shelf_row(1)
    assert shown is not None
    with qtbot.waitSignal(shelf_screen.piece_opened, timeout=2000) as opened:
        double_tap(view.viewport(), view.visualRect(index).center())
    assert opened.args == [shown.id]
