"""The recorder through a real (virtual) microphone: what it stores is real, whole audio."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer

from nook.core import recordings
from nook.speech.microphones import Microphones
from nook.speech.recorder import Take, VoiceRecorder, level_of
from tests.voice_helpers import decode, loud_span, tone_power, tone_wav


def record(qtbot, recorder: VoiceRecorder, ms: int) -> tuple[Take, int, list[float]]:
    """Record for about `ms` of real sound; the take, the wall time and the levels seen."""
    levels: list[float] = []
    recorder.level.connect(levels.append)
    clock = QElapsedTimer()
    with qtbot.waitSignal(recorder.started, timeout=10_000):
        assert recorder.start()
    clock.start()
    qtbot.waitUntil(lambda: clock.elapsed() >= ms, timeout=ms + 5_000)
    with qtbot.waitSignal(recorder.finished, timeout=10_000) as finished:
        wall = clock.elapsed()
        recorder.stop()
    return finished.args[0], wall, levels


def test_a_tone_into_the_microphone_is_stored_as_that_tone(qtbot, tmp_path: Path, virtual_microphone) -> None:
    folder = tmp_path / "recording"
    recorder = VoiceRecorder(folder, Microphones(virtual_microphone.device_id))
    virtual_microphone.play(tone_wav(tmp_path / "tone.wav", 440, seconds=8))
    take, wall, levels = record(qtbot, recorder, 2000)

    assert take.data[4:8] == b"ftyp"
    assert take.ms == recordings.mp4_duration_ms(take.data)
    assert abs(take.ms - wall) <= 0.1 * wall
    samples, rate = decode(qtbot, take.data)
    assert abs(len(samples) / rate * 1000 - take.ms) <= 0.1 * take.ms
    # The tone fills the recording, and it is 440 Hz, not something near it.
    assert loud_span(samples, rate) >= 0.8 * len(samples) / rate
    at_440 = tone_power(samples, rate, 440)
    assert at_440 > 50 * max(tone_power(samples, rate, hz) for hz in (220, 330, 550, 880))
    # The child saw the meter move while the tone played.
    assert levels and max(levels) > 0.5
    # Compact: within the budget of 250 KB a minute.
    assert len(take.data) / (take.ms / 60_000) <= 250_000
    assert list(folder.iterdir()) == []  # nothing left behind

    # Record again: the microphone opens again and hears the sound again.
    again, wall, _ = record(qtbot, recorder, 1500)
    assert abs(again.ms - wall) <= 0.1 * wall
    samples, rate = decode(qtbot, again.data)
    assert loud_span(samples, rate) >= 0.8 * len(samples) / rate


def test_silence_shows_an_empty_meter_and_a_tone_a_full_one() -> None:
    import array
    import math

    quiet = array.array("h", [0] * 1600).tobytes()
    loud = array.array("h", (int(16000 * math.sin(i / 5)) for i in range(1600))).tobytes()
    assert level_of(quiet) == 0.0
    assert level_of(loud) > 0.8
    assert level_of(b"") == 0.0


def test_cancel_keeps_nothing(qtbot, tmp_path: Path, virtual_microphone) -> None:
    folder = tmp_path / "recording"
    recorder = VoiceRecorder(folder, Microphones(virtual_microphone.device_id))
    finished: list[Take] = []
    recorder.finished.connect(finished.append)
    virtual_microphone.play(tone_wav(tmp_path / "tone.wav", 440, seconds=4))
    with qtbot.waitSignal(recorder.started, timeout=10_000):
        recorder.start()
    recorder.cancel()
    qtbot.waitUntil(lambda: not recorder.busy, timeout=10_000)
    assert finished == []
    assert list(folder.iterdir()) == []


def test_closing_mid_recording_keeps_it_whole(qtbot, tmp_path: Path, virtual_microphone) -> None:
    recorder = VoiceRecorder(tmp_path / "recording", Microphones(virtual_microphone.device_id))
    virtual_microphone.play(tone_wav(tmp_path / "tone.wav", 440, seconds=6))
    with qtbot.waitSignal(recorder.started, timeout=10_000):
        recorder.start()
    qtbot.waitUntil(lambda: recorder.elapsed_ms >= 500, timeout=10_000)
    take = recorder.finish_now()
    assert take is not None
    assert recordings.mp4_duration_ms(take.data) == take.ms >= 450
    assert not recorder.busy


def test_a_recording_stops_itself_at_the_limit(qtbot, tmp_path: Path, virtual_microphone) -> None:
    recorder = VoiceRecorder(tmp_path / "recording", Microphones(virtual_microphone.device_id), limit_ms=800)
    virtual_microphone.play(tone_wav(tmp_path / "tone.wav", 440, seconds=6))
    with qtbot.waitSignal(recorder.finished, timeout=15_000) as finished:
        recorder.start()
    assert 700 <= finished.args[0].ms <= 1500


def test_no_microphone_says_why_and_stores_nothing(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "recording"
    recorder = VoiceRecorder(folder, Microphones(b"nook-no-such-microphone"))
    assert recorder.problem() is not None
    with qtbot.waitSignal(recorder.failed, timeout=1000) as failed:
        assert recorder.start() is False
    assert "microphone" in failed.args[0]
    assert not recorder.busy
    assert not folder.exists() or list(folder.iterdir()) == []


CRASHING_RECORDER = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from nook.speech.microphones import Microphones
from nook.speech.recorder import VoiceRecorder
app = QCoreApplication([])
recorder = VoiceRecorder(Path(sys.argv[1]), Microphones(sys.argv[2].encode()))
def crash(ms):
    if ms >= 1000:
        print("recording", flush=True)
        os._exit(9)  # no clean shutdown at all: like pulling the plug
recorder.elapsed.connect(crash)
recorder.start()
QTimer.singleShot(20000, app.quit)
app.exec()
"""


@pytest.mark.slow
def test_a_crash_mid_recording_leaves_nothing_broken_to_store(tmp_path: Path, virtual_microphone) -> None:
    data_dir = tmp_path / "data"
    folder = recordings.unfinished_folder(data_dir)
    virtual_microphone.play(tone_wav(tmp_path / "tone.wav", 440, seconds=8))
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_RECORDER, str(folder), virtual_microphone.source],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "recording" in done.stdout, done.stderr
    left = list(folder.iterdir())
    assert len(left) == 1  # the file being written when the plug was pulled
    with pytest.raises(recordings.NotARecording):
        recordings.mp4_duration_ms(left[0].read_bytes())
    assert recordings.clear_unfinished(data_dir) == 1
    assert list(folder.iterdir()) == []
