"""A cover's second tap, where the first one was, opens it. Seen on the walk (Xvfb,
1280x800, 64 px, a shelf of 31 books): a child tapped a cover in the bottom row near its
lower edge (the first tap says its name and shows the actions), then tapped again on the
same spot to open it, as the shelf asks. The first tap had brought the actions in under
the covers, the covers' room shrank and the shelf scrolled them up 79 px: the second tap
landed on "Make another like this" and the book was copied (near "Put in the trash" it
would have been thrown away). Choosing a cover no longer moves anything: the actions'
room is kept under the covers while none is chosen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from shelf_helpers import write

from nook.core.library import Library
from nook.ui.shelf.screen import ShelfScreen


def _tap_screen_point(qtbot, window: QWidget, point: QPoint) -> None:
    """A tap on whatever is at this point of the window now."""
    widget = window.childAt(window.mapFromGlobal(point)) or window
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.mapFromGlobal(point))


def _settle(view) -> None:
    """Let the page lay itself out again now, as the next turns of the event loop would."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
    view.executeDelayedItemsLayout()


def test_a_second_tap_on_a_bottom_cover_opens_it(qtbot, shelf_screen: ShelfScreen, library: Library, writer) -> None:
    for number in range(30):
        write(library, library.new_piece(writer.id, "book").id, f"book {number}")
    shelf_screen.reload()
    qtbot.waitUntil(lambda: shelf_screen.model.rowCount() == 30)
    view = shelf_screen.view
    seen = view.viewport().rect()
    # The last cover seen whole, and a point near its lower edge.
    row = max(r for r in range(30) if seen.contains(view.visualRect(view.model().index(r, 0))))
    index = view.model().index(row, 0)
    place = view.visualRect(index)
    point = view.viewport().mapToGlobal(QPoint(place.center().x(), place.bottom() - 6))
    shown = shelf_screen.model.shelf_row(row)
    assert shown is not None
    piece_id = shown.id
    room = view.viewport().height()

    _tap_screen_point(qtbot, shelf_screen.window(), point)  # says its name, shows what can be done with it
    assert shelf_screen.selected_piece_id() == piece_id and shelf_screen.action_bar.isVisible()
    _settle(view)
    assert view.viewport().height() == room, "the covers' room shrank under the finger"
    assert view.visualRect(index) == place, "the chosen cover moved under the finger"

    with qtbot.waitSignal(shelf_screen.piece_opened, timeout=2000) as opened:
        _tap_screen_point(qtbot, shelf_screen.window(), point)
    assert opened.args == [piece_id]
    assert len(library.pieces(writer.id)) == 30  # nothing copied, nothing thrown away


def test_no_cover_is_half_seen_and_the_arrow_keys_bring_one_into_sight(
    qtbot, shelf_screen: ShelfScreen, library: Library, writer
) -> None:
    """Seen on the walk too: a cover in the row cut by the shelf's lower edge, tapped
    once, went up 79 px a moment later (Qt scrolls a clicked item whole into sight after
    the double-click time), so a child's second tap on it landed on another cover's name
    or on nothing. Qt's scroll stays off, and the covers' area now ends after its last
    whole row (test_shelf_whole_rows.py), so no cover is half seen to be tapped. The
    arrow keys still bring a cover into sight, whole."""
    for number in range(30):
        write(library, library.new_piece(writer.id, "book").id, f"book {number}")
    shelf_screen.reload()
    qtbot.waitUntil(lambda: shelf_screen.model.rowCount() == 30)
    view = shelf_screen.view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)

    def half_seen() -> list[int]:
        seen = view.viewport().rect()
        rects = [view.visualRect(view.model().index(r, 0)) for r in range(30)]
        return [r for r, rect in enumerate(rects) if rect.intersects(seen) and not seen.contains(rect)]

    qtbot.waitUntil(lambda: half_seen() == [])
    assert not view.hasAutoScroll()

    # A child who uses the keyboard: the cover the arrow keys choose comes into sight.
    bar.setValue(0)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    for _row in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualRect(view.currentIndex())))
    assert bar.value() > 0 and half_seen() == []
