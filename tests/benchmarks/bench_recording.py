"""Recording benchmark: prints figures, asserts nothing (DESIGN.md section 6).

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_recording.py

Ten recorders of the app's own (`nook.speech.recorder.VoiceRecorder`) record 20 s each
at once from a PulseAudio virtual microphone fed with speech-like sound (a voice-band
tone with noise), so each take is real encoded audio and no two are the same bytes.
Then a 10-page book gets one take per page and is packed into a backpack.

Prints bytes per minute of recording (budget 250 KB/min) and the backpack's size
(budget 5 MB).
"""

from __future__ import annotations

import array
import math
import os
import random
import sys
import tempfile
import wave
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer

from nook.core import recordings
from nook.core.backpack import pack
from nook.core.library import Library
from nook.speech.microphones import Microphones
from nook.speech.recorder import Take, VoiceRecorder
from tests.voice_helpers import VirtualMicrophone, pulse_available

PAGES = 10
TAKE_MS = 20_000
BUDGET_PER_MINUTE = 250_000
BUDGET_BACKPACK = 5_000_000


def voice_like_wav(path: Path, seconds: float, rate: int = 44_100) -> Path:
    """A gliding voice-band tone with noise: harder to squeeze than a pure tone."""
    noise = random.Random(7)
    samples = array.array("h")
    for i in range(int(rate * seconds)):
        t = i / rate
        pitch = 180 + 80 * math.sin(2 * math.pi * 0.7 * t)
        value = 0.45 * math.sin(2 * math.pi * pitch * t) + 0.2 * math.sin(2 * math.pi * 3 * pitch * t)
        value += 0.1 * (noise.random() * 2 - 1)
        samples.append(int(12_000 * value))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return path


def wait(condition, timeout_ms: int) -> bool:
    clock = QElapsedTimer()
    clock.start()
    loop = QEventLoop()
    while not condition() and clock.elapsed() < timeout_ms:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return bool(condition())


def main() -> None:
    if not pulse_available():
        print("recording: no PulseAudio server; nothing measured")
        return
    app = QCoreApplication.instance() or QCoreApplication([])
    mic = VirtualMicrophone()
    work = Path(tempfile.mkdtemp(prefix="nook-bench-rec-"))
    try:
        microphones = Microphones(mic.device_id)
        if not wait(lambda: microphones.device() is not None, 10_000):
            print("recording: the virtual microphone did not appear; nothing measured")
            return
        mic.play(voice_like_wav(work / "voice.wav", TAKE_MS / 1000 + 8))
        takes: list[Take] = []
        recorders = [VoiceRecorder(work / "recording", microphones) for _ in range(PAGES)]
        for recorder in recorders:
            recorder.finished.connect(takes.append)
            recorder.start()
        wait(lambda: all(r.elapsed_ms >= TAKE_MS for r in recorders), TAKE_MS + 15_000)
        for recorder in recorders:
            recorder.stop()
        wait(lambda: len(takes) == PAGES, 15_000)
        if not takes:
            print("recording: no take finished; nothing measured")
            return
        total_bytes = sum(len(t.data) for t in takes)
        total_ms = sum(t.ms for t in takes)
        per_minute = total_bytes * 60_000 / total_ms
        print(
            f"recording: {per_minute / 1000:.0f} KB per minute (budget {BUDGET_PER_MINUTE // 1000} KB), "
            f"AAC {recordings.BIT_RATE // 1000} kbit/s mono {recordings.SAMPLE_RATE} Hz, "
            f"{len(takes)} takes of {min(t.ms for t in takes) / 1000:.1f}-{max(t.ms for t in takes) / 1000:.1f} s"
        )
        library = Library.open(work)
        try:
            writer = library.add_writer("Maya", "fox")
            book = library.new_piece(writer.id, "book")
            while len(library.pages(book.id)) < PAGES:
                library.add_page(book.id, words="and then the dog ran to the sea")
            for page, take in zip(library.pages(book.id), takes, strict=False):
                recordings.set_page_recording(library, page.id, recordings.store(library, take.data))
            result = pack(library, [book.id], work / "book.nook")
        finally:
            library.close()
        print(
            f"backpack: a {PAGES}-page book with a {TAKE_MS // 1000} s recording on {len(takes)} pages is "
            f"{result.size / 1_000_000:.2f} MB (budget {BUDGET_BACKPACK / 1_000_000:.0f} MB)"
        )
    finally:
        mic.close()
        del app


if __name__ == "__main__":
    main()
