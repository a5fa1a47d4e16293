"""Playing a stored recording: heard over the sound device, or timed without one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer

from nook.core import recordings
from nook.speech.playback import audio_output_available
from nook.speech.recording_player import RecordingPlayer

VOICE = (Path(__file__).parent.parent / "data" / "voice-440hz.m4a").read_bytes()


def test_the_players_position_moves_through_the_recording(qtbot) -> None:
    if not audio_output_available():
        import pytest

        pytest.skip("no sound device (packaging/nook.sh test starts a PulseAudio null sink)")
    ms = recordings.mp4_duration_ms(VOICE)
    player = RecordingPlayer()
    positions: list[int] = []
    player.position.connect(positions.append)
    with qtbot.waitSignal(player.done, timeout=ms + 8000):
        player.play(VOICE, ms)
        assert player.playing
    assert not player.playing
    assert positions and max(positions) >= 0.8 * ms
    assert positions == sorted(positions)


def test_without_a_sound_device_the_recording_still_takes_its_time(qtbot) -> None:
    player = RecordingPlayer(use_audio=False)
    clock = QElapsedTimer()
    with qtbot.waitSignal(player.done, timeout=3000):
        clock.start()
        player.play(VOICE, 300)
    assert clock.elapsed() >= 250


def test_stop_ends_it_at_once_and_says_done_once(qtbot) -> None:
    player = RecordingPlayer()
    done: list[bool] = []
    player.done.connect(lambda: done.append(True))
    player.play(VOICE, recordings.mp4_duration_ms(VOICE))
    player.stop()
    player.stop()
    assert done == [True] and not player.playing
