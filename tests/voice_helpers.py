"""A virtual microphone and honest ears for the recording tests.

`VirtualMicrophone` loads a PulseAudio null sink of its own and a source remapped from
its monitor (QtMultimedia lists real sources only, not monitors), so a test plays a
known sound into the sink and the app records it like a voice, without touching the
system's default devices that other tests and engineers use. `decode` turns stored
recording bytes back into samples with Qt's own decoder; `tone_power` measures one
frequency (a Goertzel filter) so a test can tell a 440 Hz tone from anything else.
"""

from __future__ import annotations

import array
import math
import os
import shutil
import struct
import subprocess
import uuid
import wave
from pathlib import Path


def pulse_available() -> bool:
    if shutil.which("pactl") is None or shutil.which("paplay") is None:
        return False
    return subprocess.run(["pactl", "info"], capture_output=True, check=False).returncode == 0


class VirtualMicrophone:
    """A null sink to play into and a microphone that hears it; unloaded on `close`."""

    def __init__(self) -> None:
        self.sink = f"nook_mic_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        self.source = f"{self.sink}_in"
        self._modules: list[str] = []
        self._players: list[subprocess.Popen[bytes]] = []
        self._modules.append(self._load("module-null-sink", f"sink_name={self.sink}"))
        self._modules.append(
            self._load("module-remap-source", f"master={self.sink}.monitor", f"source_name={self.source}")
        )

    @property
    def device_id(self) -> bytes:
        return self.source.encode()

    @staticmethod
    def _load(*args: str) -> str:
        done = subprocess.run(["pactl", "load-module", *args], capture_output=True, text=True, check=True)
        return done.stdout.strip()

    def play(self, wav: Path) -> subprocess.Popen[bytes]:
        player = subprocess.Popen(["paplay", "-d", self.sink, str(wav)])
        self._players.append(player)
        return player

    def close(self) -> None:
        for player in self._players:
            if player.poll() is None:
                player.kill()
            player.wait()
        for module in reversed(self._modules):
            subprocess.run(["pactl", "unload-module", module], capture_output=True, check=False)
        self._modules.clear()


def tone_wav(path: Path, hz: float = 440.0, seconds: float = 4.0, rate: int = 44_100, amplitude: int = 12_000) -> Path:
    count = int(rate * seconds)
    frames = array.array("h", (int(amplitude * math.sin(2 * math.pi * hz * i / rate)) for i in range(count)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames.tobytes())
    return path


def decode(qtbot, data: bytes) -> tuple[list[float], int]:
    """Mono samples (-1..1) and sample rate of recording bytes, decoded by Qt."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    decoder = QAudioDecoder()
    wanted = QAudioFormat()
    wanted.setSampleRate(22_050)
    wanted.setChannelCount(1)
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    decoder.setAudioFormat(wanted)
    decoder.setSourceDevice(buffer)
    chunks: list[bytes] = []
    rates: list[int] = []
    errors: list[str] = []

    def take() -> None:
        while decoder.bufferAvailable():
            audio = decoder.read()
            fmt = audio.format()
            if fmt.channelCount() != 1 or fmt.sampleFormat() != QAudioFormat.SampleFormat.Int16:
                errors.append(f"unexpected format {fmt}")
            rates.append(fmt.sampleRate())
            chunks.append(bytes(audio.constData()[: audio.byteCount()]))

    done: list[bool] = []
    decoder.bufferReady.connect(take)
    decoder.finished.connect(lambda: done.append(True))
    decoder.error.connect(lambda _e: errors.append(decoder.errorString()) or done.append(True))
    decoder.start()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    take()
    decoder.stop()
    assert not errors, errors
    samples = array.array("h")
    samples.frombytes(b"".join(chunks))
    return [s / 32768.0 for s in samples], rates[0] if rates else 0


def tone_power(samples: list[float], rate: int, hz: float) -> float:
    """The power of one frequency in the samples (Goertzel), per sample."""
    coeff = 2 * math.cos(2 * math.pi * hz / rate)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + coeff * s1 - s2, s1
    return (s1 * s1 + s2 * s2 - coeff * s1 * s2) / max(1, len(samples)) ** 2


def loud_span(samples: list[float], rate: int, threshold: float = 0.05) -> float:
    """Seconds between the first and last sample louder than `threshold`."""
    loud = [i for i, x in enumerate(samples) if abs(x) > threshold]
    return (loud[-1] - loud[0]) / rate if loud else 0.0


def silence_wav(path: Path, seconds: float = 1.0, rate: int = 44_100) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(struct.pack("<h", 0) * int(rate * seconds))
    return path
