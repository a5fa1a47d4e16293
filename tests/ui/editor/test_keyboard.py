"""The keyboard as a child uses it: typing lands in the words box the moment a piece
opens, and Enter and Tab move on to the next part instead of typing into the wrong one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.editor.words_edit import WordsEdit
from nook.ui.main_window import MainWindow


def _window(qtbot, library: Library, writer_id: str) -> MainWindow:
    library.set_state("last_writer", writer_id)
    window = MainWindow(library, make_voice("silent"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _type(qtbot, text: str) -> None:
    """Type where the keyboard really is, as a child's fingers do."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None, f"nowhere to type {char!r}"
        if char == "\n":
            qtbot.keyClick(target, Qt.Key.Key_Return)
        elif char == "\t":
            qtbot.keyClick(target, Qt.Key.Key_Tab)
        else:
            qtbot.keyClicks(target, char)


def _open_new(qtbot, window: MainWindow, kind: str) -> None:
    qtbot.mouseClick(window.shelf_screen.new_buttons[kind], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.piece_screen is not None and window.piece_screen.isVisible())


def _texts(library: Library, piece_id: str) -> list[tuple[str, dict]]:
    library_pages = library.pages(piece_id)
    return [(page.words, dict(page.extras)) for page in library_pages]


@pytest.mark.parametrize("kind", ["book", "list", "sign", "letter"])
def test_typing_right_after_a_new_piece_lands_in_its_words(qtbot, nook_app, library: Library, writer, kind) -> None:
    window = _window(qtbot, library, writer.id)
    _open_new(qtbot, window, kind)
    _type(qtbot, "cat")
    screen = window.piece_screen
    assert screen is not None
    assert isinstance(QApplication.focusWidget(), WordsEdit)
    screen.flush()
    typed = [words for words, extras in _texts(library, screen.piece_id)] + [
        str(v) for _, extras in _texts(library, screen.piece_id) for v in extras.values()
    ]
    assert any("cat" in text for text in typed), typed
    window.close()


def test_a_reopened_piece_takes_the_keyboard_too(qtbot, nook_app, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "sign")
    library.set_state(f"last_piece:{writer.id}", piece.id)
    window = _window(qtbot, library, writer.id)
    qtbot.waitUntil(lambda: window.piece_screen is not None and window.piece_screen.isVisible())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), WordsEdit))
    _type(qtbot, "stop")
    window.piece_screen.flush()
    assert library.pages(piece.id)[0].words == "stop"
    window.close()


def test_enter_after_the_greeting_goes_to_the_letter_body(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library, writer.id)
    _open_new(qtbot, window, "letter")
    focus = QApplication.focusWidget()
    assert isinstance(focus, WordsEdit)
    # The child starts where the letter starts: the greeting.
    assert focus.box.field == "greeting", focus.box.field
    _type(qtbot, "Gran\nI love you\t")
    landed = QApplication.focusWidget()
    assert isinstance(landed, WordsEdit) and landed.box.field == "closing"  # Tab moved on
    screen = window.piece_screen
    screen.flush()
    page = library.pages(screen.piece_id)[0]
    assert page.extras.get("greeting") == "Dear Gran"
    assert page.words == "I love you"
    assert "\t" not in page.words
    window.close()


def test_enter_in_a_list_title_starts_the_first_item(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library, writer.id)
    _open_new(qtbot, window, "list")
    _type(qtbot, "Zoo\nlion\ntiger\nbear")
    screen = window.piece_screen
    screen.flush()
    words = [page.words for page in library.pages(screen.piece_id)]
    assert words[:4] == ["Zoo", "lion", "tiger", "bear"], words
    window.close()


@pytest.mark.parametrize("kind", ["book", "sign"])
def test_tab_never_types_a_tab(qtbot, nook_app, library: Library, writer, kind) -> None:
    window = _window(qtbot, library, writer.id)
    _open_new(qtbot, window, kind)
    _type(qtbot, "a\tb")
    screen = window.piece_screen
    screen.flush()
    for page in library.pages(screen.piece_id):
        assert "\t" not in page.words
        assert all("\t" not in str(v) for v in page.extras.values())
    window.close()


def test_who_is_writing_starts_on_the_writers_not_the_grown_ups(qtbot, nook_app, library: Library, writer) -> None:
    library.add_writer("Leo", "cat")
    window = MainWindow(library, make_voice("silent"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = QApplication.focusWidget()
    assert focus is not None and focus.isVisible()
    assert focus.accessibleName() == "Maya", focus.accessibleName()
    window.close()


def test_the_shelf_starts_on_something_with_a_name(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library, writer.id)
    focus = QApplication.focusWidget()
    assert focus is not None and focus.isVisible() and focus.accessibleName(), focus
    assert focus is window.shelf_screen.new_buttons["book"]
    window.close()
