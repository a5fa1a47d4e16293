""" "Read to me" on a page with no words answers the child. Seen on the walk: a child
tapped it on a new book's empty cover and heard nothing and saw nothing, so could not
tell a broken button from an empty page. Now the app says (and shows, in the oops
bubble) that there are no words yet, in the writer's language, and the page stays."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.language import LanguageSwitch

NO_WORDS = "There are no words on this page yet."


def test_read_to_me_on_an_empty_page_says_there_are_no_words(qtbot, open_piece, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    voice = SilentVoice(word_ms=5)
    screen = open_piece(piece.id, voice=voice)
    qtbot.mouseClick(screen.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: voice.spoken == [NO_WORDS], timeout=3000)
    bubble = screen.oops_bubble
    assert bubble.isVisible() and bubble.message.text() == NO_WORDS
    assert screen.read_button.isVisible() and not screen.stop_button.isVisible()


def test_an_empty_book_end_is_told_and_the_page_stays(qtbot, open_piece, library: Library, writer) -> None:
    """Reading from an empty page turns on to later pages with words; with none there,
    the child hears why and is left on the page they were on (not the last one)."""
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[0].id, words="My cat")
    library.add_page(piece.id, words="")
    library.add_page(piece.id, words="")
    voice = SilentVoice(word_ms=5)
    screen = open_piece(piece.id, voice=voice)
    screen.go_to(1)
    qtbot.mouseClick(screen.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: voice.spoken == [NO_WORDS], timeout=3000)
    assert screen.index == 1


def test_a_page_with_words_is_read_without_the_message(qtbot, open_piece, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[0].id, words="My cat")
    voice = SilentVoice(word_ms=5)
    screen = open_piece(piece.id, voice=voice)
    qtbot.mouseClick(screen.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.read_button.isVisible() and voice.spoken == ["My cat"], timeout=3000)
    assert screen._oops_bubble is None or not screen.oops_bubble.isVisible()


def test_a_spanish_writer_hears_it_in_spanish(qtbot, open_piece, library: Library, writer) -> None:
    """An empty list (its title and first thing empty), the app in the writer's Spanish."""
    library.set_setting("language", "es", writer.id)
    piece = library.new_piece(writer.id, "list")
    voice = SilentVoice(word_ms=5)
    switch = LanguageSwitch.shared()
    switch.use("es")  # as the window does for a Spanish writer
    try:
        screen = open_piece(piece.id, voice=voice)
        qtbot.mouseClick(screen.read_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(voice.spoken) == 1, timeout=3000)
        assert voice.spoken == ["Todavía no hay palabras en esta página."]
        assert screen.oops_bubble.message.text() == voice.spoken[0]
    finally:
        switch.use("en")
