"""The app's voice exists before its engine: speaking before, then through the engine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QTextEdit

from nook.speech import ForwardingVoice, Voice
from nook.speech.silent import SilentVoice
from nook.speech.voice import VoiceInfo
from nook.ui.editor.read_aloud import ReadAloud


@pytest.fixture
def voice(qapp) -> Iterator[ForwardingVoice]:
    voice = ForwardingVoice()
    yield voice
    voice.shutdown()
    voice.deleteLater()


def record(voice: Voice) -> list[tuple[str, int]]:
    heard: list[tuple[str, int]] = []
    voice.started.connect(lambda u: heard.append(("started", u)))
    voice.word.connect(lambda u, _start, _length: heard.append(("word", u)))
    voice.finished.connect(lambda u: heard.append(("finished", u)))
    return heard


def test_before_the_engine_a_phrase_is_over_at_once_and_unheard(qtbot, voice: ForwardingVoice) -> None:
    heard = record(voice)
    assert not voice.is_ready() and not voice.is_available()
    assert voice.unavailable_reason() == "No voice is connected."
    with qtbot.waitSignal(voice.finished, timeout=1000) as finished:
        utterance = voice.say("Read to me")
    assert finished.args == [utterance]
    assert heard == [("finished", utterance)]  # never started: nothing was heard
    engine = SilentVoice(word_ms=1)
    voice.attach(engine)
    assert engine.spoken == []  # what was said before the engine is not said late


def test_after_the_engine_comes_every_phrase_goes_through_it(qtbot, voice: ForwardingVoice) -> None:
    voice.set_rate(0.6)
    voice.set_voice("silent-en")
    early = voice.say("too soon")
    engine = SilentVoice(word_ms=1)
    with qtbot.waitSignal(voice.ready, timeout=1000):
        voice.attach(engine)
    assert voice.is_ready() and voice.is_available() and voice.unavailable_reason() == ""
    assert (engine.rate, engine.voice_id) == (0.6, "silent-en")  # settings made before it came
    heard = record(voice)
    with qtbot.waitSignal(voice.finished, timeout=3000):
        utterance = voice.say("one two")
    assert utterance != early  # ids never repeat, before and after the engine
    assert engine.spoken == ["one two"]
    assert heard == [("started", utterance), ("word", utterance), ("word", utterance), ("finished", utterance)]
    voice.set_rate(1.3)
    assert engine.rate == 1.3


def test_a_new_phrase_interrupts_the_one_being_said(qtbot, voice: ForwardingVoice) -> None:
    engine = SilentVoice(word_ms=200)
    voice.attach(engine)
    heard = record(voice)
    first = voice.say("a long sentence to be cut short")
    qtbot.waitUntil(lambda: ("started", first) in heard, timeout=2000)
    with qtbot.waitSignal(voice.finished, check_params_cb=lambda u: u != first, timeout=5000):
        second = voice.say("hi")
    assert heard.index(("finished", first)) < heard.index(("started", second))
    assert heard.count(("finished", first)) == 1


def test_read_aloud_built_before_the_engine_lights_words_after_it(qtbot, voice: ForwardingVoice) -> None:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("My cat")
    reader = ReadAloud(voice)  # built with the window, before the engine
    voice.attach(SilentVoice(word_ms=1))
    lit: list[str] = []
    voice.word.connect(lambda *_: lit.extend(s.cursor.selectedText() for s in edit.extraSelections()))
    with qtbot.waitSignal(reader.finished_reading, timeout=3000):
        reader.read(edit)
    assert lit == ["My", "cat"]


def test_an_engine_comes_only_once(voice: ForwardingVoice) -> None:
    voice.attach(SilentVoice())
    with pytest.raises(RuntimeError):
        voice.attach(SilentVoice())


class TwoLanguages(SilentVoice):
    """An engine with an English and two Spanish voices, its preferred Spanish first."""

    VOICES = {"en": ["en-a", "en-b"], "es": ["es-419", "es-es"]}

    def voices(self, language: str = "en") -> list[VoiceInfo]:
        return [VoiceInfo(v, v, language) for v in self.VOICES.get(language, [])]


def test_the_voice_follows_the_language_and_keeps_a_grown_ups_choice_where_it_fits(
    qtbot, voice: ForwardingVoice
) -> None:
    engine = TwoLanguages(word_ms=1)
    voice.set_voice("en-b")  # a grown-up's choice
    voice.attach(engine)
    assert engine.voice_id == "en-b"
    voice.set_language("es")
    assert (voice.language, engine.voice_id) == ("es", "es-419")  # the choice is English: Spanish's own
    voice.set_voice("es-es")
    assert engine.voice_id == "es-es"
    voice.set_language("en")
    assert engine.voice_id == "en-a"
    voice.set_language("vi")  # no voice for it here: the chosen one goes on speaking
    assert engine.voice_id == "es-es"


def test_a_language_says_its_own_name_in_its_own_voice_once(qtbot, voice: ForwardingVoice) -> None:
    engine = TwoLanguages(word_ms=1)
    voice.attach(engine)
    with qtbot.waitSignal(voice.finished, timeout=3000):
        voice.say("Español", "es")  # one way to speak: the text and the language it is in
    assert voice.language == "en" and engine.voice_id == "en-a"  # nothing was switched
    with qtbot.waitSignal(voice.finished, timeout=3000):
        voice.say("English")
    assert list(zip(engine.spoken, engine.spoken_with, engine.languages, strict=True)) == [
        ("Español", "es-419", "es"),
        ("English", "en-a", None),
    ]
    assert not hasattr(voice, "say_in")  # the second way to speak is gone
