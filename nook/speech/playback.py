"""Play synthesised PCM and light each word when the sound reaches it.

Where libpulse is (Linux, PulseAudio or PipeWire) the sound goes out on connections of
our own (`pulse_out.PulseStream`), made and written in a worker thread, from the start:
Qt's ``QAudioSink`` waits on the UI thread for the sound server's answers (to start,
to stop, to let go), so a server that hangs held the whole window still for as long
as it hung (60 s to start a phrase, 12 s to stop an idle sink, measured). Qt's sink is
used only where there is no libpulse (Windows, macOS); what follows about Qt's sink
and its devices is about that case.

The highlight follows the audio device's own position (``QAudioSink.processedUSecs``),
not the engine's events as they come: those all fire during synthesis, before any
sound. Without an audio device (a muted classroom computer, CI) the same timings run
on a ``QElapsedTimer`` clock, so the words still light up. If a device takes the audio
but its position never moves (seen with some drivers), the clock takes over.

``processedUSecs`` counts what the sink has *handed to* the sound server, not what has
been heard: the server still holds the end of the phrase (a PulseAudio null sink up to
2 s, real devices tens to hundreds of ms). So an utterance ends only when the sink has
drained (``IdleState`` with all the audio read) and then the device's own latency
(``tail_ms``) has passed; the end of an utterance never stops the sink, only a new
utterance or ``stop`` does (an idle sink is let go a while later, so nothing runs
while the app is idle).

A sound output that comes or goes (headphones, a USB speaker; in the tests another
test's null sink, which makes PulseAudio unload its placeholder ``auto_null``) reaches
Qt's list of devices tens of milliseconds after the sound server has changed. A sink
opened in that moment names a device the server no longer has, and its stream fails
to connect (Qt warns ``Stream failed to connect``); the phrase would not be heard. So
a sink that cannot be opened is made again, on the default device as Qt knows it once
its list has caught up, and the phrase starts then, words and sound together.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QBuffer, QByteArray, QElapsedTimer, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from nook.speech import pulse_out
from nook.speech.words import TimedWord

log = logging.getLogger(__name__)

TICK_MS = 25
# After the sink has drained, what the device itself still holds (its latency).
TAIL_MS = 150
# A drained sink is let go after this long without a new utterance.
RELEASE_MS = 3000
# A device may hold sound back before it plays (a PulseAudio null sink holds up to
# 2 s); only after this long without movement is the device given up for the clock.
STALL_MS = 3500
# However a device behaves, an utterance ends this long after its audio should have.
GRACE_MS = 6000
# A sink that could not be opened is tried again after these waits (or sooner, a
# moment after Qt's list of devices changes); after the last the words go on the clock.
REOPEN_MS = (100, 300)
SETTLE_MS = 10  # after the device list changes, before trying again
# At the end, the worker writing to the sound server is given this long to let go (it
# takes milliseconds; a server that hangs would keep it, and it is left).
SHUTDOWN_WAIT_S = 0.1
# A device that could not be opened is logged at most once this often (with a count).
LOG_EVERY_S = 60.0


def audio_output_available() -> bool:
    """True when the system has at least one sound output."""
    return bool(QMediaDevices.audioOutputs())


def default_output() -> QAudioDevice:
    """The system's default sound output as Qt knows it now (a change reaches Qt late)."""
    return QMediaDevices.defaultAudioOutput()


class OpenFailures:
    """Logs a sound device that could not be opened: the first time, then at most once a
    ``every_s`` with how many more there were (a device that keeps failing fills no log)."""

    def __init__(self, every_s: float = LOG_EVERY_S) -> None:
        self._every_s = every_s
        self._logged_at: float | None = None
        self._unlogged = 0

    def note(self, device: QAudioDevice) -> None:
        now = time.monotonic()
        if self._logged_at is not None and now - self._logged_at < self._every_s:
            self._unlogged += 1
            return
        more = f" ({self._unlogged} more since the last time)" if self._unlogged else ""
        log.info("the sound device %r could not be opened; trying again%s", device.description(), more)
        self._logged_at, self._unlogged = now, 0


OPEN_FAILURES = OpenFailures()


class WordPlayer(QObject):
    """Plays one utterance at a time; a new ``play`` or ``stop`` ends the last one."""

    started = Signal(int)
    word = Signal(int, int, int)
    done = Signal(int)

    def __init__(
        self,
        parent: QObject | None = None,
        use_audio: bool | None = None,
        device: QAudioDevice | None = None,
        tail_ms: int = TAIL_MS,
        release_ms: int = RELEASE_MS,
        own_connection: bool | None = None,
    ) -> None:
        """``device``: where the sound goes (default: the system's default output).
        ``own_connection``: sound goes out on connections of its own (`pulse_out`), never
        through Qt's sinks (default: wherever libpulse is, see the module's docstring)."""
        super().__init__(parent)
        self._use_audio = audio_output_available() if use_audio is None else use_audio
        self._device = device
        self._tail_ms = tail_ms
        self._sink: QAudioSink | None = None
        # Sound on connections of our own (pulse_out), made in a worker: where libpulse is,
        # from the start (Qt's sink waits on the UI thread for a server that hangs);
        # elsewhere once the sound server has gone away in this run (Qt would abort the app).
        self._stream: pulse_out.PulseStream | None = None
        if own_connection is None:
            own_connection = pulse_out.available()
        if self._use_audio and own_connection:
            name = bytes(device.id().data()) if device is not None and not device.isNull() else None
            self._stream = pulse_out.PulseStream(device=name)
        self._abandoned: list[QAudioSink] = []  # Qt's, never touched again
        self._sink_format: tuple[QAudioDevice, int, int] | None = None
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(release_ms)
        self._release.timeout.connect(self._release_sink)
        self._drained_at = -1  # clock time the sink was found drained, or -1
        self._buffer: QBuffer | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self._utterance = 0
        self._timings: list[TimedWord] = []
        self._next = 0
        self._duration_ms = 0
        self._on_clock = True
        self._clock_offset_ms = 0
        self._last_position = -1
        self._last_move_ms = 0
        self._open_failed = False  # the last sink started could not open its stream
        self._waiting: tuple[bytes, int, int] | None = None  # sound waiting for a device
        self._reopened = 0
        self._reopen = QTimer(self)
        self._reopen.setSingleShot(True)
        self._reopen.timeout.connect(self._open_again)
        # Qt's list of devices, to hear when it has caught up with the sound server.
        self._devices: QMediaDevices | None = None
        if self._use_audio:
            pulse_out.watch_server()
        if self._use_audio and self._stream is None:
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._devices_changed)

    @property
    def has_audio(self) -> bool:
        return self._use_audio

    @property
    def playing(self) -> int:
        """The utterance being played, or 0."""
        return self._utterance

    def play(self, utterance: int, pcm: bytes, sample_rate: int, timings: list[TimedWord], channels: int = 1) -> None:
        """Play signed 16-bit little-endian ``pcm``; ``timings`` light the words."""
        self.stop()
        self._utterance = utterance
        self._timings = timings
        self._next = 0
        frame = 2 * max(1, channels)
        self._duration_ms = len(pcm) * 1000 // (frame * sample_rate) if sample_rate else 0
        self._on_clock = True
        self._clock_offset_ms = 0
        self._last_position = -1
        self._last_move_ms = 0
        self._drained_at = -1
        self._clock.start()
        if self._use_audio and pcm:
            if self._start_sink(pcm, sample_rate, channels):
                self._on_clock = False
            elif self._open_failed:
                self._wait_for_device(pcm, sample_rate, channels)
        self.started.emit(utterance)
        if self._utterance == utterance and self._waiting is None:  # a slot may have stopped us already
            self._timer.start()
            self._tick()

    def stop(self) -> None:
        """Silence at once; ``done`` is emitted for an utterance that was playing."""
        self._release_sink()
        self._end()

    def shutdown(self) -> None:
        self.stop()
        if self._stream is not None:
            self._stream.join(SHUTDOWN_WAIT_S)  # a server that hangs keeps its worker, not the app
        if self._sink is not None:
            self._sink.deleteLater()
            self._sink = None

    # -- internals -------------------------------------------------------------
    def _end(self) -> None:
        """The utterance is over; the sink is left as it is (it has drained, or was stopped)."""
        self._timer.stop()
        self._reopen.stop()
        self._waiting = None
        utterance, self._utterance = self._utterance, 0
        self._timings = []
        if self._sink is not None and self._sink.state() != QtAudio.State.StoppedState:
            self._release.start()
        if utterance:
            self.done.emit(utterance)

    def _release_sink(self) -> None:
        self._release.stop()
        if self._stream is not None:
            self._stream.stop()
        if self._sink is not None and self._sink.state() != QtAudio.State.StoppedState:
            self._sink.stop()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())

    def _wait_for_device(self, pcm: bytes, sample_rate: int, channels: int) -> None:
        """The sink could not be opened: try again once Qt's device list has caught up."""
        self._drop_failed_sink()
        self._waiting = (pcm, sample_rate, channels)
        self._reopened = 0
        self._reopen.start(REOPEN_MS[0])

    def _devices_changed(self) -> None:
        if self._waiting is not None:
            self._reopen.start(SETTLE_MS)

    def _open_again(self) -> None:
        waiting, utterance = self._waiting, self._utterance
        if waiting is None or not utterance:
            return
        self._reopened += 1
        if self._start_sink(*waiting):
            self._on_clock = False
        elif self._open_failed and self._reopened < len(REOPEN_MS):
            self._drop_failed_sink()
            self._reopen.start(REOPEN_MS[self._reopened])
            return
        else:
            log.warning("no sound device would play; the words light up without sound")
        self._waiting = None
        self._clock.start()  # the words start with the sound
        self._timer.start()
        self._tick()

    def _drop_failed_sink(self) -> None:
        """The sink's stream failed to connect: it is logged, and the next sink is a new one."""
        if self._sink_format is not None:
            OPEN_FAILURES.note(self._sink_format[0])
        if self._buffer is not None:
            self._buffer.close()
        if self._sink is not None:
            self._sink.deleteLater()
            self._sink = None
            self._sink_format = None

    def _start_sink(self, pcm: bytes, sample_rate: int, channels: int) -> bool:
        self._open_failed = False
        if self._stream is None and pulse_out.server_lost() and pulse_out.available():
            log.warning("the sound server went away: sound goes out on connections of its own from now on")
            if self._sink is not None:
                self._abandoned.append(self._sink)
            self._sink, self._sink_format = None, None
            self._stream = pulse_out.PulseStream()
        if self._stream is not None:
            self._stream.start(pcm, sample_rate, channels)
            return True
        device = self._device if self._device is not None else default_output()
        if self._sink is None or self._sink_format != (device, sample_rate, channels):
            if self._sink is not None:
                self._sink.deleteLater()
                self._sink = None
            audio_format = QAudioFormat()
            audio_format.setSampleRate(sample_rate)
            audio_format.setChannelCount(channels)
            audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            if device.isNull() or not device.isFormatSupported(audio_format):
                return False
            self._sink = QAudioSink(device, audio_format, self)
            # ~100 ms of buffer keeps stop instant and the position honest.
            self._sink.setBufferSize(sample_rate * 2 * channels // 10)
            self._sink_format = (device, sample_rate, channels)
        if self._buffer is None:
            self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pcm))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink.start(self._buffer)
        # The sink's states and errors are QtAudio's (PySide6 6.11 also has a QAudio
        # whose enums never compare equal to them).
        error = self._sink.error()
        self._open_failed = error in (QtAudio.Error.OpenError, QtAudio.Error.FatalError)
        return error == QtAudio.Error.NoError and self._sink.state() != QtAudio.State.StoppedState

    def _heard_to_the_end(self) -> bool:
        """On a device: the sink has drained and the device's latency has passed."""
        sink, buffer = self._sink, self._buffer
        drained = (self._stream is not None and self._stream.finished) or (
            sink is not None
            and buffer is not None
            and sink.state() in (QtAudio.State.IdleState, QtAudio.State.StoppedState)
            and buffer.atEnd()
        )
        if not drained:
            self._drained_at = -1  # an underrun mid-phrase is not the end
            return False
        if self._drained_at < 0:
            self._drained_at = self._clock.elapsed()
        return self._clock.elapsed() - self._drained_at >= self._tail_ms

    def _position_ms(self) -> int:
        elapsed = self._clock.elapsed()
        if self._on_clock or (self._sink is None and self._stream is None):
            return self._clock_offset_ms + elapsed
        if self._stream is not None:
            position = self._stream.processed_us() // 1000
            failed = self._stream.failed
        else:
            assert self._sink is not None
            position = self._sink.processedUSecs() // 1000
            failed = self._sink.error() not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError)
        if failed:
            self._on_clock = True  # the device failed: the words go on, on the clock
            self._clock_offset_ms = position - elapsed
            return position
        if position != self._last_position:
            self._last_position = position
            self._last_move_ms = elapsed
        elif elapsed - self._last_move_ms > STALL_MS and position < self._duration_ms:
            # The device took the sound but is not playing it: light the words on
            # the clock from here on, so the child still sees them.
            self._on_clock = True
            self._clock_offset_ms = position - elapsed
            return position
        return position

    def _tick(self) -> None:
        utterance = self._utterance
        if not utterance:
            self._timer.stop()
            return
        position = self._position_ms()
        while self._next < len(self._timings) and self._timings[self._next].ms <= position:
            timed = self._timings[self._next]
            self._next += 1
            self.word.emit(utterance, timed.start, timed.length)
            if self._utterance != utterance:
                return
        overdue = self._clock.elapsed() > self._duration_ms + GRACE_MS
        said = position >= self._duration_ms and self._next >= len(self._timings)
        heard = said and (self._on_clock or self._heard_to_the_end())
        if heard or overdue:
            while self._next < len(self._timings):  # every word is lit once
                timed = self._timings[self._next]
                self._next += 1
                self.word.emit(utterance, timed.start, timed.length)
                if self._utterance != utterance:
                    return
            if overdue or self._on_clock:
                self._release_sink()  # a device that never drains, or went quiet: let it go
            self._end()
