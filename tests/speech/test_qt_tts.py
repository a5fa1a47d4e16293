"""The Windows/macOS voice, driven here by Qt's mock text-to-speech engine."""

from __future__ import annotations

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

pytestmark = pytest.mark.skipif(
    "mock" not in QTextToSpeech.availableEngines(), reason="Qt's mock TTS plugin is not shipped here"
)


@pytest.fixture
def tts_voice(qapp):
    from nook.speech.qt_tts import QtTextToSpeechVoice

    voice = QtTextToSpeechVoice(engine="mock")
    yield voice
    voice.shutdown()
    voice.deleteLater()


def test_words_map_onto_typed_words_in_order(qtbot, tts_voice) -> None:
    text = "My dog, Max, likes ice-cream!"
    words = []
    tts_voice.word.connect(lambda u, s, n: words.append(text[s : s + n]))
    with qtbot.waitSignal(tts_voice.finished, timeout=10000):
        utterance = tts_voice.say(text)
    assert words == ["My", "dog", "Max", "likes", "ice-cream"]
    assert utterance > 0
    assert tts_voice.is_available()


def test_interrupt_finishes_the_old_utterance_without_its_words(qtbot, tts_voice) -> None:
    events = []
    tts_voice.word.connect(lambda u, s, n: events.append(("word", u)))
    tts_voice.finished.connect(lambda u: events.append(("finished", u)))
    first = tts_voice.say("one two three four five six")
    qtbot.waitUntil(lambda: ("word", first) in events, timeout=5000)
    second = tts_voice.say("seven")
    qtbot.waitUntil(lambda: ("finished", second) in events, timeout=10000)
    cut = events.index(("finished", first))
    assert events[cut + 1 :] == [("word", second), ("finished", second)]


def test_voices_by_language_and_rate(tts_voice) -> None:
    english = tts_voice.voices("en")
    assert english and all(v.language.startswith("en") for v in english)
    tts_voice.set_voice(english[-1].id)
    tts_voice.set_rate(1.5)
    tts_voice.set_rate(9)  # clamped, no error
