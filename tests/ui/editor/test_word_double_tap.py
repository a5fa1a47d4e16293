"""A child's double tap on their own word puts the cursor there; it does not choose the
word. Seen on the walk (Xvfb 1024x600, 96 px, Spanish): two taps 200 ms apart on
"elefante" in "mi elefante" lit the whole word (Qt's double click chooses a word), and
the next letter the child typed replaced it: "mi s". The second tap is a tap again,
and the word said at the first tap is not said over itself."""

from __future__ import annotations

from nook.speech.silent import SilentVoice
from tests.taps import double_tap


def test_a_double_tap_on_a_word_then_a_letter_keeps_the_word(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="mi elefante")
    voice = SilentVoice(word_ms=150)
    screen = open_piece(piece.id, voice=voice)
    edit = screen.current_edit
    assert edit is not None and edit.toPlainText() == "mi elefante"
    cursor = edit.textCursor()
    cursor.setPosition(len("mi elefan"))
    double_tap(edit.viewport(), edit.cursorRect(cursor).center())
    assert not edit.textCursor().hasSelection(), "the double tap chose the whole word"
    qtbot.keyClicks(edit, "s")
    assert edit.toPlainText().replace("s", "") == "mi elefante"
    assert voice.spoken == ["elefante"]  # said at the first tap, once
