"""Every phrase is heard to its end: checked by recording what the sound server plays.

A PulseAudio null sink of our own (other tests and programs play into the default
one) is loaded, the app's voice speaks into it, and its monitor is recorded with
``parec`` while the voice says a one-word name and a sentence. The sound recorded must
last at least 90 % of the sound synthesised: a player that stops the sink when the
server has merely *taken* the audio drops the end of every phrase ("fox" not at all).
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QElapsedTimer

from nook.speech.playback import WordPlayer
from nook.speech.words import TimedWord
from tests.speech.conftest import requires_espeak
from tests.stamped_monitor import StampedMonitor

RATE = 22050  # espeak-ng's own rate: the recording needs no resampling
WINDOW = RATE // 100  # 10 ms
LOUD = 300  # a 10 ms window with a peak above this is sound, not silence


def sound_ms(pcm: bytes) -> int:
    """How long the mono s16le ``pcm`` has sound in it, in 10 ms windows."""
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) // 2 * 2])
    loud = 0
    for at in range(0, len(samples) - WINDOW + 1, WINDOW):
        window = samples[at : at + WINDOW]
        if max(window) > LOUD or -min(window) > LOUD:
            loud += 1
    return loud * 10


def pulse_server() -> str:
    """'' when a PulseAudio server answers and parec is here; otherwise why not."""
    for tool in ("pactl", "parec"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian package pulseaudio-utils)"
    try:
        answer = subprocess.run(["pactl", "info"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"pactl info failed: {error}"
    if answer.returncode != 0:
        return f"no PulseAudio server answers: {answer.stderr.strip() or answer.stdout.strip()}"
    return ""


class Recorder:
    """``parec`` on a monitor, read on a thread so the pipe never fills."""

    def __init__(self, source: str) -> None:
        self._process = subprocess.Popen(
            # parec's own (large) latency: asking for a small one would make the null
            # sink play with a small one too, and hide what a player leaves in it.
            ["parec", "-d", source, "--raw", "--format=s16le", "--channels=1", f"--rate={RATE}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._chunks: list[bytes] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        while chunk := self._process.stdout.read1(8192):
            with self._lock:
                self._chunks.append(chunk)

    @property
    def recorded_ms(self) -> int:
        with self._lock:
            return sum(len(c) for c in self._chunks) * 1000 // (2 * RATE)

    def take(self) -> bytes:
        """Everything recorded so far, and start afresh."""
        with self._lock:
            data, self._chunks = b"".join(self._chunks), []
        return data

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(timeout=10)
        self._thread.join(timeout=10)
        assert self._process.stdout is not None
        self._process.stdout.close()


def wait_for(condition, timeout_ms: int) -> None:
    """Run the event loop until ``condition()`` holds (qtbot.waitUntil, for a fixture
    that outlives one test)."""
    from PySide6.QtCore import QEventLoop, QTimer

    clock = QElapsedTimer()
    clock.start()
    while not condition():
        assert clock.elapsed() < timeout_ms, "timed out"
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


@pytest.fixture(scope="module")
def own_sink(qapp) -> Iterator[tuple[object, Recorder]]:
    """A null sink only these tests play into, as a Qt audio device, and its recorder."""
    reason = pulse_server()
    if reason:
        print(f"skipped: {reason}")
        pytest.skip(reason)
    from PySide6.QtMultimedia import QMediaDevices

    name = f"nook_heard_{os.getpid()}"
    loaded = subprocess.run(
        ["pactl", "load-module", "module-null-sink", f"sink_name={name}"], capture_output=True, text=True, timeout=10
    )
    assert loaded.returncode == 0, loaded.stderr
    module = loaded.stdout.strip()
    recorder = None
    try:

        def device():
            return next((d for d in QMediaDevices.audioOutputs() if bytes(d.id().data()).decode() == name), None)

        wait_for(lambda: device() is not None, 10_000)
        recorder = Recorder(f"{name}.monitor")
        wait_for(lambda: recorder.recorded_ms >= 200, 10_000)  # recording has begun
        yield device(), recorder
    finally:
        if recorder is not None:
            recorder.close()
        subprocess.run(["pactl", "unload-module", module], capture_output=True, timeout=10)


def synthesised(text: str, voice_id: str, wpm: int) -> bytes:
    """The audio espeak-ng makes for ``text`` (what the voice is given to play)."""
    from nook.speech.espeak_synth import acquire_worker, release_worker

    worker = acquire_worker()
    try:
        assert worker.wait_ready(5.0)
        done = threading.Event()
        result: list = []

        def deliver(_request: int, synthesis) -> None:
            result.append(synthesis)
            done.set()

        worker.request(text, voice_id, wpm, deliver)
        assert done.wait(10.0) and result[0] is not None
        assert result[0].sample_rate == RATE
        return result[0].pcm
    finally:
        release_worker(worker)


@requires_espeak
@pytest.mark.parametrize("text", ["fox", "The fox naps in the sun."])
def test_what_is_said_is_heard_to_its_end(qtbot, own_sink, text: str) -> None:
    from nook.speech.espeak_synth import rate_to_wpm
    from nook.speech.espeak_voice import EspeakVoice

    device, recorder = own_sink
    voice = EspeakVoice(use_audio=True, device=device)
    try:
        assert voice.has_audio_output()
        made_ms = sound_ms(synthesised(text, voice._voice_id, rate_to_wpm(1.0)))
        assert made_ms > 0
        recorder.take()  # the silence before
        clock = QElapsedTimer()
        clock.start()
        with qtbot.waitSignal(voice.finished, timeout=15_000):
            voice.say(text)
        # When the voice says it is finished, the sound has been heard: the recording up
        # to that moment (and a little more) holds the whole phrase, once the monitor
        # has passed it on.
        wanted_ms = clock.elapsed() + 300
        qtbot.waitUntil(lambda: recorder.recorded_ms >= wanted_ms, timeout=15_000)
        heard_ms = sound_ms(recorder.take())
        print(f"{text!r}: synthesised {made_ms} ms of sound, recorded {heard_ms} ms")
        assert heard_ms >= 0.9 * made_ms
    finally:
        voice.shutdown()
        voice.deleteLater()


def tone(ms: int, rate: int = RATE) -> bytes:
    """A loud square wave: sound a recording can find."""
    samples = array.array("h", ((8000 if (i // 25) % 2 else -8000) for i in range(rate * ms // 1000)))
    return samples.tobytes()


TIMINGS = [
    TimedWord(start=0, length=3, ms=0),
    TimedWord(start=4, length=3, ms=120),
    TimedWord(start=8, length=3, ms=240),
]


def test_without_a_sound_device_the_words_light_on_a_clock(qtbot) -> None:
    """No sound output (QMediaDevices.audioOutputs() empty: a muted classroom computer)."""
    player = WordPlayer(use_audio=False)
    lit: list[int] = []
    player.word.connect(lambda _u, start, _n: lit.append(start))
    with qtbot.waitSignal(player.done, timeout=5000) as done:
        player.play(7, tone(400), RATE, TIMINGS)
    assert done.args == [7] and lit == [0, 4, 8]
    assert player._sink is None  # nothing was opened


def test_a_phrase_ends_when_heard_and_only_a_new_one_stops_the_sink(qtbot, own_sink) -> None:
    from PySide6.QtMultimedia import QtAudio

    device, recorder = own_sink
    # Qt's sink (where there is no libpulse: Windows, macOS).
    player = WordPlayer(use_audio=True, device=device, release_ms=300, own_connection=False)
    try:
        lit: list[int] = []
        player.word.connect(lambda _u, start, _n: lit.append(start))
        recorder.take()
        clock = QElapsedTimer()
        clock.start()
        with qtbot.waitSignal(player.done, timeout=10_000):
            player.play(1, tone(400), RATE, TIMINGS)
        assert lit == [0, 4, 8]
        # The phrase is over because it was heard: the sink drained, and was not stopped.
        assert player._sink is not None and player._sink.state() == QtAudio.State.IdleState
        wanted_ms = clock.elapsed() + 300
        qtbot.waitUntil(lambda: recorder.recorded_ms >= wanted_ms, timeout=15_000)
        assert sound_ms(recorder.take()) >= 0.9 * 400
        qtbot.waitUntil(lambda: player._sink.state() == QtAudio.State.StoppedState, timeout=5000)  # let go, idle
        # A new phrase cuts the old one off at once: its done comes before the new start.
        events: list[tuple[str, int]] = []
        player.done.connect(lambda u: events.append(("done", u)))
        player.started.connect(lambda u: events.append(("started", u)))
        player.play(2, tone(3000), RATE, TIMINGS)
        player.play(3, tone(100), RATE, [])
        assert events == [("started", 2), ("done", 2), ("started", 3)]
    finally:
        player.shutdown()


def test_little_sounds_play_through_the_voices_path(qtbot, own_sink, monkeypatch) -> None:
    from PySide6 import QtMultimedia

    from nook.ui.editor.sounds import SoundBox, decoded

    def no_sound_effects(*_args, **_kwargs):
        raise AssertionError("QSoundEffect can start a warning storm; little sounds must not use it")

    monkeypatch.setattr(QtMultimedia, "QSoundEffect", no_sound_effects)
    device, recorder = own_sink
    player = WordPlayer(use_audio=True, device=device)
    box = SoundBox(lambda: True, player=player)
    try:
        sound = decoded("page_turn")
        assert sound is not None and sound.sample_rate == RATE and sound.channels == 1
        recorder.take()
        clock = QElapsedTimer()
        clock.start()
        with qtbot.waitSignal(player.done, timeout=10_000):
            box.play("page_turn")
        wanted_ms = clock.elapsed() + 300
        qtbot.waitUntil(lambda: recorder.recorded_ms >= wanted_ms, timeout=15_000)
        made_ms, heard_ms = sound_ms(sound.pcm), sound_ms(recorder.take())
        print(f"page turn: {made_ms} ms of sound, recorded {heard_ms} ms")
        assert made_ms > 0 and heard_ms >= 0.9 * made_ms
        assert box.played == ["page_turn"]
    finally:
        player.shutdown()


class Onsets(StampedMonitor):
    """A monitor that tells when each burst of sound began."""

    def onsets(self, after: float) -> list[float]:
        """When each burst of sound began (after a silence of 100 ms or more), from `after` on."""
        with self.lock:
            samples, origin = self.samples[:], self.origin
        found: list[float] = []
        quiet = WINDOW * 10
        first = max(0, int((after - origin) * RATE))
        for at in range(first, len(samples) - WINDOW + 1, WINDOW):
            window = samples[at : at + WINDOW]
            if max(window) > LOUD or -min(window) > LOUD:
                if quiet >= 10 * WINDOW:
                    loud = next(i for i, s in enumerate(window) if abs(s) > LOUD)
                    found.append(origin + (at + loud) / RATE)
                quiet = 0
            else:
                quiet += WINDOW
        return found


def bursts(gap_ms: int, burst_ms: int, count: int) -> tuple[bytes, list[int]]:
    """Silence and a burst of tone, `count` times: the sound, and when each burst begins."""
    silence = bytes(2 * RATE * gap_ms // 1000)
    starts = [(gap_ms + burst_ms) * i + gap_ms for i in range(count)]
    return (silence + tone(burst_ms)) * count + silence, starts


# The words may light this much before or after their sound is heard: a child sees them
# together (a frame of the highlight is 25 ms; lit 200 ms early was the sink's buffer).
IN_TIME_MS = 120


def test_each_word_lights_as_its_sound_is_heard(qtbot, own_sink) -> None:
    device, _recorder = own_sink
    name = bytes(device.id().data()).decode()
    monitor = Onsets(f"{name}.monitor", RATE)
    player = WordPlayer(use_audio=True, device=device)  # on connections of its own (libpulse here)
    try:
        qtbot.waitUntil(lambda: monitor.now_sample() >= RATE * 3 // 10, timeout=10_000)  # recording has begun
        pcm, starts = bursts(400, 150, 4)
        words = [TimedWord(start=4 * i, length=3, ms=ms) for i, ms in enumerate(starts)]
        lit: list[float] = []
        player.word.connect(lambda _u, _start, _n: lit.append(time.monotonic()))
        began = time.monotonic()
        with qtbot.waitSignal(player.done, timeout=10_000):
            player.play(1, pcm, RATE, words)
        qtbot.waitUntil(lambda: len(monitor.onsets(began)) >= len(starts), timeout=10_000)
        heard = monitor.onsets(began)[: len(starts)]
        off = [round((light - sound) * 1000) for light, sound in zip(lit, heard, strict=True)]
        print(f"each word lit this many ms after its sound was heard: {off}")
        assert all(abs(ms) <= IN_TIME_MS for ms in off)
    finally:
        player.shutdown()
        monitor.close()
