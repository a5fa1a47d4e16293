"""Little sounds for little moments: a pop for a sticker, a page turning, a cheer when
a piece is finished, a soft "oops". Only when the grown-up's "sounds" setting is on and
the computer has somewhere to play them; never while idle.

They play through the same path as the voice: each WAV is decoded once into PCM and
written to a ``WordPlayer`` (a ``QAudioSink``). ``QSoundEffect`` is not used: its
PulseAudio backend sometimes starts an endless ``QSocketNotifier: Invalid socket``
warning storm that starved the UI thread (DESIGN.md section 5).
"""

from __future__ import annotations

import array
import functools
import logging
import sys
import wave
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from nook.assets import asset_path, manifest
from nook.speech.playback import WordPlayer, audio_output_available

log = logging.getLogger(__name__)
VOLUME = 0.6


@dataclass(frozen=True, slots=True)
class Sound:
    """Signed 16-bit little-endian PCM, ready for a sink."""

    pcm: bytes
    sample_rate: int
    channels: int


@functools.cache
def decoded(name: str) -> Sound | None:
    """The named sound from the assets, decoded once per run and scaled to VOLUME;
    None when there is no such sound or its file cannot be read as 16-bit PCM."""
    files = manifest("sounds/sounds.json").get("sounds", {})
    if name not in files:
        return None
    try:
        with wave.open(str(asset_path("sounds", files[name])), "rb") as source:
            if source.getsampwidth() != 2 or source.getcomptype() != "NONE":
                log.warning("sound %s is not 16-bit PCM; it is not played", name)
                return None
            frames = source.readframes(source.getnframes())
            rate, channels = source.getframerate(), source.getnchannels()
    except (OSError, EOFError, wave.Error) as error:
        log.warning("sound %s cannot be read: %s", name, error)
        return None
    samples = array.array("h")
    samples.frombytes(frames[: len(frames) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()  # WAV is little-endian
    samples = array.array("h", (int(s * VOLUME) for s in samples))
    if sys.byteorder == "big":
        samples.byteswap()
    return Sound(samples.tobytes(), rate, channels)


class SoundBox(QObject):
    """Plays the little sounds of one screen through its own player (so a pop never
    cuts off the voice reading aloud; the sound server mixes the two)."""

    def __init__(
        self, enabled: Callable[[], bool], parent: QObject | None = None, player: WordPlayer | None = None
    ) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._player = player
        self._usable: bool | None = None if player is None else True
        self._played = 0
        self.played: list[str] = []  # what was asked for, for tests

    def _can_play(self) -> bool:
        if self._usable is None:
            self._usable = audio_output_available()
        return self._usable

    def play(self, name: str) -> None:
        if not self._enabled():
            return
        self.played.append(name)
        if not self._can_play():
            return
        sound = decoded(name)
        if sound is None:
            return
        if self._player is None:
            self._player = WordPlayer(self, use_audio=True)
        self._played += 1
        self._player.play(self._played, sound.pcm, sound.sample_rate, [], channels=sound.channels)
