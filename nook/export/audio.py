"""Speech audio made compact: mono PCM encoded as AAC in an .m4a (MPEG-4 audio), one of
EPUB 3's core audio types, through QtMultimedia's own FFmpeg (no extra package).

The PCM is pushed into a capture session through `QAudioBufferInput` (Qt 6.8+) and a
`QMediaRecorder` writes the file; the recorder works in whatever thread calls, as long
as that thread runs the local event loop used here (a worker thread does).
"""

from __future__ import annotations

import contextlib
import ctypes
import struct
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEventLoop, QTimer, QUrl
from PySide6.QtMultimedia import (
    QAudioBuffer,
    QAudioBufferInput,
    QAudioFormat,
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
)

from nook.export.problems import EMPTY_AUDIO, NO_AAC, NO_SOUND, TOO_LONG

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


class AacEncoder:
    """Encodes PCM fed a piece at a time: FFmpeg encodes in its own thread while the
    caller draws the next page, so a talking book costs about the longer of the two,
    not their sum. Use from one thread; `close()` when done."""

    def __init__(self, sample_rate: int) -> None:
        if not aac_available():
            raise EncodeError(NO_AAC)
        self.sample_rate = sample_rate
        self._folder = tempfile.TemporaryDirectory(prefix="nook-audio-")
        self._target = Path(self._folder.name) / "speech.m4a"
        self._pending: list[bytes] = []
        self._ended = False
        self._errors: list[str] = []
        self._session = QMediaCaptureSession()
        self._source = QAudioBufferInput()
        self._session.setAudioBufferInput(self._source)
        self._recorder = QMediaRecorder()
        self._session.setRecorder(self._recorder)
        media_format = QMediaFormat(QMediaFormat.FileFormat.Mpeg4Audio)
        media_format.setAudioCodec(QMediaFormat.AudioCodec.AAC)
        recorder = self._recorder
        recorder.setMediaFormat(media_format)
        recorder.setEncodingMode(QMediaRecorder.EncodingMode.AverageBitRateEncoding)
        recorder.setAudioBitRate(BIT_RATE)
        # Speech needs no more than 16 kHz, and FFmpeg's AAC encoder then does 30 % less work.
        recorder.setAudioSampleRate(min(sample_rate, OUTPUT_RATE))
        recorder.setAudioChannelCount(1)
        recorder.setOutputLocation(QUrl.fromLocalFile(str(self._target)))
        recorder.setAutoStop(True)  # stops once the input says it has ended
        self._format = QAudioFormat()
        self._format.setSampleRate(sample_rate)
        self._format.setChannelCount(1)
        self._format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._sent_samples = 0
        self._source.readyToSendAudioBuffer.connect(self._send)
        recorder.errorOccurred.connect(lambda _error, message: self._errors.append(message or "the encoder failed"))
        recorder.record()
        _quiet_ffmpeg()

    def feed(self, pcm: bytes) -> None:
        """Queue more sound; it is handed to the encoder as fast as it takes it."""
        chunk = self.sample_rate * 2 * CHUNK_SECONDS
        self._pending.extend(pcm[start : start + chunk] for start in range(0, len(pcm), chunk))
        self._send()
        QCoreApplication.processEvents()  # the encoder's "ready for more" arrives here
        if self._errors:
            raise EncodeError(self._errors[0])

    def _send(self) -> None:
        while self._pending:
            data = self._pending[0]
            start_us = self._sent_samples * 1_000_000 // self.sample_rate
            if not self._source.sendAudioBuffer(QAudioBuffer(QByteArray(data), self._format, start_us)):
                return
            self._pending.pop(0)
            self._sent_samples += len(data) // 2
        if self._ended:
            self._source.sendAudioBuffer(QAudioBuffer())  # an empty buffer ends the input

    def finish(self, timeout_s: float = 120.0) -> bytes:
        """Wait for the encoder to write everything; the .m4a file's bytes."""
        if not self._sent_samples and not self._pending:
            raise EncodeError(NO_SOUND)
        self._ended = True
        loop = QEventLoop()
        self._recorder.recorderStateChanged.connect(
            lambda state: loop.quit() if state == QMediaRecorder.RecorderState.StoppedState else None
        )
        self._recorder.errorOccurred.connect(lambda *_: loop.quit())
        timer = QTimer()
        timer.setSingleShot(True)

        def too_long() -> None:
            self._errors.append(TOO_LONG)
            loop.quit()

        timer.timeout.connect(too_long)
        timer.start(int(timeout_s * 1000))
        self._send()
        if self._recorder.recorderState() != QMediaRecorder.RecorderState.StoppedState and not self._errors:
            loop.exec()
        timer.stop()
        if self._errors:
            raise EncodeError(self._errors[0])
        data = self._target.read_bytes() if self._target.exists() else b""
        if not data:
            raise EncodeError(EMPTY_AUDIO)
        return data

    def close(self) -> None:
        if self._recorder.recorderState() != QMediaRecorder.RecorderState.StoppedState:
            self._recorder.stop()
        self._folder.cleanup()


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
