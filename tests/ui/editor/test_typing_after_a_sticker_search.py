"""After finding a sticker by its name, the child's words go on the page again.

Seen on the walk (64 px): a child typed "dog" into the sticker box's search, tapped the
dog and put it on the page, then typed "my dog": the words went into the search ("dog
my dog"), which then found nothing, and nothing appeared on the page. Choosing a
sticker ends the search: the keyboard goes back to the words box it came from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_keyboard import _open_new, _type, _window

from nook.core.library import Library
from nook.ui.editor.words_edit import WordsEdit


def test_words_typed_after_a_searched_sticker_go_on_the_page(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library, writer.id)
    _open_new(qtbot, window, "book")
    screen = window.piece_screen
    _type(qtbot, "Rex ")
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], Qt.MouseButton.LeftButton)
    box = screen.sticker_box
    qtbot.mouseClick(box.search, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is box.search
    _type(qtbot, "dog")
    dog = next(button for button in box.sticker_buttons.values() if button.isVisible())
    qtbot.mouseClick(dog, Qt.MouseButton.LeftButton)
    view = screen.current_view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.page_rect.center().toPoint())  # the dog on the page
    _type(qtbot, "my dog")
    assert box.search.text() == "dog"
    focus = QApplication.focusWidget()
    assert isinstance(focus, WordsEdit)
    screen.flush()
    assert library.pages(screen.piece_id)[0].words == "Rex my dog"
    window.close()
