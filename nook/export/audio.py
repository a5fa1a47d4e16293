"""Speech audio made compact: mono PCM encoded as AAC in an .m4a (MPEG-4 audio), one of
EPUB 3's core audio types, through QtMultimedia's own FFmpeg (no extra package).

The PCM is pushed into a capture session through `QAudioBufferInput` (Qt 6.8+) and a
`QMediaRecorder` writes the file. Those Qt objects live on the UI thread whatever thread
encodes (an export's): made in that thread they froze the app (see nook.export.ui_thread).
"""

from __future__ import annotations

import contextlib
import ctypes
import struct
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl
from PySide6.QtMultimedia import (
    QAudioBuffer,
    QAudioBufferInput,
    QAudioFormat,
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
)

from nook.export.problems import EMPTY_AUDIO, NO_AAC, NO_SOUND, TOO_LONG
from nook.export.ui_thread import on_ui_thread

BIT_RATE = 32_000  # speech in mono: clear, and a minute takes about 240 KB
OUTPUT_RATE = 16_000
CHUNK_SECONDS = 1
AV_LOG_ERROR = 16


class EncodeError(OSError):
    """The speech could not be made into an audio file."""


def aac_available() -> bool:
    """True where QtMultimedia can write AAC in an .m4a file."""
    formats = QMediaFormat(QMediaFormat.FileFormat.Mpeg4Audio)
    return QMediaFormat.AudioCodec.AAC in formats.supportedAudioCodecs(QMediaFormat.ConversionMode.Encode)


def _quiet_ffmpeg() -> None:
    """FFmpeg prints encoder statistics ("Qavg: ...") straight to stderr, which a
    teacher's script would see; keep only its errors. Linux: find the libavutil that
    QtMultimedia loaded (never load a second one)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/maps").read_text().splitlines():
            path = line.split()[-1] if line.split() else ""
            if "/libavutil.so" in path:
                library = ctypes.CDLL(path, mode=getattr(ctypes, "RTLD_NOLOAD", 4) | ctypes.RTLD_GLOBAL)
                library.av_log_set_level(AV_LOG_ERROR)
                return


def encode_m4a(pcm: bytes, sample_rate: int, timeout_s: float = 120.0) -> bytes:
    """Mono signed 16-bit PCM as the bytes of an AAC .m4a file."""
    encoder = AacEncoder(sample_rate)
    try:
        encoder.feed(pcm)
        return encoder.finish(timeout_s)
    finally:
        encoder.close()


class _Encoding:
    """The Qt side of one encoding: made, fed and let go on the UI thread only."""

    def __init__(self, sample_rate: int, target: Path) -> None:
        if not aac_available():
            raise EncodeError(NO_AAC)
        self.sample_rate = sample_rate
        self.pending: list[bytes] = []
        self.ended = False
        self.errors: list[str] = []
        self.stopped = threading.Event()  # the recorder has written everything (or failed)
        self.session = QMediaCaptureSession()
        self.source = QAudioBufferInput()
        self.session.setAudioBufferInput(self.source)
        self.recorder = QMediaRecorder()
        self.session.setRecorder(self.recorder)
        media_format = QMediaFormat(QMediaFormat.FileFormat.Mpeg4Audio)
        media_format.setAudioCodec(QMediaFormat.AudioCodec.AAC)
        recorder = self.recorder
        recorder.setMediaFormat(media_format)
        recorder.setEncodingMode(QMediaRecorder.EncodingMode.AverageBitRateEncoding)
        recorder.setAudioBitRate(BIT_RATE)
        # Speech needs no more than 16 kHz, and FFmpeg's AAC encoder then does 30 % less work.
        recorder.setAudioSampleRate(min(sample_rate, OUTPUT_RATE))
        recorder.setAudioChannelCount(1)
        recorder.setOutputLocation(QUrl.fromLocalFile(str(target)))
        recorder.setAutoStop(True)  # stops once the input says it has ended
        self.format = QAudioFormat()
        self.format.setSampleRate(sample_rate)
        self.format.setChannelCount(1)
        self.format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self.sent_samples = 0
        self.source.readyToSendAudioBuffer.connect(self.send)
        recorder.recorderStateChanged.connect(self._state_changed)
        recorder.errorOccurred.connect(self._failed)
        recorder.record()
        _quiet_ffmpeg()

    def _state_changed(self, state: QMediaRecorder.RecorderState) -> None:
        if state == QMediaRecorder.RecorderState.StoppedState and self.ended:
            self.stopped.set()

    def _failed(self, _error: QMediaRecorder.Error, message: str) -> None:
        self.errors.append(message or "the encoder failed")
        self.stopped.set()

    def feed(self, pcm: bytes) -> None:
        chunk = self.sample_rate * 2 * CHUNK_SECONDS
        self.pending.extend(pcm[start : start + chunk] for start in range(0, len(pcm), chunk))
        self.send()

    def send(self) -> None:
        while self.pending:
            data = self.pending[0]
            start_us = self.sent_samples * 1_000_000 // self.sample_rate
            if not self.source.sendAudioBuffer(QAudioBuffer(QByteArray(data), self.format, start_us)):
                return
            self.pending.pop(0)
            self.sent_samples += len(data) // 2
        if self.ended:
            self.source.sendAudioBuffer(QAudioBuffer())  # an empty buffer ends the input

    def end(self) -> None:
        self.ended = True
        self.send()
        if self.recorder.recorderState() == QMediaRecorder.RecorderState.StoppedState:
            self.stopped.set()

    def close(self) -> None:
        if self.recorder.recorderState() != QMediaRecorder.RecorderState.StoppedState:
            self.recorder.stop()
        self.source.readyToSendAudioBuffer.disconnect(self.send)


class AacEncoder:
    """Encodes PCM fed a piece at a time: FFmpeg encodes in its own thread while the
    caller draws the next page, so a talking book costs about the longer of the two,
    not their sum. Use from one thread (the UI thread, or a thread once
    `prepare_for_threads` was called there); `close()` when done.

    Its Qt objects live on the UI thread, whatever thread uses it (see nook.export.ui_thread)."""

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self._folder = tempfile.TemporaryDirectory(prefix="nook-audio-")
        self._target = Path(self._folder.name) / "speech.m4a"
        try:
            self._encoding: _Encoding | None = on_ui_thread(lambda: _Encoding(sample_rate, self._target))
        except BaseException:
            self._folder.cleanup()
            raise

    def _ui(self) -> _Encoding:
        assert self._encoding is not None, "closed"
        return self._encoding

    def feed(self, pcm: bytes) -> None:
        """Queue more sound; it is handed to the encoder as fast as it takes it."""
        encoding = self._ui()
        on_ui_thread(lambda: encoding.feed(pcm))
        if threading.current_thread() is threading.main_thread():
            QCoreApplication.processEvents()  # the encoder's "ready for more" arrives here
        if encoding.errors:
            raise EncodeError(encoding.errors[0])

    def finish(self, timeout_s: float = 120.0) -> bytes:
        """Wait for the encoder to write everything; the .m4a file's bytes."""
        encoding = self._ui()
        if not encoding.sent_samples and not encoding.pending:
            raise EncodeError(NO_SOUND)
        on_ui_thread(encoding.end)
        if threading.current_thread() is threading.main_thread():
            deadline = time.monotonic() + timeout_s
            while not encoding.stopped.wait(0.01) and time.monotonic() < deadline:
                QCoreApplication.processEvents()  # (what the recorder says arrives here)
        else:
            encoding.stopped.wait(timeout_s)
        if not encoding.stopped.is_set():
            raise EncodeError(TOO_LONG)
        if encoding.errors:
            raise EncodeError(encoding.errors[0])
        data = self._target.read_bytes() if self._target.exists() else b""
        if not data:
            raise EncodeError(EMPTY_AUDIO)
        return data

    def close(self) -> None:
        encoding, self._encoding = self._encoding, None
        if encoding is not None:
            # Let go on the UI thread too: a QObject freed takes Qt's locks as well.
            with contextlib.suppress(TimeoutError):
                on_ui_thread(lambda: _let_go(encoding))
        self._folder.cleanup()


def _let_go(encoding: _Encoding) -> None:
    encoding.close()
    encoding.session = encoding.source = encoding.recorder = None  # type: ignore[assignment]


def _boxes(data: bytes, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """The boxes between `start` and `end`: (type, where its body starts, where it ends)."""
    position = start
    while position + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, position)
        header = 8
        if size == 1:
            size = struct.unpack_from(">Q", data, position + 8)[0]
            header = 16
        elif size == 0:
            size = end - position
        if size < header or position + size > end:
            return
        yield kind.decode("latin-1"), position + header, position + size
        position += size


def m4a_duration_ms(data: bytes) -> int:
    """How long an .m4a plays, from its movie header (mvhd), in milliseconds."""
    for kind, body, end in _boxes(data, 0, len(data)):
        if kind != "moov":
            continue
        for inner, inner_body, _inner_end in _boxes(data, body, end):
            if inner == "mvhd":
                version = data[inner_body]
                if version == 1:
                    timescale, duration = struct.unpack_from(">IQ", data, inner_body + 20)
                else:
                    timescale, duration = struct.unpack_from(">II", data, inner_body + 12)
                return duration * 1000 // timescale if timescale else 0
    raise ValueError("not an MPEG-4 file with a movie header")
