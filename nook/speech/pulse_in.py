"""Sound in through PulseAudio's simple API, once the sound server has gone away (Linux).

After the sound server went away in this run, Qt's microphones must not be opened again
(libpulse would abort the app; see `pulse_out`). A child who records their voice then
records on a connection of our own: `PulseCapture` reads the microphone in a worker
thread, and `recorder.VoiceRecorder` hands what it read to Qt's encoder as buffers
(`QAudioBufferInput`), so the recording is the same AAC file as ever. While the server
is still away the connection fails, and the child is told so as before.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudioBuffer, QAudioBufferInput, QAudioFormat

from nook.reply import Reply
from nook.speech import pulse_out

log = logging.getLogger(__name__)

_STREAM_RECORD = 2
CHUNK_MS = 20  # read at a time
LAST_READ_MS = 500  # after a stop, the last piece read is waited for no longer than this


class PulseCapture:
    """One microphone, read in a worker thread until `stop`; `take()` gives what was read.

    Nothing here waits on the UI thread: a server that hangs keeps only the worker
    waiting. The worker tells of the microphone opened (or failing to) through
    `on_open`, and of its end through `on_end`, each called with this capture from the
    worker: give them `nook.reply.Reply`s, so they run on the UI thread.
    """

    def __init__(
        self,
        sample_rate: int,
        device: bytes | None = None,
        app_name: str = "Writing Nook",
        on_open: Callable[[PulseCapture], None] | None = None,
    ) -> None:
        self.sample_rate = sample_rate
        self._device = device
        self._app_name = app_name.encode()
        self._on_open = on_open
        self._on_end: Callable[[PulseCapture], None] | None = None
        self._stop = threading.Event()
        self._stopped_at = 0.0  # time.monotonic() of the stop
        self._opened = threading.Event()
        self._ended = threading.Event()
        self._lock = threading.Lock()
        self._read: deque[bytes] = deque()
        self._failed = False
        self._worker: threading.Thread | None = None

    def start(self) -> None:
        self._worker = threading.Thread(target=self._run, name="nook-microphone", daemon=True)
        self._worker.start()

    def stop(self) -> None:
        """Stop reading, without waiting (what was read so far is still given by `take`;
        `on_end` tells when the last of it has been read)."""
        self._stopped_at = time.monotonic()
        self._stop.set()

    def when_ended(self, on_end: Callable[[PulseCapture], None]) -> bool:
        """`on_end(self)` from the worker once it has ended; True if it has already ended
        (then it is not called)."""
        with self._lock:
            if self._ended.is_set():
                return True
            self._on_end = on_end
            return False

    @property
    def opened(self) -> bool:
        """The worker has tried to open the microphone (see `failed` for how it went)."""
        return self._opened.is_set()

    @property
    def ended(self) -> bool:
        return self._ended.is_set()

    @property
    def failed(self) -> bool:
        with self._lock:
            return self._failed

    def take(self) -> bytes:
        """Everything read since the last `take` (signed 16-bit little-endian, mono)."""
        with self._lock:
            read = b"".join(self._read)
            self._read.clear()
        return read

    # -- the worker ---------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._read_all()
        finally:
            with self._lock:
                self._ended.set()
                on_end = self._on_end
            if on_end is not None:
                on_end(self)

    def _read_all(self) -> None:
        lib = pulse_out.simple_library()
        if lib is None:
            self._fail("there is no libpulse-simple")
            return
        spec = pulse_out.SampleSpec(pulse_out.SAMPLE_S16LE, self.sample_rate, 1)
        chunk = ctypes.create_string_buffer(self.sample_rate * 2 * CHUNK_MS // 1000)
        # Small fragments: left to itself the server hands over about 2 s at a time, so
        # the meter would stand still and the last words wait for the next fragment.
        unset = pulse_out.UNSET
        attr = pulse_out.BufferAttr(unset, unset, unset, unset, len(chunk))
        error = ctypes.c_int(0)
        stream = lib.pa_simple_new(
            None,
            self._app_name,
            _STREAM_RECORD,
            self._device,
            b"my voice",
            ctypes.byref(spec),
            None,
            ctypes.byref(attr),
            ctypes.byref(error),
        )
        if not stream:
            self._fail(f"the microphone cannot be reached (PulseAudio error {error.value})")
            return
        self._tell_open()
        read = 0
        first_at = 0.0  # when the first sound came: from then on it comes as the clock runs
        try:
            while not self._stop.is_set():
                if lib.pa_simple_read(stream, chunk, len(chunk), ctypes.byref(error)) < 0:
                    self._fail(f"the sound server went away while recording (PulseAudio error {error.value})")
                    return
                with self._lock:
                    self._read.append(chunk.raw)
                if not read:
                    first_at = time.monotonic()
                read += len(chunk)
            # On a busy computer this thread falls behind the microphone, and the server
            # keeps what was not read yet (seconds of it, at worst): stopping here would cut
            # the child's last words. Whatever was heard before the stop is read too, as
            # long as the recorder waits for it.
            heard = len(chunk) + int((self._stopped_at - first_at) * self.sample_rate) * 2 if read else 0
            give_up = time.monotonic() + LAST_READ_MS / 1000 * 0.8
            while read + len(chunk) <= heard and time.monotonic() < give_up:
                if lib.pa_simple_read(stream, chunk, len(chunk), ctypes.byref(error)) < 0:
                    return
                with self._lock:
                    self._read.append(chunk.raw)
                read += len(chunk)
        finally:
            lib.pa_simple_free(stream)

    def _fail(self, why: str) -> None:
        log.info("%s", why)
        with self._lock:
            self._failed = True
        if not self._opened.is_set():
            self._tell_open()

    def _tell_open(self) -> None:
        self._opened.set()
        if self._on_open is not None:
            self._on_open(self)


class BufferFeed(QObject):
    """Hands what a `PulseCapture` read to Qt's encoder, as `QAudioBuffer`s.

    `heard` carries each piece read (for the level meter); `drained` comes after
    `finish`, once the encoder has taken every last piece (stopping the encoder sooner
    would cut the end of what the child said); `lost` when the microphone went away.
    """

    heard = Signal(bytes)
    drained = Signal()
    lost = Signal()

    def __init__(self, sample_rate: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # (Made without a format: one given here made the encoder refuse every buffer.)
        self.input = QAudioBufferInput(self)
        self.input.readyToSendAudioBuffer.connect(self._send)
        self._format = QAudioFormat()
        self._format.setSampleRate(sample_rate)
        self._format.setChannelCount(1)
        self._format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._capture: PulseCapture | None = None
        self._pending: deque[QAudioBuffer] = deque()
        self._at_us = 0
        self._finishing = False
        self._ended_reply: Reply[[PulseCapture]] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHUNK_MS)
        self._timer.timeout.connect(self._pull)

    def begin(self, capture: PulseCapture) -> None:
        self._capture = capture
        self._pending.clear()
        self._at_us = 0
        self._finishing = False
        self._timer.start()

    def finish(self) -> None:
        """The microphone is closed; `drained` follows once the encoder has it all.

        The last piece read is waited for off the UI thread (the worker tells when it
        has ended); a server that hangs mid-recording keeps what was read until
        `LAST_READ_MS` after this.
        """
        self._timer.stop()
        self._finishing = True
        capture = self._capture
        if capture is None:
            self._send()
            return
        capture.stop()
        if self._ended_reply is None:
            self._ended_reply = Reply(self._ended)
        if capture.when_ended(self._ended_reply):
            self._ended(capture)
        else:
            QTimer.singleShot(LAST_READ_MS, self, lambda: self._ended(capture))

    def _ended(self, capture: PulseCapture) -> None:
        if capture is not self._capture or not self._finishing:
            return  # already ended, or dropped
        self._pull()
        self._capture = None
        self._send()

    def drop(self) -> None:
        """Stop at once, keeping nothing more."""
        self._timer.stop()
        self._finishing = False
        self._pending.clear()
        if self._capture is not None:
            self._capture.stop()
            self._capture = None

    def _pull(self) -> None:
        capture = self._capture
        if capture is None:
            return
        data = capture.take()
        if data:
            self._pending.append(QAudioBuffer(QByteArray(data), self._format, self._at_us))
            self._at_us += len(data) // 2 * 1_000_000 // self._format.sampleRate()
            self.heard.emit(data)
            self._send()
        if capture.failed and self._timer.isActive():
            self._timer.stop()
            self.lost.emit()

    def _send(self) -> None:
        while self._pending and self.input.sendAudioBuffer(self._pending[0]):
            self._pending.popleft()
        if self._finishing and not self._pending and self._capture is None:
            self._finishing = False
            self.drained.emit()
