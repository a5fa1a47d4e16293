"""Record a voice from a microphone into a compact, whole AAC file (QtMultimedia).

`VoiceRecorder` runs a `QMediaRecorder` (Qt's bundled FFmpeg encodes AAC in MP4) and,
beside it on the same microphone, a small `QAudioSource` that only measures loudness,
so the child sees a level meter move while they speak.

The recorder writes to a file in the data folder's `recording/` folder and hands the
bytes over only when the encoder has finished the file; a crash mid-way leaves an
unfinished file there that is never stored (`recordings.clear_unfinished` removes it).
Widgets get a `Microphones` (microphones.py) in their constructor, so tests can point the
app at a virtual microphone without touching the system's default.

Where libpulse is (Linux), the microphone is read on a connection of our own in a worker
(`pulse_in.PulseCapture`) and handed to the same encoder as buffers, never opened through
Qt: Qt's microphone and its level meter (`QAudioSource`) wait on the UI thread for the
sound server, so a server that hangs held the window still for as long as it hung (30 s,
measured). Qt's microphone is used where there is no libpulse (Windows, macOS).
"""

from __future__ import annotations

import array
import logging
import math
import uuid
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QIODevice, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import (
    QAudioDevice,
    QAudioFormat,
    QAudioInput,
    QAudioSource,
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
)

from nook.core import recordings
from nook.reply import Reply
from nook.speech import pulse_in, pulse_out
from nook.speech.microphones import Microphones

log = logging.getLogger(__name__)

LEVEL_RATE = 16_000
LEVEL_FLOOR_DB = -50.0  # quieter than this shows an empty meter
TICK_MS = 100
# Our own microphone (after the sound server went away) not open by then: the child is
# told, rather than shown the stop button and 0:00 for as long as a hung server keeps it.
OPEN_WAIT_MS = 5000


@dataclass(frozen=True)
class Take:
    """A finished recording: whole MP4 bytes and how long it lasts."""

    data: bytes
    ms: int


def level_of(pcm: bytes) -> float:
    """Loudness of 16-bit PCM as 0..1 on a decibel scale (speech sits in the middle)."""
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    if not samples:
        return 0.0
    mean_square = sum(s * s for s in samples) / len(samples)
    if mean_square <= 0:
        return 0.0
    db = 10 * math.log10(mean_square / (32768.0 * 32768.0))
    return max(0.0, min(1.0, (db - LEVEL_FLOOR_DB) / -LEVEL_FLOOR_DB))


class VoiceRecorder(QObject):
    """One recording at a time: `start`, then `stop` (or `cancel`).

    Signals: `started` when sound is really being written (the encoder takes a moment
    to open the microphone), `level` (0..1) and `elapsed` (ms) while recording,
    `finished` with a `Take` once the file is whole, `failed` with a reason for a
    grown-up when anything goes wrong (nothing is kept then).
    """

    started = Signal()
    level = Signal(float)
    elapsed = Signal(int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        folder: Path | str,
        microphones: Microphones | None = None,
        limit_ms: int = recordings.LIMIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.microphones = microphones or Microphones()
        self.limit_ms = limit_ms
        self._session: QMediaCaptureSession | None = None
        self._input: QAudioInput | None = None
        self._media: QMediaRecorder | None = None  # made once, reused
        self._recorder: QMediaRecorder | None = None  # the same, while busy
        # After the sound server went away: our own microphone connection feeding Qt's encoder.
        self._own: tuple[pulse_in.BufferFeed, QMediaCaptureSession, QMediaRecorder] | None = None
        self._opening: pulse_in.PulseCapture | None = None  # our own microphone, while it opens
        self.open_wait_ms = OPEN_WAIT_MS
        self._open_reply: Reply[[pulse_in.PulseCapture]] | None = None
        self._meter: QAudioSource | None = None
        self._meter_io: QIODevice | None = None
        self._path: Path | None = None
        self._keep = False
        self._started = False
        self._last_level = 0.0
        self._elapsed = 0
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)

    # -- state ------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Recording (or waiting for the microphone to open), or finishing a file."""
        return self._recorder is not None or self._opening is not None

    @property
    def elapsed_ms(self) -> int:
        """How long the recording being made is so far."""
        return self._elapsed

    def problem(self) -> str | None:
        return self.microphones.problem()

    # -- acts -------------------------------------------------------------------
    def start(self) -> bool:
        """Start recording; False (and `failed`) when there is no microphone."""
        if self.busy:
            return True
        if self.microphones.own_connection() and pulse_out.available():
            if not pulse_out.server_lost() and self.microphones.device() is None:
                self.failed.emit(self.microphones.problem() or "No microphone.")
                return False  # (Qt's list of microphones is read, not asked of the server)
            return self._start_own()
        device = self.microphones.device()
        if device is None:
            self.failed.emit(self.microphones.problem() or "No microphone.")
            return False
        if not self._new_file():
            return False
        recorder = self._ensure_recorder(device)
        self._record(recorder)
        self._start_meter(device)
        return True

    def _new_file(self) -> bool:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.failed.emit(f"Writing Nook cannot write its recording in {self.folder}: {exc.strerror or exc}.")
            return False
        self._path = self.folder / f"{uuid.uuid4().hex}{recordings.SUFFIX}"
        self._keep = True
        self._started = False
        self._elapsed = 0
        return True

    def _record(self, recorder: QMediaRecorder) -> None:
        assert self._path is not None
        self._recorder = recorder
        recorder.setOutputLocation(QUrl.fromLocalFile(str(self._path)))
        recorder.record()
        self._ticker.start()

    def _start_own(self) -> bool:
        """After the sound server went away: the microphone on a connection of our own.

        The connection is made in a worker thread and not waited for here (a server
        that is busy or hangs would hold the window still): recording begins once it
        is open (`_own_opened`), and until then the recorder is busy, waiting."""
        if not self._new_file():
            return False
        if self._open_reply is None:
            self._open_reply = Reply(self._own_opened)
        capture = pulse_in.PulseCapture(recordings.SAMPLE_RATE, self.microphones.device_id, on_open=self._open_reply)
        self._opening = capture
        capture.start()
        QTimer.singleShot(self.open_wait_ms, self, lambda: self._not_opened(capture))
        return True

    def _not_opened(self, capture: pulse_in.PulseCapture) -> None:
        if capture is not self._opening:
            return  # opened, or let go, in time
        self._drop_opening()
        log.info("the microphone did not open in %d ms: the sound server does not answer", self.open_wait_ms)
        self.failed.emit("The sound server does not answer: recording works once it does.")

    def _own_opened(self, capture: pulse_in.PulseCapture) -> None:
        if capture is not self._opening:
            return  # stopped or cancelled while it opened: it has been told to stop
        self._opening = None
        if capture.failed:
            capture.stop()
            self.failed.emit("The sound server went away and is not back yet: recording works once it is.")
            return
        if self._own is None:  # one session for this object's life, as Qt's own
            feed = pulse_in.BufferFeed(recordings.SAMPLE_RATE, self)
            feed.heard.connect(self._heard)
            feed.drained.connect(self._drained)
            feed.lost.connect(self.stop)  # keep what was said until the server went
            session = QMediaCaptureSession(self)
            session.setAudioBufferInput(feed.input)
            recorder = self._configured(QMediaRecorder(self))
            session.setRecorder(recorder)
            self._own = (feed, session, recorder)
        feed, _session, recorder = self._own
        self._record(recorder)
        feed.begin(capture)

    def _drop_opening(self) -> bool:
        """A microphone still opening is let go (True if there was one)."""
        capture, self._opening = self._opening, None
        if capture is None:
            return False
        capture.stop()
        return True

    def _heard(self, pcm: bytes) -> None:
        self._last_level = level_of(pcm)

    def _drained(self) -> None:
        if self._recorder is not None:
            self._recorder.stop()

    def _ensure_recorder(self, device: QAudioDevice) -> QMediaRecorder:
        # One capture session for the recorder's life: QtMultimedia's FFmpeg input warns
        # and can come up silent when a second session opens the microphone while the
        # last one is still being torn down.
        if self._session is None or self._input is None or self._media is None:
            self._input = QAudioInput(device, self)
            self._session = QMediaCaptureSession(self)
            self._session.setAudioInput(self._input)
            recorder = self._configured(QMediaRecorder(self))
            self._session.setRecorder(recorder)
            self._media = recorder
        elif self._input.device() != device:
            self._input.setDevice(device)
        return self._media

    def _configured(self, recorder: QMediaRecorder) -> QMediaRecorder:
        media_format = QMediaFormat(QMediaFormat.FileFormat.Mpeg4Audio)
        media_format.setAudioCodec(QMediaFormat.AudioCodec.AAC)
        recorder.setMediaFormat(media_format)
        recorder.setEncodingMode(QMediaRecorder.EncodingMode.ConstantBitRateEncoding)
        recorder.setAudioBitRate(recordings.BIT_RATE)
        recorder.setAudioSampleRate(recordings.SAMPLE_RATE)
        recorder.setAudioChannelCount(1)
        recorder.recorderStateChanged.connect(self._state_changed)
        recorder.errorOccurred.connect(self._error)
        recorder.durationChanged.connect(self._duration_changed)
        return recorder

    def stop(self) -> None:
        """Stop and keep what was recorded; `finished` follows when the file is whole."""
        if self._drop_opening():
            self.failed.emit("Nothing was recorded.")  # as when stopped before the encoder began
            return
        if self._recorder is not None:
            self._keep = True
            self._stop_meter()
            if self._own is not None and self._recorder is self._own[2]:
                self._own[0].finish()  # the encoder stops once it has the last of it
            else:
                self._recorder.stop()

    def cancel(self) -> None:
        """Stop and keep nothing."""
        self._drop_opening()
        if self._recorder is not None:
            self._keep = False
            self._stop_meter()
            if self._own is not None:
                self._own[0].drop()
            self._recorder.stop()

    def finish_now(self, timeout_ms: int = 3000) -> Take | None:
        """Stop and wait for a whole file (the app is closing); the take, or None.

        Kept whole up to this moment, or not at all: if the encoder cannot finish the
        file in time, nothing is kept and the unfinished file is removed.
        """
        self._drop_opening()
        if self._recorder is None:
            return None
        taken: list[Take] = []
        self.finished.connect(taken.append)
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        self.failed.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        self.stop()
        if self._recorder is not None:
            loop.exec()
        self.finished.disconnect(taken.append)
        if self._recorder is not None:  # the encoder did not finish in time
            self._keep = False
            self._teardown()
        return taken[0] if taken else None

    # -- the microphone level --------------------------------------------------------
    def _start_meter(self, device: QAudioDevice) -> None:
        level_format = QAudioFormat()
        level_format.setSampleRate(LEVEL_RATE)
        level_format.setChannelCount(1)
        level_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(level_format):
            return  # the recording still works; the meter just stays still
        self._meter = QAudioSource(device, level_format, self)
        self._meter_io = self._meter.start()
        if self._meter_io is not None:
            self._meter_io.readyRead.connect(self._read_level)

    def _read_level(self) -> None:
        if self._meter_io is not None:
            data = self._meter_io.readAll().data()
            if data:
                self._last_level = level_of(bytes(data))

    def _stop_meter(self) -> None:
        if self._meter is not None:
            self._meter.stop()
            self._meter.deleteLater()
        self._meter = None
        self._meter_io = None
        self._last_level = 0.0

    def _tick(self) -> None:
        if self._started:
            self.level.emit(self._last_level)

    # -- the recorder's news ------------------------------------------------------------
    def _duration_changed(self, ms: int) -> None:
        if self._recorder is None:
            return
        if not self._started and ms > 0:
            self._started = True
            self.started.emit()
        self._elapsed = int(ms)
        self.elapsed.emit(int(ms))
        if ms >= self.limit_ms and self._recorder.recorderState() == QMediaRecorder.RecorderState.RecordingState:
            self.stop()

    def _error(self, error: QMediaRecorder.Error, message: str) -> None:
        log.warning("recording failed: %s (%s)", message, error)
        self._keep = False
        self._teardown()
        self.failed.emit(f"The recording did not work: {message or error.name}.")

    def _state_changed(self, state: QMediaRecorder.RecorderState) -> None:
        if state != QMediaRecorder.RecorderState.StoppedState or self._recorder is None:
            return
        path, keep = self._path, self._keep
        self._teardown()
        if not keep or path is None:
            return
        try:
            data = path.read_bytes()
            ms = recordings.mp4_duration_ms(data)
        except (OSError, recordings.NotARecording) as exc:
            log.warning("a recording was not whole: %s", exc)
            self.failed.emit("The recording could not be finished, so it was not kept.")
            return
        finally:
            with suppress(OSError):
                path.unlink(missing_ok=True)
        if ms <= 0:
            self.failed.emit("Nothing was recorded.")
            return
        self.finished.emit(Take(data, ms))

    def _teardown(self) -> None:
        self._ticker.stop()
        self._stop_meter()
        if self._own is not None:
            self._own[0].drop()
        recorder, self._recorder = self._recorder, None
        if recorder is not None and recorder.recorderState() != QMediaRecorder.RecorderState.StoppedState:
            recorder.stop()
        if not self._keep and self._path is not None:
            # Windows cannot remove a file the encoder still holds; the next start does.
            with suppress(OSError):
                self._path.unlink(missing_ok=True)
        self._started = False
