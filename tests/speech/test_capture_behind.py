"""Our own microphone connection (pulse_in.PulseCapture) on a busy computer.

On an old laptop the reader thread can fall behind the microphone (the CPU is busy, the
UI thread holds the interpreter). The sound server keeps what was not read yet; a stop
must still give every bit of sound made before it, not only what the reader had caught.
Seen in CI at load ~8: a 1.7 s recording stored as 1.4 s (the child's last word cut).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer

from nook.core import recordings
from nook.speech.pulse_in import PulseCapture
from tests.voice_helpers import tone_wav


def test_a_reader_that_fell_behind_still_gets_all_the_sound_before_the_stop(
    qtbot, tmp_path: Path, virtual_microphone
) -> None:
    virtual_microphone.play(tone_wav(tmp_path / "tone.wav", 440, seconds=8))
    rate = recordings.SAMPLE_RATE
    capture = PulseCapture(rate, virtual_microphone.device_id)
    capture.start()
    qtbot.waitUntil(lambda: capture.opened, timeout=10_000)
    assert not capture.failed
    got = bytearray()
    # The virtual microphone's first sound comes a moment after it opens (a null sink
    # works in blocks); from the first sound on, it hears as fast as the clock runs.
    qtbot.waitUntil(lambda: bool(got.extend(capture.take()) or got), timeout=5_000)
    clock = QElapsedTimer()
    clock.start()
    got.clear()
    got += capture.take()
    # The reader falls behind: it cannot hand over what it reads for 800 ms (as when a
    # busy machine gives its thread no time), while the microphone goes on hearing.
    with capture._lock:
        blocked = threading.Event()
        threading.Thread(target=lambda: (time.sleep(0.8), blocked.set()), daemon=True).start()
        blocked.wait()
    held_ms = clock.elapsed()
    capture.stop()
    qtbot.waitUntil(lambda: capture.ended, timeout=5_000)
    got += capture.take()
    heard_ms = len(got) // 2 * 1000 // rate
    # Everything up to the stop is there (a fragment's worth of slack either way).
    assert heard_ms >= held_ms - 60, (heard_ms, held_ms)
