"""Play a recording (my voice) kept in the library, and say when it has been heard.

QtMultimedia's player decodes the AAC straight from memory. Without a sound device (a
muted classroom computer) nothing can be heard, but show time must still turn the page:
the recording's own length then runs on a timer instead.

Qt's audio output keeps the device it was given (6.11: it does not follow the system's
default), and a device that has gone is tried again and again, silently, for the whole
recording (Qt warns ``Stream failed to connect`` each time). So each recording plays
on the default device as Qt knows it then, and when the default changes during a
recording (Qt hears of a change from the sound server a moment late) the recording
starts again from its beginning on the new one: whether any of it was heard on the old
device nobody can tell (Qt may even list a device that has gone for a while).

Where libpulse is (Linux), and anywhere once the sound server has gone away in this run
(Qt's player would then abort the app, see `pulse_out`), Qt's player is not used: the
recording is decoded to PCM (decoding does not touch the sound server) and played on a
connection of its own, from a worker thread. Qt's player waits on the UI thread for a
server that hangs (22 s for one recording, measured); and after a restart the recording
is heard again as soon as the server is back. The device handling above is for Qt's
player, where there is no libpulse (Windows, macOS).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QElapsedTimer, QIODevice, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat, QAudioOutput, QMediaDevices, QMediaPlayer

from nook.speech import playback, pulse_out
from nook.speech.playback import OPEN_FAILURES, audio_output_available

# However the device behaves, a recording ends this long after it should have.
GRACE_MS = 6000
OWN_RATE = 22050  # what a recording is decoded to for a connection of its own
OWN_TICK_MS = 40


class RecordingPlayer(QObject):
    """One recording at a time; a new `play` or `stop` ends the last one.

    `position` reports the player's own position (ms) while it plays; `done` comes once
    per `play`, when it has been heard, stopped, or could not be played.
    """

    started = Signal()
    position = Signal(int)
    done = Signal()

    def __init__(
        self, parent: QObject | None = None, use_audio: bool | None = None, own_connection: bool | None = None
    ) -> None:
        """``own_connection``: decoded here and played on connections of its own (`pulse_out`),
        never through Qt's player (default: wherever libpulse is)."""
        super().__init__(parent)
        self._use_audio = audio_output_available() if use_audio is None else use_audio
        self._own = pulse_out.available() if own_connection is None else own_connection
        if self._use_audio:
            pulse_out.watch_server()
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        self._buffer: QBuffer | None = None
        self._devices: QMediaDevices | None = None
        # After the sound server went away: decoded here, played on a connection of its own.
        self._decoder: QAudioDecoder | None = None
        self._decoded = bytearray()
        self._stream: pulse_out.PulseStream | None = None
        self._own_ms = 0
        self._own_clock = QElapsedTimer()
        self._own_played_ms = 0  # how much had been played when it last moved, and when
        self._own_moved_at = 0
        self._own_tick = QTimer(self)
        self._own_tick.setInterval(OWN_TICK_MS)
        self._own_tick.timeout.connect(self._own_moved)
        self._active = False
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self.stop)

    @property
    def playing(self) -> bool:
        return self._active

    def play(self, data: bytes, ms: int) -> None:
        self.stop()
        self._active = True
        self.started.emit()
        if not self._use_audio:
            self._deadline.start(max(1, ms))
            return
        if self._own or pulse_out.server_lost():
            # (Qt's player waits on the UI thread for a server that hangs, and after the
            # sound server went away it would abort the app.)
            if pulse_out.available():
                self._decode(data, ms)
            else:
                self._deadline.start(max(1, ms))
            return
        player = self._ensure_player()
        assert self._output is not None
        self._output.setDevice(playback.default_output())
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        # The name only tells the decoder what kind of file the bytes are.
        player.setSourceDevice(self._buffer, QUrl("voice.m4a"))
        player.play()
        self._deadline.start(ms + GRACE_MS)

    # -- after the sound server went away: a connection of our own ------------------
    def _decode(self, data: bytes, ms: int) -> None:
        self._own_ms = max(1, ms)
        self._own_clock.start()
        self._deadline.start(self._own_ms + GRACE_MS)
        if self._decoder is None:  # one for this object's life, as the player
            self._decoder = QAudioDecoder(self)
            wanted = QAudioFormat()
            wanted.setSampleRate(OWN_RATE)
            wanted.setChannelCount(1)
            wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            self._decoder.setAudioFormat(wanted)
            self._decoder.bufferReady.connect(self._decoded_some)
            self._decoder.finished.connect(self._decoded_all)
            self._decoder.error.connect(self._not_decoded)
        self._decoded = bytearray()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._decoder.setSourceDevice(self._buffer)
        self._decoder.start()

    def _decoded_some(self) -> None:
        if self._decoder is not None and self._active:
            self._decoded.extend(bytes(self._decoder.read().constData()))

    def _decoded_all(self) -> None:
        if not self._active:
            return
        if self._stream is None:
            self._stream = pulse_out.PulseStream()
        self._stream.start(bytes(self._decoded), OWN_RATE, 1)
        self._decoded = bytearray()
        self._own_played_ms, self._own_moved_at = 0, self._own_clock.elapsed()
        self._own_tick.start()

    def _not_decoded(self, _error: QAudioDecoder.Error) -> None:
        if self._active:  # nothing to hear: the recording's own length runs on a timer
            self._decoded = bytearray()
            self._deadline.start(max(1, self._own_ms - self._own_clock.elapsed()))

    def _own_moved(self) -> None:
        stream = self._stream
        if not self._active or stream is None:
            self._own_tick.stop()
            return
        played_ms = stream.processed_us() // 1000
        if played_ms != self._own_played_ms:
            self._own_played_ms, self._own_moved_at = played_ms, self._own_clock.elapsed()
        # The server is still away, or does not answer (hangs): the rest in silence, on the
        # clock, as the voice does (not the whole grace after the recording's length).
        stalled = self._own_clock.elapsed() - self._own_moved_at > playback.STALL_MS
        if stream.failed or (stalled and not stream.finished):
            self._own_tick.stop()
            self._deadline.start(max(1, self._own_ms - self._own_clock.elapsed()))
            return
        self.position.emit(played_ms)
        if stream.finished:
            self.stop()

    def _ensure_player(self) -> QMediaPlayer:
        # One player for this object's life: deleting a player while its decoder thread
        # still reads the last source crashed QtMultimedia (seen in tests).
        if self._player is None:
            self._output = QAudioOutput(self)
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(self._output)
            self._player.positionChanged.connect(self._moved)
            self._player.mediaStatusChanged.connect(self._status)
            self._player.errorOccurred.connect(self._error)
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._devices_changed)
        return self._player

    def _devices_changed(self) -> None:
        """Qt's list of devices changed: a recording playing follows the default device."""
        if not self._active or self._output is None or self._player is None:
            return
        now = playback.default_output()
        was = self._output.device()
        if now.isNull() or now == was:
            return
        OPEN_FAILURES.note(was)
        self._output.setDevice(now)
        self._player.setPosition(0)

    def stop(self) -> None:
        """Stop playing (if playing) and say `done`."""
        self._deadline.stop()
        self._own_tick.stop()
        was_active, self._active = self._active, False
        if self._stream is not None:
            self._stream.stop()
        if self._decoder is not None:
            self._decoder.stop()
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())  # lets go of the buffer before it is deleted
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None
        if was_active:
            self.done.emit()

    def _moved(self, ms: int) -> None:
        if self._active:
            self.position.emit(ms)

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._active and status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            # Later, not inside the player's own signal: stopping deletes the player.
            QTimer.singleShot(0, self.stop)

    def _error(self, _error: QMediaPlayer.Error, _message: str) -> None:
        if self._active:
            QTimer.singleShot(0, self.stop)
