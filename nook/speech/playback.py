"""Play synthesised PCM and light each word when the sound reaches it.

The highlight follows the audio device's own position (``QAudioSink.processedUSecs``),
not the engine's events as they come: those all fire during synthesis, before any
sound. Without an audio device (a muted classroom computer, CI) the same timings run
on a ``QElapsedTimer`` clock, so the words still light up. If a device takes the audio
but its position never moves (seen with some drivers), the clock takes over.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QElapsedTimer, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices

from nook.speech.words import TimedWord

TICK_MS = 25
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

    def __init__(self, parent: QObject | None = None, use_audio: bool | None = None) -> None:
        super().__init__(parent)
        self._use_audio = audio_output_available() if use_audio is None else use_audio
        self._sink: QAudioSink | None = None
        self._sink_rate = 0
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

    def play(self, utterance: int, pcm: bytes, sample_rate: int, timings: list[TimedWord]) -> None:
        self.stop()
        self._utterance = utterance
        self._timings = timings
        self._next = 0
        self._duration_ms = len(pcm) * 1000 // (2 * sample_rate) if sample_rate else 0
        self._on_clock = True
        self._clock_offset_ms = 0
        self._last_position = -1
        self._last_move_ms = 0
        self._clock.start()
        if self._use_audio and pcm:
            self._on_clock = not self._start_sink(pcm, sample_rate)
        self.started.emit(utterance)
        if self._utterance == utterance:  # a slot may have stopped us already
            self._timer.start()
            self._tick()

    def stop(self) -> None:
        """Silence at once; ``done`` is emitted for an utterance that was playing."""
        self._timer.stop()
        utterance, self._utterance = self._utterance, 0
        if self._sink is not None and self._sink.state() != QAudio.State.StoppedState:
            self._sink.stop()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
        self._timings = []
        if utterance:
            self.done.emit(utterance)

    def shutdown(self) -> None:
        self.stop()
        if self._sink is not None:
            self._sink.deleteLater()
            self._sink = None

    # -- internals -------------------------------------------------------------
    def _start_sink(self, pcm: bytes, sample_rate: int) -> bool:
        if self._sink is None or self._sink_rate != sample_rate:
            if self._sink is not None:
                self._sink.deleteLater()
            audio_format = QAudioFormat()
            audio_format.setSampleRate(sample_rate)
            audio_format.setChannelCount(1)
            audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            device = QMediaDevices.defaultAudioOutput()
            if device.isNull() or not device.isFormatSupported(audio_format):
                return False
            self._sink = QAudioSink(device, audio_format, self)
            # ~100 ms of buffer keeps stop instant and the position honest.
            self._sink.setBufferSize(sample_rate * 2 // 10)
            self._sink_rate = sample_rate
        if self._buffer is None:
            self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pcm))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink.start(self._buffer)
        return self._sink.error() == QAudio.Error.NoError and (self._sink.state() != QAudio.State.StoppedState)

    def _position_ms(self) -> int:
        elapsed = self._clock.elapsed()
        if self._on_clock or self._sink is None:
            return self._clock_offset_ms + elapsed
        position = self._sink.processedUSecs() // 1000
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
        if (position >= self._duration_ms and self._next >= len(self._timings)) or overdue:
            while self._next < len(self._timings):  # every word is lit once
                timed = self._timings[self._next]
                self._next += 1
                self.word.emit(utterance, timed.start, timed.length)
                if self._utterance != utterance:
                    return
            self.stop()
