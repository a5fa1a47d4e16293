""" "Add a thing to the list" takes the child into the last thing while it is still blank.
Seen on the walk (Xvfb, 96 px): a child made a new list, typed its name and tapped "Add a
thing" to write the first thing; a new row came under the blank one the list starts with,
and the finished list kept a blank row (an empty tick box in show time and on paper)
between its name and "dog". Enter had been fixed the same way: a blank last thing is
where the next words go. A thing with words, a picture or the child's voice still gets
a new one after it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from nook.core.library import Library
from nook.ui.editor.words_edit import WordsEdit
from tests.ui.editor.conftest import drag


def _type_where_the_keyboard_is(qtbot, text: str) -> None:
    target = QApplication.focusWidget()
    assert isinstance(target, WordsEdit)
    qtbot.keyClicks(target, text)


def test_add_a_thing_on_a_new_list_goes_into_its_blank_first_thing(qtbot, open_piece, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "list")  # its name and a blank first thing
    screen = open_piece(piece.id)
    screen.activateWindow()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), WordsEdit))
    add = screen.findChild(QWidget, "addItem")
    _type_where_the_keyboard_is(qtbot, "my pets")
    for thing in ("dog", "cat"):
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        _type_where_the_keyboard_is(qtbot, thing)
    screen.flush()
    assert [page.words for page in library.pages(piece.id)] == ["my pets", "dog", "cat"]
    assert screen.index == 2  # the tools act on the thing being written


def test_a_thing_with_only_a_picture_still_gets_a_next_one(qtbot, open_piece, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "list")
    screen = open_piece(piece.id)
    drag(qtbot, screen.views[1], [(1250, 100), (1500, 300)])  # a little picture drawn in the first thing
    assert screen.views[1].state.items
    qtbot.mouseClick(screen.findChild(QWidget, "addItem"), Qt.MouseButton.LeftButton)
    assert len(screen.views) == 3
    screen.flush()
    assert len(library.pages(piece.id)) == 3
