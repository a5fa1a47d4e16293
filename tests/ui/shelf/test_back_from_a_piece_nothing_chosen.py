"""Back on the shelf from a piece, no cover is chosen: the filters are where they were.
Seen on the walk (Xvfb 1024x600, 96 px, Spanish): a child opened her book from the
shelf (tap, tap), wrote, and went back to the shelf. Her book was still chosen, and on
a netbook a chosen cover's actions stand in the filters' place; she tapped where the
star ("Finished ones") had been and made a copy of her book ("Make another like this");
where the magnifier (search) had been is "Put in the trash". Opening a piece, or its
show time, lets go of the chosen cover."""

from __future__ import annotations

from PySide6.QtCore import QRect

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow


def test_back_from_a_piece_the_filters_are_where_they_were(qtbot, nook_app, library: Library, writer) -> None:
    library.set_setting("button_size", 192)
    book = library.new_piece(writer.id, "book")
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    shelf = window.shelf_screen
    page = shelf.shelf_page
    assert page.filter_row.isVisible()
    first = shelf.view.model().index(0, 0)
    shelf.tap(first)  # says its name, shows what can be done with it
    assert shelf.selected_piece_id() == book.id and page.actions_above and not page.filter_row.isVisible()
    with qtbot.waitSignal(shelf.piece_opened):
        shelf.tap(first)  # the second tap opens it
    assert window.piece_screen is not None
    window.show_shelf(writer.id)  # "my shelf", as the child's tap on it does
    assert shelf.selected_piece_id() is None
    assert page.filter_row.isVisible() and not page.action_bar.isVisible()
    window.close()
