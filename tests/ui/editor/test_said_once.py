"""A doubled tap on a word of the word wall or on a sticker says its name once, whole.

Seen on the walk (Xvfb, sound recorded from the null sink): a five-year-old taps twice,
200 ms apart; each tap said the name again over itself, so "naranja" was heard as
"na-naranja" and "manzana verde" as "man-manzana verde" (the first cut after 0.3 s).
The second tap still does what a tap does (the word goes in twice, the sticker stays
chosen); only the name already being said is not started again. Once it has been heard
to its end, a tap says it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from nook.core import word_wall
from nook.speech.silent import SilentVoice


def test_a_doubled_tap_on_a_word_says_it_once_and_puts_it_in_twice(qtbot, library, writer, open_piece) -> None:
    bank = word_wall.add_bank(library, "Colours", "")
    word_wall.add_word(library, bank.id, "orange", "")
    voice = SilentVoice(word_ms=150)  # a word heard for a while, as a real voice's is
    screen = open_piece(library.new_piece(writer.id, "book").id, voice=voice)
    screen.toggle_word_wall()
    screen.word_wall.show_bank(bank.id)
    button = screen.word_wall.word_buttons[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert screen.current_edit.toPlainText().split() == ["orange", "orange"]
    assert voice.spoken == ["orange"]
    qtbot.waitUntil(lambda: not voice.is_speaking())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert voice.spoken == ["orange", "orange"]


def test_a_doubled_tap_on_a_sticker_says_its_name_once(qtbot, library, writer, open_piece) -> None:
    voice = SilentVoice(word_ms=150)
    screen = open_piece(library.new_piece(writer.id, "book").id, voice=voice)
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], Qt.MouseButton.LeftButton)
    buttons = screen.sticker_box.sticker_buttons
    first, second = list(buttons)[:2]
    qtbot.mouseClick(buttons[first], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons[first], Qt.MouseButton.LeftButton)
    assert screen.tools.sticker == first and len(voice.spoken) == 1
    # Another sticker is another name: said at once, as before.
    qtbot.mouseClick(buttons[second], Qt.MouseButton.LeftButton)
    assert screen.tools.sticker == second and len(voice.spoken) == 2 and voice.spoken[0] != voice.spoken[1]
