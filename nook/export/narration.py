"""The synthetic voice for a talking book: each page's words spoken by espeak-ng, with
the moment every typed word is heard, from the same word events read aloud uses.

Runs in the export's worker thread. It shares the process's one espeak worker with
read aloud, asking with *kept* requests, one page at a time, so neither drops the
other and a child's read aloud waits at most for one page.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from nook.core.library import Library
from nook.export.problems import ESPEAK_MISSING, ESPEAK_SILENT
from nook.speech.espeak_synth import EspeakWorker, acquire_worker, rate_to_wpm, release_worker
from nook.speech.words import TimedWord, map_engine_words

log = logging.getLogger(__name__)

START_TIMEOUT_S = 5.0
# espeak voices a language starts with when the writer has not picked one.
PREFERRED = {"en": "gmw/en-US", "es": "roa/es-419"}


@dataclass(frozen=True)
class Spoken:
    """One page spoken: mono 16-bit PCM and when each typed word is heard (ms)."""

    pcm: bytes
    sample_rate: int
    words: tuple[TimedWord, ...]

    @property
    def duration_ms(self) -> int:
        return len(self.pcm) * 1000 // (2 * self.sample_rate) if self.sample_rate else 0


class Narrator:
    """Speaks pages in one writer's voice. `close()` when done."""

    def __init__(self) -> None:
        self._worker: EspeakWorker | None = None
        self.reason = ""
        try:
            worker = acquire_worker()
        except Exception as error:  # noqa: BLE001 - no espeak: a book without a voice
            self.reason = f"{ESPEAK_MISSING}{error})"
            return
        if not worker.wait_ready(START_TIMEOUT_S):
            self.reason = worker.error or ESPEAK_SILENT
            release_worker(worker)
            return
        self._worker = worker

    @property
    def available(self) -> bool:
        return self._worker is not None

    def voice_for(self, library: Library, writer_id: str | None) -> tuple[str | None, int]:
        """The espeak voice and speed of a writer: their own voice if it is an espeak
        voice, else their language's usual voice."""
        language = str(library.setting("language", writer_id) or "en").lower()
        chosen = library.setting("voice_id", writer_id)
        known = {v.identifier: v.language.lower() for v in self._worker.voice_list} if self._worker else {}
        wpm = rate_to_wpm(float(library.setting("voice_rate", writer_id)))
        if chosen in known and (known[chosen] == language or known[chosen].startswith(language + "-")):
            return str(chosen), wpm
        preferred = PREFERRED.get(language)
        if preferred in known:
            return preferred, wpm
        for identifier, voice_language in sorted(known.items()):
            if voice_language == language or voice_language.startswith(language + "-"):
                return identifier, wpm
        return PREFERRED["en"], wpm

    def voice_in(self, language: str) -> str | None:
        """The usual espeak voice of `language` (a page in a writer's other language),
        else any voice of it; None when this computer has none."""
        known = {v.identifier: v.language.lower() for v in self._worker.voice_list} if self._worker else {}
        preferred = PREFERRED.get(language)
        if preferred in known:
            return preferred
        return next((i for i, lang in sorted(known.items()) if lang.split("-")[0] == language), None)

    def speak(self, text: str, voice: str | None, wpm: int) -> Spoken | None:
        """`text` spoken, or None when there is nothing to say or espeak failed."""
        if self._worker is None or not text.strip():
            return None
        synthesis = self._worker.synthesise(text, voice, wpm)
        if synthesis is None or not synthesis.pcm:
            log.warning("espeak-ng gave no sound for a page of a talking book")
            return None
        words = map_engine_words(text, synthesis.events, synthesis.duration_ms)
        return Spoken(synthesis.pcm, synthesis.sample_rate, tuple(words))

    def close(self) -> None:
        if self._worker is not None:
            release_worker(self._worker)
            self._worker = None
