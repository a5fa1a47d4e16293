"""Enter on an empty last thing of a list waits there: it does not add empty thing after
empty thing.

Seen on the walk (64 px): a child pressing Enter again and again at the end of a list
got a new empty row for each press (Enter, Enter, Enter: three blank rows, each a blank
line in show time and on paper). A thing with words or a picture still gets a new one
after it, and the "add a thing" button still adds one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_keyboard import _open_new, _type, _window

from nook.core.library import Library
from nook.ui.editor.words_edit import WordsEdit


def test_enter_on_an_empty_last_thing_adds_no_more(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library, writer.id)
    _open_new(qtbot, window, "list")
    screen = window.piece_screen
    _type(qtbot, "Zoo\nlion\n\n\n\n")
    screen.flush()
    assert [page.words for page in library.pages(screen.piece_id)] == ["Zoo", "lion", ""]
    focus = QApplication.focusWidget()
    assert isinstance(focus, WordsEdit) and focus.view.state.role == "item" and not focus.toPlainText()
    _type(qtbot, "bear\n")  # typing goes on in the row waiting
    screen.flush()
    assert [page.words for page in library.pages(screen.piece_id)] == ["Zoo", "lion", "bear", ""]
    window.close()


def test_a_thing_with_only_a_picture_still_gets_a_next_one(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library, writer.id)
    _open_new(qtbot, window, "list")
    screen = window.piece_screen
    _type(qtbot, "Zoo\n")
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], Qt.MouseButton.LeftButton)
    sticker = next(iter(screen.sticker_box.sticker_buttons.values()))
    qtbot.mouseClick(sticker, Qt.MouseButton.LeftButton)
    view = screen.current_view
    box = view.layout_spec.picture
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=view.page_rect.topLeft().toPoint() + box.center().toPoint() * view.scale
    )
    assert view.state.items
    view.edits["words"].setFocus()
    _type(qtbot, "\n")
    screen.flush()
    assert len(library.pages(screen.piece_id)) == 3
    window.close()
