""" "Read to me" in a book reads every page with words and ends on the last one it read.
Seen on the walk (Xvfb, a new book): the child typed the book's name on the cover and
tapped "Read to me"; the name was read, then the reading turned to the empty page 1 (with
its page-turn sound) and left the child there, the name just heard gone from the screen;
a second tap said there were no words on this page. And a book with a page of only a
picture in the middle stopped there: the pages after it were never read. Now pages with
nothing to say are passed (to the next page that has words) and not turned to at the end."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nook.core.library import Library
from nook.speech.silent import SilentVoice


def _read(qtbot, screen, voice: SilentVoice, heard: list[str]) -> None:
    qtbot.mouseClick(screen.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.reading.reading_piece and len(voice.spoken) >= len(heard), timeout=3000)
    assert voice.spoken == heard


def test_a_new_books_name_is_read_and_the_cover_stays(qtbot, open_piece, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")  # a cover and an empty page 1
    library.update_page(library.pages(piece.id)[0].id, words="my cat tom")
    voice = SilentVoice(word_ms=5)
    screen = open_piece(piece.id, voice=voice)
    _read(qtbot, screen, voice, ["my cat tom"])
    assert screen.index == 0


def test_empty_pages_between_are_passed_and_the_reading_stops_on_the_last_words(
    qtbot, open_piece, library: Library, writer
) -> None:
    piece = library.new_piece(writer.id, "book")
    cover, first = library.pages(piece.id)
    library.update_page(cover.id, words="My cat")
    library.update_page(first.id, words="")  # a picture-only page, say
    library.add_page(piece.id, words="She naps")
    library.add_page(piece.id, words="")
    library.add_page(piece.id, words="  ")
    voice = SilentVoice(word_ms=5)
    screen = open_piece(piece.id, voice=voice)
    _read(qtbot, screen, voice, ["My cat", "She naps"])
    assert screen.index == 2
