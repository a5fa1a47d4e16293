""" "Read to me" in show time on a page with no words answers the child as the editor
does (the oops sound, the bubble, and "There are no words on this page yet." said).
Seen by hand: on a sign with only a drawing the button turned to "Stop reading" for
four seconds of silence (recorded from the null sink: nothing), and turned back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.show_time.screen import ShowTime

NO_WORDS = "There are no words on this page yet."


@pytest.fixture
def show_of(library: Library, qtbot, nook_app):
    def opener(piece_id: str, voice: SilentVoice) -> ShowTime:
        show = ShowTime(library, piece_id, voice, picture_page_ms=20, after_reading_ms=20)
        qtbot.addWidget(show)
        show.resize(1000, 700)
        show.show()
        qtbot.waitExposed(show)
        return show

    return opener


def test_read_to_me_on_an_empty_page_says_there_are_no_words(qtbot, show_of, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "sign")
    voice = SilentVoice(word_ms=5)
    show = show_of(piece.id, voice)
    qtbot.mouseClick(show.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: voice.spoken == [NO_WORDS], timeout=3000)
    assert show.oops_bubble.isVisible() and show.oops_bubble.message.text() == NO_WORDS
    assert show.sounds.played == ["oops"]
    assert not show.reading and show.read_button.accessibleName() == "Read to me"


def test_an_empty_page_before_words_reads_on_to_them(qtbot, show_of, library: Library, writer) -> None:
    """As in the editor: from an empty page reading turns on to a later page with words."""
    piece = library.new_piece(writer.id, "book")
    library.add_page(piece.id, words="My cat")
    voice = SilentVoice(word_ms=5)
    show = show_of(piece.id, voice)
    show.go_to(1)  # the empty page after the cover
    qtbot.mouseClick(show.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: voice.spoken == ["My cat"], timeout=3000)
    assert show.index == 2 and show.sounds.played == []


def test_a_double_tap_on_an_empty_page_says_so_once_whole(qtbot, show_of, library: Library, writer) -> None:
    """A child taps twice: the second tap said it again over itself ("There are no-There
    are no words...", as the word wall's words were heard)."""
    piece = library.new_piece(writer.id, "sign")
    voice = SilentVoice(word_ms=150)  # still being said at the second tap
    show = show_of(piece.id, voice)
    qtbot.mouseClick(show.read_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(show.read_button, Qt.MouseButton.LeftButton)
    assert voice.spoken == [NO_WORDS] and voice.is_speaking()
    assert show.oops_bubble.isVisible() and not show.reading
