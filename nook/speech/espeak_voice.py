"""The Linux voice: espeak-ng synthesised off the UI thread, played with QtMultimedia."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtMultimedia import QAudioDevice

from nook.reply import Reply
from nook.speech.espeak_synth import (
    EspeakWorker,
    Synthesis,
    acquire_worker,
    rate_to_wpm,
    release_worker,
)
from nook.speech.playback import WordPlayer
from nook.speech.voice import Voice, VoiceInfo, clamp_rate
from nook.speech.words import map_engine_words

log = logging.getLogger(__name__)

START_TIMEOUT_S = 3.0
PREFERRED = {"en": "gmw/en-US", "es": "roa/es-419"}


class EspeakVoice(Voice):
    """say() hands the text to the espeak worker and returns; when the audio and
    its word timings come back (handed to the UI thread) they are played, and the
    highlight follows the player's position."""

    def __init__(
        self, parent: QObject | None = None, use_audio: bool | None = None, device: QAudioDevice | None = None
    ) -> None:
        """``device``: the sound output to speak through (default: the system's default)."""
        super().__init__(parent)
        self._worker: EspeakWorker | None = None
        self._install = True  # the reason, should it not speak (worded when a grown-up asks)
        try:
            self._worker = acquire_worker()
        except Exception as error:  # noqa: BLE001 - reported, never raised
            self._detail = str(error)
            return
        if not self._worker.wait_ready(START_TIMEOUT_S):
            self._detail = self._worker.error or "espeak-ng did not start in time"
            release_worker(self._worker)
            self._worker = None
            return
        self._voice_id: str | None = None
        self._wpm = rate_to_wpm(1.0)
        self._texts: dict[int, str] = {}  # waiting for audio: request id -> text
        self._request_of: dict[int, int] = {}  # request id -> utterance id
        self._player = WordPlayer(self, use_audio=use_audio, device=device)
        self._player.started.connect(self.started)
        self._player.word.connect(self.word)
        self._player.done.connect(self._finish)
        # What espeak made comes back through this, from its thread (which runs as long as
        # the app: this voice may be deleted meanwhile; see nook.reply).
        self._synthesised = Reply(self._on_synthesised)
        self.set_voice(None)

    # -- the contract ---------------------------------------------------------
    def say(self, text: str, language: str | None = None) -> int:
        self.stop()
        utterance = self._next_id()
        self._pending.add(utterance)
        if self._worker is None:
            self._finish(utterance)
            return utterance
        request = self._worker.request(text, self.voice_for(language), self._wpm, self._synthesised)
        self._texts[request] = text
        self._request_of[request] = utterance
        return utterance

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._texts.clear()
            self._request_of.clear()
            self._player.stop()
        super().stop()

    def is_available(self) -> bool:
        return self._worker is not None

    def has_audio_output(self) -> bool:
        return self._worker is not None and self._player.has_audio

    def voices(self, language: str = "en") -> list[VoiceInfo]:
        if self._worker is None:
            return []
        prefix = language.lower()
        found = [
            VoiceInfo(v.identifier, v.name, v.language)
            for v in self._worker.voice_list
            if v.language.lower() == prefix or v.language.lower().startswith(prefix + "-")
        ]
        preferred = PREFERRED.get(prefix)
        found.sort(key=lambda v: (v.id != preferred, v.name))
        return found

    def set_voice(self, voice_id: str | None) -> None:
        """Pick an espeak voice by id (e.g. "gmw/en-US"); None: the English default."""
        self._voice_id = voice_id or PREFERRED["en"]

    def voice_for(self, language: str | None) -> str | None:
        """The voice that speaks `language`: the one set, when it speaks it (a grown-up's
        choice for the writer); else that language's usual voice, else any of its voices."""
        if not language or self._worker is None:
            return self._voice_id
        wanted = language.lower().split("-")[0]
        languages = {v.identifier: v.language.lower() for v in self._worker.voice_list}
        mine = languages.get(self._voice_id or "", "")
        if mine.split("-")[0] == wanted:
            return self._voice_id
        preferred = PREFERRED.get(wanted)
        if preferred in languages:
            return preferred
        found = self.voices(wanted)
        return found[0].id if found else self._voice_id

    def set_rate(self, rate: float) -> None:
        self._wpm = rate_to_wpm(clamp_rate(rate))

    def shutdown(self) -> None:
        self.stop()
        if self._worker is not None:
            self._player.shutdown()
            release_worker(self._worker)
            self._worker = None

    # -- internals -------------------------------------------------------------
    def _on_synthesised(self, request: int, synthesis: Synthesis | None) -> None:
        text = self._texts.pop(request, None)
        utterance = self._request_of.pop(request, None)
        if text is None or utterance is None or utterance not in self._pending:
            return  # stopped or replaced while it was being made
        if synthesis is None:
            self._finish(utterance)
            return
        timings = map_engine_words(text, synthesis.events, synthesis.duration_ms)
        self._player.play(utterance, synthesis.pcm, synthesis.sample_rate, timings)
