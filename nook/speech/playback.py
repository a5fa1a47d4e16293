"""Play synthesised PCM and light each word when the sound reaches it.

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
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QElapsedTimer, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from nook.speech.words import TimedWord

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


def audio_output_available() -> bool:
    """True when the system has at least one sound output."""
    return bool(QMediaDevices.audioOutputs())


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
    ) -> None:
        """``device``: where the sound goes (default: the system's default output)."""
        super().__init__(parent)
        self._use_audio = audio_output_available() if use_audio is None else use_audio
        self._device = device
        self._tail_ms = tail_ms
        self._sink: QAudioSink | None = None
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
            self._on_clock = not self._start_sink(pcm, sample_rate, channels)
        self.started.emit(utterance)
        if self._utterance == utterance:  # a slot may have stopped us already
            self._timer.start()
            self._tick()

    def stop(self) -> None:
        """Silence at once; ``done`` is emitted for an utterance that was playing."""
        self._release_sink()
        self._end()

    def shutdown(self) -> None:
        self.stop()
        if self._sink is not None:
            self._sink.deleteLater()
            self._sink = None

    # -- internals -------------------------------------------------------------
    def _end(self) -> None:
        """The utterance is over; the sink is left as it is (it has drained, or was stopped)."""
        self._timer.stop()
        utterance, self._utterance = self._utterance, 0
        self._timings = []
        if self._sink is not None and self._sink.state() != QtAudio.State.StoppedState:
            self._release.start()
        if utterance:
            self.done.emit(utterance)

    def _release_sink(self) -> None:
        self._release.stop()
        if self._sink is not None and self._sink.state() != QtAudio.State.StoppedState:
            self._sink.stop()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())

    def _start_sink(self, pcm: bytes, sample_rate: int, channels: int) -> bool:
        device = self._device if self._device is not None else QMediaDevices.defaultAudioOutput()
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
        return self._sink.error() == QtAudio.Error.NoError and self._sink.state() != QtAudio.State.StoppedState

    def _heard_to_the_end(self) -> bool:
        """On a device: the sink has drained and the device's latency has passed."""
        sink, buffer = self._sink, self._buffer
        drained = (
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
        if self._on_clock or self._sink is None:
            return self._clock_offset_ms + elapsed
        position = self._sink.processedUSecs() // 1000
        if self._sink.error() not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError):
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
