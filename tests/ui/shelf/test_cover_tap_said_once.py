"""A tapped cover says its name once. A child's pointer arrives and presses at once: the
move started the cover's "resting" wait, the tap said the name, and the wait ended a
moment later and said it again over itself ("Sami's b— Sami's book, finished", seen on
the walk with xdotool taps at 96 px). A tap answers the question a rest would ask, as
the talking buttons' own presses do, until the pointer goes to another cover."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from shelf_helpers import write
from test_shelf_screen import move_pointer

from nook.core.library import Library


def test_a_cover_tapped_as_the_pointer_arrives_is_said_once(
    qtbot, shelf_screen, library: Library, writer, voice
) -> None:
    for title in ("My big red bus", "Our cat"):
        write(library, library.new_piece(writer.id, "book").id, title)
    shelf_screen.reload()
    qtbot.waitUntil(shelf_screen.isActiveWindow)
    view = shelf_screen.view
    bus = view.visualRect(view.model().index(0, 0))
    name = shelf_screen.model.shelf_row(0).title
    voice.spoken.clear()
    move_pointer(view.viewport(), bus.center())  # the pointer arrives ...
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=bus.center())  # ... and presses at once
    qtbot.waitUntil(lambda: not shelf_screen.cover_talk.resting, timeout=2000)
    move_pointer(view.viewport(), bus.center() + QPoint(4, 4))  # a wobble on the same cover
    qtbot.waitUntil(lambda: not shelf_screen.cover_talk.resting, timeout=2000)
    assert voice.spoken == [name]
    other = view.visualRect(view.model().index(1, 0))
    move_pointer(view.viewport(), other.center())  # resting on the other cover still says it
    qtbot.waitUntil(lambda: len(voice.spoken) == 2, timeout=2000)
    assert voice.spoken[1] == shelf_screen.model.shelf_row(1).title
