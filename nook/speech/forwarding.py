"""The app's voice: it exists when the window is built, and speaks once its engine is ready.

Starting a speech engine takes a moment, so the app starts it after the first paint.
Widgets are built before that with this voice in their constructors; it behaves as a
voice that cannot speak (each utterance finishes at once, unheard, exactly as a tap
did before the engine came) until ``attach`` gives it the engine. From then on every
call is passed to the engine and the engine's signals come back with this voice's own
utterance ids, so an id handed out before the engine came never meets an engine's id.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from nook.i18n import translate
from nook.speech.voice import Voice, VoiceInfo, clamp_rate

NOT_CONNECTED = ""  # worded when asked: "No voice is connected."


class ForwardingVoice(Voice):
    """A voice that forwards to an engine attached later (``ready`` says when)."""

    def __init__(self, parent: QObject | None = None, reason: str = NOT_CONNECTED) -> None:
        super().__init__(parent, reason=reason)
        self._engine: Voice | None = None
        self._voice_id: str | None = None
        self._rate = 1.0
        self._ids: dict[int, int] = {}  # engine's utterance id -> ours
        self._awaiting: int | None = None  # ours, while the engine's say() is running

    @property
    def engine(self) -> Voice | None:
        """The engine speaking for this voice, once attached."""
        return self._engine

    def attach(self, engine: Voice) -> None:
        """Speak through ``engine`` from now on (once; it takes the voice and speed set so far)."""
        if self._engine is not None:
            raise RuntimeError("this voice already has its engine")
        super().stop()  # anything said before the engine came is over
        self._engine = engine
        self._use_voice()
        engine.set_rate(self._rate)
        engine.started.connect(self._engine_started)
        engine.word.connect(self._engine_word)
        engine.finished.connect(self._engine_finished)
        self.ready.emit()

    # -- the contract ---------------------------------------------------------
    def is_ready(self) -> bool:
        return self._engine is not None

    def say(self, text: str, language: str | None = None) -> int:
        if self._engine is None:
            return super().say(text, language)  # unheard, finishes at once: there is no engine yet
        utterance = self._next_id()
        self._awaiting = utterance
        try:
            engine_id = self._engine.say(text, language)
        finally:
            self._awaiting = None
        self._ids.setdefault(engine_id, utterance)
        return utterance

    def stop(self) -> None:
        super().stop()
        if self._engine is not None:
            self._engine.stop()

    def is_speaking(self) -> bool:
        return self._engine.is_speaking() if self._engine is not None else super().is_speaking()

    def is_available(self) -> bool:
        return self._engine is not None and self._engine.is_available()

    def has_audio_output(self) -> bool:
        return self._engine is not None and self._engine.has_audio_output()

    def voices(self, language: str = "en") -> list[VoiceInfo]:
        return self._engine.voices(language) if self._engine is not None else []

    def set_voice(self, voice_id: str | None) -> None:
        """The voice a grown-up chose (None: the usual one); used while it speaks the language."""
        self._voice_id = voice_id
        self._use_voice()

    def set_language(self, language: str) -> None:
        super().set_language(language)
        self._use_voice()

    def _use_voice(self) -> None:
        """The voice follows the language: the chosen voice if it speaks the language,
        else the engine's first (its preferred: espeak-ng's es-419 for Spanish)."""
        if self._engine is None:
            return
        voices = self._engine.voices(self._language)
        if not voices or any(v.id == self._voice_id for v in voices):
            self._engine.set_voice(self._voice_id)
        else:
            self._engine.set_voice(voices[0].id)

    def set_rate(self, rate: float) -> None:
        self._rate = clamp_rate(rate)
        if self._engine is not None:
            self._engine.set_rate(self._rate)

    def unavailable_reason(self) -> str:
        if self._engine is None:
            return self._reason or translate("Speech", "No voice is connected.")
        return self._engine.unavailable_reason()

    def shutdown(self) -> None:
        super().stop()
        if self._engine is not None:
            self._engine.shutdown()

    # -- the engine's signals, in our ids ---------------------------------------
    def _ours(self, engine_id: int) -> int | None:
        ours = self._ids.get(engine_id)
        if ours is None and self._awaiting is not None:
            # The engine spoke up inside say(), before it returned its id.
            ours = self._ids[engine_id] = self._awaiting
        return ours

    def _engine_started(self, engine_id: int) -> None:
        ours = self._ours(engine_id)
        if ours is not None:
            self.started.emit(ours)

    def _engine_word(self, engine_id: int, start: int, length: int) -> None:
        ours = self._ours(engine_id)
        if ours is not None:
            self.word.emit(ours, start, length)

    def _engine_finished(self, engine_id: int) -> None:
        ours = self._ours(engine_id)
        self._ids.pop(engine_id, None)
        if ours is not None:
            self.finished.emit(ours)
