"""Typing after a tap on a picture button lands in the words. Seen under Xvfb: a child
tapped "Read to me", heard the page, and typed on, and the letters went nowhere (the
keyboard had gone to the button beside it); the same after picking the brush or a
colour. A tapped button no longer takes the keyboard from the words; Tab still reaches
every button for a child who uses the keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.editor.words_edit import WordsEdit
from nook.ui.main_window import MainWindow
from tests.ui.editor.conftest import drag


def _window(qtbot, library: Library, writer_id: str) -> MainWindow:
    library.set_state("last_writer", writer_id)
    voice = make_voice("silent")
    voice.word_ms = 1
    window = MainWindow(library, voice)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.mark.parametrize("button_name", ["readAloud", "toolBrush", "colourBlue", "toolSticker", "toolEraser"])
def test_typing_after_a_tap_lands_in_the_words(qtbot, nook_app, library: Library, writer, button_name) -> None:
    window = _window(qtbot, library, writer.id)
    qtbot.mouseClick(window.shelf_screen.new_buttons["book"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.piece_screen is not None and window.piece_screen.isVisible())
    screen = window.piece_screen
    assert screen is not None
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), WordsEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "my ")
    button = screen.findChild(QAbstractButton, button_name)
    assert button is not None and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if button_name == "readAloud":
        qtbot.waitUntil(lambda: screen.read_button.isVisible())  # read to the end
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, "dog")  # where the keyboard really is
    screen.flush()
    # Reading the book's name ends on the cover (the page after it is empty): the child
    # types on where the reading ended, as after any other button.
    assert [page.words for page in library.pages(screen.piece_id)] == ["my dog", ""]
    window.close()


def test_tab_still_reaches_the_buttons(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library, writer.id)
    qtbot.mouseClick(window.shelf_screen.new_buttons["book"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.piece_screen is not None and window.piece_screen.isVisible())
    screen = window.piece_screen
    assert screen is not None
    assert screen.read_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    screen.read_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is screen.read_button
    window.close()


def test_typing_after_drawing_lands_in_the_words(qtbot, nook_app, library: Library, writer) -> None:
    """A child draws the picture first, then types: the letters went nowhere (the page's
    picture had taken the keyboard)."""
    window = _window(qtbot, library, writer.id)
    qtbot.mouseClick(window.shelf_screen.new_buttons["book"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.piece_screen is not None and window.piece_screen.isVisible())
    screen = window.piece_screen
    assert screen is not None and screen.current_view is not None
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), WordsEdit))
    view = screen.current_view
    area = view.layout_spec.picture
    x, y, w, h = area.x(), area.y(), area.width(), area.height()
    drag(qtbot, view, [(x + w * 0.2, y + h * 0.3), (x + w * 0.5, y + h * 0.6), (x + w * 0.8, y + h * 0.3)])
    screen.flush()
    assert view.state.items, "the line was drawn"
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, "sun")
    screen.flush()
    assert library.pages(screen.piece_id)[0].words == "sun"
    window.close()
