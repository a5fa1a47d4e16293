"""The one small speech interface the rest of the app codes against.

``Voice`` is the interface and also the "no engine" voice: it is what
``make_voice("auto")`` returns when nothing can speak, so the app keeps running
(every utterance finishes at once, without words) and the grown-up corner can show
``unavailable_reason()``.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from nook.error_words import for_a_helper
from nook.i18n import translate
from nook.speech.logging_rules import quiet_multimedia_logging

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class VoiceInfo:
    """A voice a grown-up can pick: engine id, display name, BCP 47-ish language."""

    id: str
    name: str
    language: str


def clamp_rate(rate: float) -> float:
    """Keep a speaking rate inside 0.5 (slow) .. 1.5 (fast)."""
    return min(1.5, max(0.5, float(rate)))


class Voice(QObject):
    """Speak text, report each word as it is heard, stop.

    Signals carry the utterance id returned by ``say``. ``word`` offsets are into
    the text passed to ``say``, one per typed word, in order. ``finished`` comes
    exactly once per utterance, also when it was stopped or interrupted (then
    before the next utterance's ``started``); ``started`` comes when sound (or,
    without a sound device, the word clock) begins, and not at all for an
    utterance stopped before that.
    """

    started = Signal(int)
    word = Signal(int, int, int)
    finished = Signal(int)
    # An engine that arrived late (see ForwardingVoice): is_available() may now differ.
    ready = Signal()

    def __init__(
        self, parent: QObject | None = None, reason: str = "", install: bool = False, detail: str = ""
    ) -> None:
        super().__init__(parent)
        self._reason = reason  # "" : worded when asked, in the language installed then
        self._install = install  # what to install is the reason (worded when asked, too)
        self._detail = detail  # the engine's own words, for someone who helps
        self._last_id = 0
        self._pending: set[int] = set()
        self._language = "en"

    # -- the contract ---------------------------------------------------------
    def say(self, text: str, language: str | None = None) -> int:
        """Interrupt anything being said and start saying ``text``; never waits.

        ``language`` ("en", "es") is the language ``text`` is in, when it may not be the
        voice's own (a page in a writer's other language): the engine then speaks it in
        a voice of that language. None: the voice that is set."""
        self.stop()
        utterance = self._next_id()
        self._pending.add(utterance)
        QTimer.singleShot(0, self, lambda: self._finish(utterance))
        return utterance

    def stop(self) -> None:
        """Stop speaking at once."""
        for utterance in sorted(self._pending):
            self._finish(utterance)

    def is_ready(self) -> bool:
        """True once the engine is there (an engine is its own; see ForwardingVoice)."""
        return True

    def is_speaking(self) -> bool:
        """True from ``say`` until that utterance's ``finished``: someone is listening."""
        return bool(self._pending)

    def is_available(self) -> bool:
        return False

    def has_audio_output(self) -> bool:
        return False

    def voices(self, language: str = "en") -> list[VoiceInfo]:
        return []

    def set_voice(self, voice_id: str | None) -> None:
        pass

    def set_rate(self, rate: float) -> None:
        pass

    @property
    def language(self) -> str:
        """The language spoken now (a code such as "en" or "es")."""
        return self._language

    def set_language(self, language: str) -> None:
        """Speak ``language`` from now on (an engine picks its voice for it; see ForwardingVoice)."""
        self._language = language

    def unavailable_reason(self) -> str:
        if self.is_available():
            return ""
        said = install_hint() if self._install else self._reason or translate("Speech", "No speech engine was found.")
        helper = for_a_helper(self._detail)  # the engine's English is never inside the sentence
        return f"{said}\n{helper}" if helper else said

    def shutdown(self) -> None:
        self.stop()

    # -- helpers for engines -------------------------------------------------
    def _next_id(self) -> int:
        self._last_id += 1
        return self._last_id

    def _finish(self, utterance: int) -> None:
        if utterance in self._pending:
            self._pending.discard(utterance)
            self.finished.emit(utterance)


def install_hint() -> str:
    """Grown-up text: what to install so this computer can speak."""
    if sys.platform.startswith("linux"):
        return translate(
            "Speech",
            "Install the espeak-ng package (Debian/Ubuntu: sudo apt install espeak-ng), then restart Writing Nook.",
        )
    if sys.platform == "win32":
        return translate("Speech", "Turn on a Windows voice in Settings > Time & language > Speech.")
    if sys.platform == "darwin":
        return translate("Speech", "Add a voice in System Settings > Accessibility > Spoken Content.")
    return translate("Speech", "Install a speech engine (espeak-ng) for this computer.")


def make_voice(kind: str = "auto", parent: QObject | None = None) -> Voice:
    """Build a voice. "auto": the best engine here (never raises, never hangs);
    "silent": the silent test engine; "none": a voice that cannot speak."""
    quiet_multimedia_logging()
    if kind == "silent":
        from nook.speech.silent import SilentVoice

        return SilentVoice(parent)
    if kind == "none":
        return Voice(parent, install=True)
    if kind != "auto":
        raise ValueError(f"unknown voice kind {kind!r}")
    try:
        if sys.platform in ("win32", "darwin"):
            from nook.speech.qt_tts import QtTextToSpeechVoice

            voice: Voice = QtTextToSpeechVoice(parent)
        else:
            from nook.speech.espeak_voice import EspeakVoice

            voice = EspeakVoice(parent)
    except Exception as error:  # noqa: BLE001 - the app must run without speech
        log.warning("no speech engine: %s", error)
        return Voice(parent, install=True, detail=str(error))
    if not voice.is_available():
        reason, install, detail = voice._reason, voice._install, voice._detail
        voice.shutdown()
        voice.deleteLater()
        return Voice(parent, reason=reason, install=install, detail=detail)
    return voice
