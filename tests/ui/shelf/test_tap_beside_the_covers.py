"""A tap beside the covers lets go of the one chosen: its actions go and the filters
and the search come back. Seen on the walk (192 px, Spanish): once a cover was tapped
(or a piece opened and left), the search and the kinds were gone for good; a tap on the
empty shelf beside the cover did nothing, so a child could not look for another piece
without opening this one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from shelf_helpers import tap_cover, write

from nook.core.library import Library
from nook.ui.shelf.screen import ShelfScreen


def test_a_tap_beside_the_covers_brings_the_search_back(qtbot, shelf_screen, library: Library, writer) -> None:
    write(library, library.new_piece(writer.id, "book").id, "My big red bus")
    shelf_screen.reload()
    qtbot.waitUntil(lambda: shelf_screen.model.rowCount() == 1)
    view = shelf_screen.view
    tap_cover(qtbot, view, 0)
    assert shelf_screen.selected_piece_id() is not None
    assert shelf_screen.action_bar.isVisible()
    cover = view.visualRect(view.model().index(0, 0))
    beside = QPoint(view.viewport().width() - 20, cover.center().y())  # the shelf's empty room
    assert not view.indexAt(beside).isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=beside)
    assert shelf_screen.selected_piece_id() is None
    assert not shelf_screen.action_bar.isVisible()


def test_with_the_biggest_buttons_the_search_comes_back(qtbot, nook_app, library: Library, ops, writer, voice) -> None:
    """At 192 px on a netbook the actions stand in the filters' place: letting go of the
    cover is the only way back to the search."""
    write(library, library.new_piece(writer.id, "book").id, "My big red bus")
    screen = ShelfScreen(library, ops, voice, 192, rest_ms=20, search_ms=10)
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_writer(writer.id)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    view = screen.view
    tap_cover(qtbot, view, 0)
    assert screen.action_bar.isVisible() and not screen.search_edit.isVisible()
    cover = view.visualRect(view.model().index(0, 0))
    beside = QPoint(view.viewport().width() - 20, cover.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=beside)
    assert screen.search_edit.isVisible() and not screen.action_bar.isVisible()
