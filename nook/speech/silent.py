"""The silent engine: no sound, deterministic word timings, remembers what it said."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from nook.speech.voice import Voice, VoiceInfo, clamp_rate
from nook.speech.words import evenly_timed


class SilentVoice(Voice):
    """A voice for tests and for computers without sound that still moves the words.

    ``say`` starts on the next event-loop turn, then reports one word every
    ``word_ms`` milliseconds (scaled by the rate), then finishes. ``spoken`` holds
    every text passed to ``say``, ``languages`` the language asked for with each.
    """

    def __init__(self, parent: QObject | None = None, word_ms: int = 20) -> None:
        super().__init__(parent)
        self.spoken: list[str] = []
        self.spoken_with: list[str | None] = []  # the voice each text was said with
        self.languages: list[str | None] = []  # the language asked for each text spoken
        self.word_ms = word_ms
        self.rate = 1.0
        self.voice_id: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)
        self._current = 0
        self._steps: list[tuple[int, int]] = []
        self._started = False

    def say(self, text: str, language: str | None = None) -> int:
        self.stop()
        utterance = self._next_id()
        self._pending.add(utterance)
        self.spoken.append(text)
        self.spoken_with.append(self.voice_for(language))
        self.languages.append(language)
        self._current = utterance
        self._steps = [(w.start, w.length) for w in evenly_timed(text, 0)]
        self._started = False
        self._timer.start(0)
        return utterance

    def stop(self) -> None:
        self._timer.stop()
        self._steps = []
        super().stop()

    def _step(self) -> None:
        utterance = self._current
        if utterance not in self._pending:
            return
        if not self._started:
            self._started = True
            self.started.emit(utterance)
        elif self._steps:
            start, length = self._steps.pop(0)
            self.word.emit(utterance, start, length)
        else:
            self._finish(utterance)
            return
        if utterance in self._pending:  # a slot may have stopped us
            self._timer.start(max(1, round(self.word_ms / self.rate)))

    def is_available(self) -> bool:
        return True

    def has_audio_output(self) -> bool:
        return False

    def voices(self, language: str = "en") -> list[VoiceInfo]:
        return [VoiceInfo(f"silent-{language}", "Silent", language)]

    def set_voice(self, voice_id: str | None) -> None:
        self.voice_id = voice_id

    def voice_for(self, language: str | None) -> str | None:
        """The voice text in `language` is said with, as a real engine picks it: the one
        set when it speaks the language, else the language's first (None: the one set)."""
        if not language:
            return self.voice_id
        found = [v.id for v in self.voices(language.lower().split("-")[0])]
        if not found or self.voice_id in found:
            return self.voice_id
        return found[0]

    def set_rate(self, rate: float) -> None:
        self.rate = clamp_rate(rate)

    def shutdown(self) -> None:
        self.stop()
