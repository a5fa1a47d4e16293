"""A sound device that comes or goes does not cost a child the phrase.

When a sound output comes or goes, the sound server changes at once and Qt's list of
devices (its default among them) a moment later. Sound started in that moment names a
device the server no longer has: its stream fails to connect (Qt warns ``Stream
failed to connect``) and nothing is heard. These tests make that moment on purpose: a
null sink is loaded, seen by Qt, and unloaded, and Qt's default is, when first asked,
still that sink (the stale answer is the one thing scripted here; it is what Qt says in
that moment). The connect fails for real, on the real sound server, and what is heard
is recorded from the monitor of a null sink of the test's own, the default after.

This is Qt's sound (``own_connection=False``), as where there is no libpulse (Windows,
macOS): with libpulse the sound goes out on connections of the app's own, which the
sound server itself points at its default output when each is made.
"""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer
from PySide6.QtMultimedia import QMediaDevices

from nook.core import recordings
from nook.speech import playback
from nook.speech.playback import WordPlayer
from nook.speech.recording_player import RecordingPlayer
from nook.speech.words import TimedWord
from tests.speech.test_heard_to_the_end import RATE, own_sink, sound_ms, tone, wait_for

__all__ = ["own_sink"]  # the fixture, used by name below

FAILED_CONNECT = "Stream failed to connect"  # in pyproject's qt_log_ignore, because of these tests
VOICE = (Path(__file__).parent.parent / "data" / "voice-440hz.m4a").read_bytes()
TIMINGS = [TimedWord(start=0, length=3, ms=0), TimedWord(start=4, length=3, ms=150)]


def device_named(name: str):
    return next((d for d in QMediaDevices.audioOutputs() if bytes(d.id().data()).decode() == name), None)


class PassingSink:
    """A null sink that comes (``load``: Qt lists it) and goes (``unload``)."""

    def __init__(self, name: str = "nook_gone") -> None:
        self.name = f"{name}_{os.getpid()}"
        self._module = ""

    def load(self):
        loaded = subprocess.run(
            ["pactl", "load-module", "module-null-sink", f"sink_name={self.name}"],
            capture_output=True,
            text=True,
            timeout=10,
        )
        assert loaded.returncode == 0, loaded.stderr
        self._module = loaded.stdout.strip()
        wait_for(lambda: device_named(self.name) is not None, 10_000)
        return device_named(self.name)

    def unload(self) -> None:
        if self._module:
            subprocess.run(["pactl", "unload-module", self._module], capture_output=True, timeout=10)
            self._module = ""


@pytest.fixture
def passing_sink(qapp):
    sink = PassingSink()
    yield sink
    sink.unload()


@pytest.fixture
def default_answers(monkeypatch, own_sink):
    """What Qt says the default output is: the devices put in this list, one a time it is
    asked, then the test's own sink."""
    device, _recorder = own_sink
    answers: list = []
    monkeypatch.setattr(playback, "default_output", lambda: answers.pop(0) if answers else device)
    return answers


def failed_connects(qtlog) -> int:
    return sum(FAILED_CONNECT in record.message for record in qtlog.records)


def test_a_phrase_whose_stream_failed_to_connect_is_heard(
    qtbot, qtlog, caplog, own_sink, passing_sink, default_answers
) -> None:
    _device, recorder = own_sink
    player = WordPlayer(use_audio=True, own_connection=False)
    lit: list[int] = []
    player.word.connect(lambda _u, start, _n: lit.append(start))
    caplog.set_level(logging.INFO, logger="nook.speech.playback")
    try:
        default_answers.append(passing_sink.load())
        passing_sink.unload()  # and the sound starts before Qt has heard
        recorder.take()
        clock = QElapsedTimer()
        clock.start()
        with qtbot.waitSignal(player.done, timeout=10_000):
            player.play(1, tone(400), RATE, TIMINGS)
            assert failed_connects(qtlog) == 1  # the gone device was tried, and failed
            assert player.playing == 1 and lit == []  # waiting for a device, the words too
        assert not default_answers and lit == [0, 4]
        wanted_ms = clock.elapsed() + 300
        qtbot.waitUntil(lambda: recorder.recorded_ms >= wanted_ms, timeout=15_000)
        heard_ms = sound_ms(recorder.take())
        print(f"after a failed connect: 400 ms of sound played, {heard_ms} ms heard")
        assert heard_ms >= 0.9 * 400
        assert failed_connects(qtlog) == 1
        assert "could not be opened; trying again" in caplog.text
    finally:
        player.shutdown()


def test_a_phrase_stopped_while_waiting_for_a_device_is_done_once(qtbot, qtlog, passing_sink, default_answers) -> None:
    player = WordPlayer(use_audio=True, own_connection=False)
    done: list[int] = []
    player.done.connect(done.append)
    try:
        default_answers.append(passing_sink.load())
        passing_sink.unload()
        player.play(1, tone(400), RATE, TIMINGS)
        assert failed_connects(qtlog) == 1 and player.playing == 1
        player.play(2, tone(100), RATE, [])  # a new phrase ends the one waiting
        assert done == [1] and player.playing == 2
        qtbot.waitUntil(lambda: done == [1, 2], timeout=10_000)
    finally:
        player.shutdown()


def test_a_recording_whose_device_has_gone_is_heard_from_its_start(
    qtbot, qtlog, own_sink, passing_sink, default_answers
) -> None:
    device, recorder = own_sink
    ms = recordings.mp4_duration_ms(VOICE)
    player = RecordingPlayer(use_audio=True, own_connection=False)
    try:
        # A recording played on a device that then goes: the player keeps it, as Qt's
        # audio output does.
        gone = passing_sink.load()
        default_answers.extend([gone, gone])
        with qtbot.waitSignal(player.done, timeout=ms + 8000):
            player.play(VOICE, ms)
        passing_sink.unload()  # and the next recording starts before Qt has heard
        recorder.take()
        clock = QElapsedTimer()
        clock.start()
        with qtbot.waitSignal(player.done, timeout=ms + 8000):
            player.play(VOICE, ms)  # Qt still names the gone device as the default
            assert not default_answers

            def moved() -> bool:
                return player._output is not None and player._output.device() == device

            # Qt's audio thread tries the gone device, again and again, until the app
            # hears of a change in the device list (here, another sink coming and going).
            qtbot.waitUntil(lambda: failed_connects(qtlog) >= 1 or moved(), timeout=10_000)
            if not moved():
                another = PassingSink("nook_another")
                try:
                    another.load()
                finally:
                    another.unload()
            qtbot.waitUntil(moved, timeout=10_000)
        wanted_ms = clock.elapsed() + 300
        qtbot.waitUntil(lambda: recorder.recorded_ms >= wanted_ms, timeout=15_000)
        heard_ms = sound_ms(recorder.take())
        print(f"a recording of {ms} ms after {failed_connects(qtlog)} failed connects: {heard_ms} ms heard")
        assert heard_ms >= 0.9 * ms
    finally:
        player.stop()
