"""The Windows and macOS voice: Qt's QTextToSpeech.

Why QTextToSpeech and not pyttsx3 there (DESIGN.md section 5):
- pyttsx3's SAPI5 and NSSpeechSynthesizer drivers can go silent or hang on repeated
  ``runAndWait`` (upstream issues #419, #440, #126); working around that needs a worker
  process per engine, with start-up cost and a second place to fail.
- QTextToSpeech's ``winrt``/``sapi`` (Windows) and ``darwin`` (macOS) plugins ship in
  the PySide6 wheels, speak without blocking in this process, stop at once
  (``stop(BoundaryHint.Immediate)``), hand out an id per utterance (``enqueue``), and
  their ``sayingWord`` signal fires in sync with the sound, which is what the
  highlight needs. So no extra process and no thread of ours.
On Linux the PyPI wheels only have ``speechd`` (no word progress), so Linux uses
espeak-ng instead (``espeak_voice``). Tests here drive this class with Qt's ``mock``
engine, which follows the same signal protocol.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QObject
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from nook.speech.playback import audio_output_available
from nook.speech.voice import Voice, VoiceInfo, clamp_rate
from nook.speech.words import TypedWord, split_words


def preferred_engines() -> list[str]:
    if sys.platform == "win32":
        return ["winrt", "sapi"]
    if sys.platform == "darwin":
        return ["darwin"]
    return []


class QtTextToSpeechVoice(Voice):
    """A Voice over QTextToSpeech; engine words are mapped onto typed words."""

    def __init__(self, parent: QObject | None = None, engine: str | None = None) -> None:
        super().__init__(parent)
        self._install = True  # the reason, should it not speak (worded when a grown-up asks)
        available = QTextToSpeech.availableEngines()
        wanted = [engine] if engine else preferred_engines()
        chosen = next((name for name in wanted if name in available), None)
        self._tts: QTextToSpeech | None = None
        self._voices: dict[str, QVoice] = {}
        self._chosen: QVoice | None = None
        self._current = 0  # our utterance id being spoken
        self._engine_id: int | None = -1  # QTextToSpeech's id for it
        self._begun = False
        self._words: list[TypedWord] = []
        self._lit = 0
        if chosen is None:
            self._detail = f"no speech engine among {available}"
            return
        tts = QTextToSpeech(chosen, self)
        if tts.state() == QTextToSpeech.State.Error:
            self._detail = tts.errorString()
            tts.deleteLater()
            return
        self._tts = tts
        tts.aboutToSynthesize.connect(self._on_about_to_synthesize)
        tts.sayingWord.connect(self._on_saying_word)
        tts.stateChanged.connect(self._on_state_changed)
        self.set_voice(None)

    # -- the contract ---------------------------------------------------------
    def say(self, text: str, language: str | None = None) -> int:
        self.stop()
        utterance = self._next_id()
        self._pending.add(utterance)
        if self._tts is None:
            self._finish(utterance)
            return utterance
        self._speak_in(language)
        self._current = utterance
        self._begun = False
        self._words = split_words(text)
        self._lit = 0
        self._engine_id = None  # engines may report the new id before enqueue returns
        engine_id = self._tts.enqueue(text)
        if self._current == utterance:
            self._engine_id = engine_id
        return utterance

    def stop(self) -> None:
        speaking, self._current = self._current, 0
        self._engine_id = -1
        if self._tts is not None and speaking:
            # Cleared first: engines may report Ready from inside stop(), and a
            # stopped utterance must not light its remaining words.
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)
        super().stop()

    def is_available(self) -> bool:
        return self._tts is not None

    def has_audio_output(self) -> bool:
        return self._tts is not None and audio_output_available()

    def voices(self, language: str = "en") -> list[VoiceInfo]:
        if self._tts is None:
            return []
        prefix = language.lower()
        found = []
        self._voices.clear()
        for voice in self._tts.allVoices(QLocale(QLocale.Language.AnyLanguage)):
            bcp47 = voice.locale().bcp47Name()
            if bcp47.lower() == prefix or bcp47.lower().startswith(prefix + "-"):
                self._voices[voice.name()] = voice
                found.append(VoiceInfo(voice.name(), voice.name(), bcp47))
        return found

    def set_voice(self, voice_id: str | None) -> None:
        if self._tts is None:
            return
        if voice_id is None:
            english = self.voices("en")
            if english and not self._tts.voice().locale().bcp47Name().startswith("en"):
                self._tts.setVoice(self._voices[english[0].id])
        else:
            if voice_id not in self._voices:
                self.voices(voice_id.split("-")[0] if "-" in voice_id else "")
            if voice_id in self._voices:
                self._tts.setVoice(self._voices[voice_id])
        self._chosen = self._tts.voice()  # what a page in another language returns to

    def _speak_in(self, language: str | None) -> None:
        """The chosen voice, or for text in another language one of that language's."""
        assert self._tts is not None
        chosen = self._chosen if self._chosen is not None else self._tts.voice()
        wanted = (language or "").lower().split("-")[0]
        speaks = chosen.locale().bcp47Name().lower().split("-")[0]
        if not wanted or speaks == wanted:
            if self._tts.voice() != chosen:
                self._tts.setVoice(chosen)
            return
        others = self.voices(wanted)
        if others:
            self._tts.setVoice(self._voices[others[0].id])

    def set_rate(self, rate: float) -> None:
        if self._tts is not None:
            self._tts.setRate(clamp_rate(rate) - 1.0)  # Qt's rate: -1 .. 0 .. 1

    def shutdown(self) -> None:
        self.stop()

    # -- engine signals --------------------------------------------------------
    def _is_ours(self, engine_id: int) -> bool:
        if self._current and self._engine_id is None:
            self._engine_id = engine_id
        return bool(self._current) and engine_id == self._engine_id

    def _on_about_to_synthesize(self, engine_id: int) -> None:
        if self._is_ours(engine_id) and not self._begun:
            self._begun = True
            self.started.emit(self._current)

    def _on_saying_word(self, _word: str, engine_id: int, start: int, length: int) -> None:
        if not self._is_ours(engine_id):
            return
        if not self._begun:
            self._on_about_to_synthesize(engine_id)
        end = start + max(1, length)
        target = self._lit
        while target < len(self._words) and self._words[target].end <= start:
            target += 1
        if target >= len(self._words) or self._words[target].start >= end:
            return  # a word of the engine's own (punctuation, an emoji's name)
        self._light_through(target)

    def _on_state_changed(self, state: QTextToSpeech.State) -> None:
        utterance = self._current
        if not utterance or not self._begun:
            return
        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._light_through(len(self._words) - 1)
            if self._current == utterance:
                self._current = 0
                self._finish(utterance)

    def _light_through(self, index: int) -> None:
        """Light every typed word up to ``index`` not yet lit: each once, in order."""
        utterance = self._current
        while self._lit <= index and self._current == utterance:
            word = self._words[self._lit]
            self._lit += 1
            self.word.emit(utterance, word.start, word.length)
