"""Read aloud, tap a word, interruption and typing echo, with the silent engine."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from nook.ui.editor.read_aloud import ReadAloud, TypingEcho, is_read_aloud_selection


def lit_words(edit) -> list[str]:
    return [s.cursor.selectedText() for s in edit.extraSelections() if is_read_aloud_selection(s)]


@pytest.mark.parametrize("edit_class", [QTextEdit, QPlainTextEdit])
def test_highlight_moves_through_the_words_in_order(qtbot, silent_voice, edit_class) -> None:
    edit = edit_class()
    qtbot.addWidget(edit)
    edit.setPlainText("My cat is big. She likes ice-cream!")
    reader = ReadAloud(silent_voice)
    seen: list[list[str]] = []
    silent_voice.word.connect(lambda *_: seen.append(lit_words(edit)))
    with qtbot.waitSignal(reader.finished_reading, timeout=3000):
        reader.read(edit)
    assert seen == [["My"], ["cat"], ["is"], ["big"], ["She"], ["likes"], ["ice-cream"]]
    assert lit_words(edit) == []  # cleared when finished
    assert silent_voice.spoken == ["My cat is big. She likes ice-cream!"]


def test_highlight_keeps_other_extra_selections_and_clears_on_stop(qtbot, silent_voice) -> None:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("one two three four")
    other = QTextEdit.ExtraSelection()
    other.cursor = edit.textCursor()
    edit.setExtraSelections([other])
    reader = ReadAloud(silent_voice)
    # What is lit as each word is heard (the reader's own handler runs first), recorded
    # by the signal itself, so a busy machine cannot make the test miss a short word.
    seen: list[tuple[list[str], int]] = []
    silent_voice.word.connect(lambda *_: seen.append((lit_words(edit), len(edit.extraSelections()))))
    silent_voice.word_ms = 400
    reader.read(edit)
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=5000)
    assert seen[:2] == [(["one"], 2), (["two"], 2)]
    with qtbot.waitSignal(reader.finished_reading, timeout=1000):
        reader.stop()
    assert lit_words(edit) == []
    assert len(edit.extraSelections()) == 1
    assert not reader.reading


def test_tap_a_word_speaks_just_that_word(qtbot, silent_voice) -> None:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("I saw a dinosaur!")
    reader = ReadAloud(silent_voice)
    seen = []
    silent_voice.word.connect(lambda *_: seen.append(lit_words(edit)))
    with qtbot.waitSignal(reader.finished_reading, timeout=3000):
        assert reader.speak_word_at(edit, 10) > 0
    assert silent_voice.spoken == ["dinosaur"]
    assert seen == [["dinosaur"]]
    edit.setPlainText("a  b")
    assert reader.speak_word_at(edit, 2) == 0  # between words: nothing to say
    assert silent_voice.spoken == ["dinosaur"]


def test_a_new_request_interrupts_the_old_one(qtbot, silent_voice) -> None:
    silent_voice.word_ms = 30
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("one two three four five six seven")
    reader = ReadAloud(silent_voice)
    log: list[tuple] = []
    silent_voice.word.connect(lambda u, s, n: log.append(("word", u, edit.toPlainText()[s : s + n])))
    silent_voice.finished.connect(lambda u: log.append(("finished", u)))
    first = reader.read(edit)
    qtbot.waitUntil(lambda: ("word", first, "two") in log, timeout=3000)
    second = reader.speak_word_at(edit, 26)  # "six"
    qtbot.waitUntil(lambda: ("finished", second) in log, timeout=3000)
    assert second != first
    assert log.count(("finished", first)) == 1
    after = log[log.index(("finished", first)) + 1 :]
    assert [entry for entry in after if entry[0] == "word"] == [("word", second, "one")]
    assert silent_voice.spoken[-1] == "six"  # word offsets are into the text said
    assert log.count(("finished", second)) == 1


def test_voice_say_interrupts_directly(qtbot, silent_voice) -> None:
    events = []
    silent_voice.word.connect(lambda u, s, n: events.append(("word", u)))
    silent_voice.finished.connect(lambda u: events.append(("finished", u)))
    first = silent_voice.say("a b c d e f g h")
    qtbot.waitUntil(lambda: ("word", first) in events, timeout=2000)
    second = silent_voice.say("x y")
    qtbot.waitUntil(lambda: ("finished", second) in events, timeout=2000)
    cut = events.index(("finished", first))
    assert all(u == second for kind, u in events[cut + 1 :])
    assert [kind for kind, u in events[cut + 1 :]] == ["word", "word", "finished"]


def type_into(qtbot, edit, text: str) -> None:
    for ch in text:
        if ch == " ":
            qtbot.keyClick(edit, Qt.Key.Key_Space)
        else:
            qtbot.keyClicks(edit, ch)


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({"echo_letters": True}, ["i", "l", "i", "k", "e", "c", "a", "t", "s"]),
        ({"echo_words": True}, ["I", "like", "cats"]),
        ({"echo_sentences": True}, ["I like cats."]),
        ({"echo_letters": True, "echo_words": True, "echo_sentences": True},
         ["i", "I", "l", "i", "k", "e", "like", "c", "a", "t", "s", "I like cats."]),
        ({}, []),
    ],
)  # fmt: skip
def test_typing_echo_says_letters_words_and_sentences_as_set(qtbot, silent_voice, settings, expected) -> None:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    echo = TypingEcho(silent_voice, lambda: settings)
    echo.attach(edit)
    type_into(qtbot, edit, "I like cats.")
    assert edit.toPlainText() == "I like cats."
    assert silent_voice.spoken == expected


def test_typing_echo_reads_settings_at_each_keystroke(qtbot, silent_voice) -> None:
    settings = {"echo_letters": False}
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    TypingEcho(silent_voice, lambda: settings).attach(edit)
    qtbot.keyClicks(edit, "ab")
    settings["echo_letters"] = True
    qtbot.keyClicks(edit, "c")
    edit.setPlainText("a pasted page of words.")  # not typing: not echoed
    assert silent_voice.spoken == ["c"]


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({"echo_words": True}, ["big", "It", "is", "red", "Yes"]),
        ({"echo_sentences": True}, ["big.", "It is red!", "Yes?"]),
        ({"echo_words": True, "echo_sentences": True}, ["big.", "It", "is", "It is red!", "Yes?"]),
    ],
)  # fmt: skip
def test_a_word_ending_a_sentence_is_said_once_when_the_child_types_on(qtbot, silent_voice, settings, expected) -> None:
    """A child types on after a full stop: the space after "big." does not say "big" again
    (seen on the walk: "the cat is big. " said "big" twice, the second cutting the first)."""
    edit = QTextEdit()
    qtbot.addWidget(edit)
    TypingEcho(silent_voice, lambda: settings).attach(edit)
    type_into(qtbot, edit, "big. It is red!  Yes? ")
    assert edit.toPlainText() == "big. It is red!  Yes? "
    assert silent_voice.spoken == expected
