"""Show time reads on through pages whose words end in a full stop, a "!" or a "?".

The voice reports typed words, punctuation left out: the last word heard on "Tom naps."
ends one letter before the text does. That is the page read to its end, not a page cut
short by someone else speaking; show time stopped after the first such page."""

from __future__ import annotations

import pytest

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.show_time.screen import ShowTime


@pytest.mark.parametrize("ending", [".", "!", "?", "...", "!\n\n", " :)"])
def test_a_page_ending_in_punctuation_reads_on_to_the_next(qtbot, library: Library, writer, ending: str) -> None:
    piece = library.new_piece(writer.id, "book")
    cover, first = library.pages(piece.id)
    library.update_page(cover.id, words="My cat Tom")
    library.update_page(first.id, words=f"Tom is big{ending}")
    library.add_page(piece.id, words="The end")
    voice = make_voice("silent")
    voice.word_ms = 5
    show = ShowTime(library, piece.id, voice, after_reading_ms=10, picture_page_ms=10)
    qtbot.addWidget(show)
    turned: list[int] = []
    show.page_changed.connect(turned.append)
    show.present()
    qtbot.waitUntil(lambda: not show.reading, timeout=5000)
    assert turned == [1, 2]
    assert voice.spoken == ["My cat Tom\n\nby Maya", f"Tom is big{ending}".rstrip(), "The end"]
    voice.shutdown()
