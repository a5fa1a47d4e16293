"""Typing lets go of the sticker or photo in hand. Seen on the walk (Xvfb, 1024x600,
Spanish): a child added a photo to their book's cover, then typed on their title: the
photo stayed chosen, its four big handles (bigger, smaller, turn, trash) stood over the
title, and every letter typed went in under them, out of sight. A key typed in a words
box now puts the handles away, so the words are seen as they are typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nook.ui.editor.handles import object_box
from tests.ui.editor.conftest import tap

LEFT = Qt.MouseButton.LeftButton


def test_a_key_typed_puts_the_handles_away(qtbot, library, writer, open_piece) -> None:
    screen = open_piece(library.new_piece(writer.id, "book").id)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    view = screen.current_view
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], LEFT)
    qtbot.mouseClick(screen.sticker_box.sticker_buttons["cat"], LEFT)
    box = view.edits["words"].box.rect  # just under the title: the handles stand over it
    tap(qtbot, view, box.center().x(), box.bottom() + 150)
    assert view.selected == 0 and view.handles.isVisible()
    focus = QApplication.focusWidget()
    assert focus is view.edits["words"]  # the keyboard stayed in the words (a tap leaves it there)
    qtbot.keyClicks(focus, "mi gato")
    assert view.edits["words"].toPlainText() == "mi gato"
    assert view.selected is None and not view.handles.isVisible()
    assert [item["sticker"] for item in view.state.items] == ["cat"]  # let go of, not removed


@pytest.mark.parametrize("size", [64, 96])
def test_the_handles_stand_clear_of_the_words(qtbot, library, writer, open_piece, size) -> None:
    """Seen on the walk (1024x600, Spanish): a sticker put just under the title, chosen,
    had its four handles standing over the title's words until a key was typed: a child
    could not see what she had written. The handles now stand where they hide no words
    (under the sticker here), and still beside the sticker, not on it."""
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[0].id, words="mi gato")
    screen = open_piece(piece.id, size=size)
    screen.resize(1024, 600)
    view = screen.current_view
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], LEFT)
    qtbot.mouseClick(screen.sticker_box.sticker_buttons["cat"], LEFT)
    box = view.edits["words"].box.rect
    tap(qtbot, view, box.center().x(), box.bottom() + 150)
    assert view.selected == 0 and view.handles.isVisible()
    handles = view.handles.geometry()
    for field, edit in view.edits.items():
        assert not handles.intersects(edit.geometry()), f"the handles stand over the {field}"
    sticker = view.to_widget(object_box(view.state.items[0])).toRect()
    assert not handles.intersects(sticker)
    assert view.rect().contains(handles)
