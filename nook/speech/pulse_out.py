"""Sound out through PulseAudio's simple API (Linux), off the UI thread.

The word player and the recording player send all their sound this way wherever libpulse
is: Qt's own sinks wait on the UI thread for the sound server, and a server that hangs
(stopped, or stuck) held the whole window still for as long as it hung. Before that,
this was only the way out once the sound server had gone away, for the reason below.

Qt keeps one connection to the sound server for the whole run. When the server goes
away (restarted by a grown-up, a driver, a Bluetooth headset coming and going) Qt drops
that connection, tries once, three seconds later, to connect again, and if the server
is not back by then never tries again; the next sound Qt opens then calls libpulse with
no connection, and libpulse aborts the whole program. Seen live: a sticker tapped while
the server was restarting closed the app (with the child's work since the last store).

So `ServerWatch` keeps a small connection of our own open only to notice the server
going away. From then on the word player (the voice, the little sounds) plays each
utterance on a connection of its own, made in a worker thread by `PulseStream`: while
the server is away the connection simply fails (the words are lit on the clock, in
silence), and the first utterance after it is back is heard. Qt's players and
microphones are not opened again in that run.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
import threading
import time

log = logging.getLogger(__name__)

SAMPLE_S16LE = 3
_STREAM_PLAYBACK = 1
CHUNK_MS = 20  # written at a time: a stop is heard within about this (and the buffer)
BUFFER_MS = 100  # what the server is asked to hold ahead (as Qt's sink was given)
_POLL_S = 0.01
END_US = 20_000  # heard to the end when the server holds no more than this of it
UNSET = 0xFFFFFFFF


class SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class BufferAttr(ctypes.Structure):
    _fields_ = [
        ("maxlength", ctypes.c_uint32),
        ("tlength", ctypes.c_uint32),
        ("prebuf", ctypes.c_uint32),
        ("minreq", ctypes.c_uint32),
        ("fragsize", ctypes.c_uint32),
    ]


_library: ctypes.CDLL | None = None
_looked = False


def simple_library() -> ctypes.CDLL | None:
    """libpulse-simple, loaded once; None where there is none (not Linux, not installed)."""
    global _library, _looked
    if _looked:
        return _library
    _looked = True
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("pulse-simple") or "libpulse-simple.so.0"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    pointer = ctypes.c_void_p
    error = ctypes.POINTER(ctypes.c_int)
    lib.pa_simple_new.restype = pointer
    lib.pa_simple_new.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.POINTER(SampleSpec),
        pointer,
        ctypes.POINTER(BufferAttr),
        error,
    ]
    lib.pa_simple_write.argtypes = [pointer, ctypes.c_char_p, ctypes.c_size_t, error]
    lib.pa_simple_read.argtypes = [pointer, pointer, ctypes.c_size_t, error]
    lib.pa_simple_flush.argtypes = [pointer, error]
    lib.pa_simple_get_latency.restype = ctypes.c_uint64
    lib.pa_simple_get_latency.argtypes = [pointer, error]
    lib.pa_simple_free.argtypes = [pointer]
    _library = lib
    return lib


def available() -> bool:
    """True where sound can go out this way (Linux with libpulse; PipeWire serves it too)."""
    return simple_library() is not None


_READY, _FAILED, _TERMINATED = 4, 5, 6


class ServerWatch:
    """A connection of our own to the sound server, kept open only to notice that the
    server went away: Qt's connection went with it, and Qt's sinks must not be opened
    again in this run (see the module's docstring)."""

    def __init__(self) -> None:
        self._lib: ctypes.CDLL | None = None
        self._loop: int | None = None
        self._context: int | None = None
        if not sys.platform.startswith("linux"):
            return
        name = ctypes.util.find_library("pulse") or "libpulse.so.0"
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            return
        pointer = ctypes.c_void_p
        lib.pa_threaded_mainloop_new.restype = pointer
        lib.pa_threaded_mainloop_get_api.restype = pointer
        lib.pa_threaded_mainloop_get_api.argtypes = [pointer]
        lib.pa_threaded_mainloop_start.argtypes = [pointer]
        lib.pa_threaded_mainloop_lock.argtypes = [pointer]
        lib.pa_threaded_mainloop_unlock.argtypes = [pointer]
        lib.pa_context_new.restype = pointer
        lib.pa_context_new.argtypes = [pointer, ctypes.c_char_p]
        lib.pa_context_connect.argtypes = [pointer, ctypes.c_char_p, ctypes.c_int, pointer]
        lib.pa_context_get_state.argtypes = [pointer]
        loop = lib.pa_threaded_mainloop_new()
        if not loop:
            return
        context = lib.pa_context_new(lib.pa_threaded_mainloop_get_api(loop), b"Writing Nook (watch)")
        if not context:
            return
        # PA_CONTEXT_NOAUTOSPAWN: noticing must never start a server.
        if lib.pa_context_connect(context, None, 1, None) < 0 or lib.pa_threaded_mainloop_start(loop) < 0:
            return
        self._lib, self._loop, self._context = lib, loop, context

    def lost(self) -> bool:
        """True once the server this run started with has gone away (or could not be reached)."""
        lib, loop, context = self._lib, self._loop, self._context
        if lib is None or loop is None or context is None:
            return False
        lib.pa_threaded_mainloop_lock(loop)
        try:
            state = lib.pa_context_get_state(context)
        finally:
            lib.pa_threaded_mainloop_unlock(loop)
        return state in (_FAILED, _TERMINATED)


_watch: ServerWatch | None = None


def watch_server() -> None:
    """Start noticing the sound server going away (once, when Qt's audio is first used)."""
    global _watch
    if _watch is None:
        _watch = ServerWatch()


def server_lost() -> bool:
    """True once the sound server Qt connected to has gone away in this run."""
    return _watch is not None and _watch.lost()


class PulseStream:
    """One utterance at a time, each on a connection of its own, written from a worker thread."""

    def __init__(self, app_name: str = "Writing Nook", device: bytes | None = None) -> None:
        """`device`: the sound server's name for the output (default: the server's default)."""
        self._app_name = app_name.encode()
        self._device = device
        self._worker: threading.Thread | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._played_us = 0
        self._finished = False
        self._failed = False

    # -- asked from the UI thread -------------------------------------------------------
    def start(self, pcm: bytes, sample_rate: int, channels: int) -> None:
        """Play `pcm` (signed 16-bit little-endian); the last utterance stops first."""
        self.stop()
        self._stop = threading.Event()
        with self._lock:
            self._played_us, self._finished, self._failed = 0, False, False
        self._worker = threading.Thread(
            target=self._play, args=(pcm, sample_rate, channels, self._stop), name="nook-sound", daemon=True
        )
        self._worker.start()

    def stop(self) -> None:
        """Silence now (what the server holds is thrown away)."""
        self._stop.set()
        with self._lock:
            self._finished = True

    def join(self, timeout: float = 2.0) -> None:
        if self._worker is not None:
            self._worker.join(timeout)

    def processed_us(self) -> int:
        """How much of the utterance has been played so far."""
        with self._lock:
            return self._played_us

    @property
    def finished(self) -> bool:
        """All of it has been heard (or it was stopped, or failed)."""
        with self._lock:
            return self._finished

    @property
    def failed(self) -> bool:
        """The sound server could not be reached, or went away while playing."""
        with self._lock:
            return self._failed

    # -- the worker ---------------------------------------------------------------------
    def _play(self, pcm: bytes, sample_rate: int, channels: int, stop: threading.Event) -> None:
        lib = simple_library()
        if lib is None or sample_rate <= 0:
            self._end(failed=True, stop=stop)
            return
        frame = 2 * max(1, channels)
        bytes_per_s = sample_rate * frame
        spec = SampleSpec(SAMPLE_S16LE, sample_rate, max(1, channels))
        ahead = bytes_per_s * BUFFER_MS // 1000 // frame * frame
        attr = BufferAttr(UNSET, ahead, UNSET, UNSET, UNSET)
        error = ctypes.c_int(0)
        stream = lib.pa_simple_new(
            None,
            self._app_name,
            _STREAM_PLAYBACK,
            self._device,
            b"speech",
            ctypes.byref(spec),
            None,
            ctypes.byref(attr),
            ctypes.byref(error),
        )
        if not stream:
            log.info("the sound server cannot be reached (PulseAudio error %d): no sound", error.value)
            self._end(failed=True, stop=stop)
            return
        try:
            self._write(lib, stream, pcm, bytes_per_s, frame, stop)
        finally:
            lib.pa_simple_free(stream)

    def _write(
        self, lib: ctypes.CDLL, stream: int, pcm: bytes, bytes_per_s: int, frame: int, stop: threading.Event
    ) -> None:
        error = ctypes.c_int(0)
        chunk = max(frame, bytes_per_s * CHUNK_MS // 1000 // frame * frame)
        written = 0
        while written < len(pcm):
            if stop.is_set():
                lib.pa_simple_flush(stream, ctypes.byref(error))
                return
            piece = pcm[written : written + chunk]
            if lib.pa_simple_write(stream, piece, len(piece), ctypes.byref(error)) < 0:
                log.info("the sound server went away while playing (PulseAudio error %d)", error.value)
                self._end(failed=True, stop=stop)
                return
            written += len(piece)
            self._note_played(lib, stream, written, bytes_per_s, stop)
        # All written: heard once the server holds none of it any more.
        while not stop.is_set():
            latency = self._note_played(lib, stream, written, bytes_per_s, stop)
            if latency is None:
                self._end(failed=True, stop=stop)
                return
            if latency <= END_US:  # the server holds back a last few ms until more comes
                self._end(failed=False, stop=stop)
                return
            time.sleep(_POLL_S)
        lib.pa_simple_flush(stream, ctypes.byref(error))

    def _note_played(
        self, lib: ctypes.CDLL, stream: int, written: int, bytes_per_s: int, stop: threading.Event
    ) -> int | None:
        error = ctypes.c_int(0)
        latency = int(lib.pa_simple_get_latency(stream, ctypes.byref(error)))
        if latency == 0xFFFFFFFFFFFFFFFF or error.value:
            return None
        played = max(0, written * 1_000_000 // bytes_per_s - latency)
        with self._lock:
            if not stop.is_set() and played > self._played_us:
                self._played_us = played
        return latency

    def _end(self, failed: bool, stop: threading.Event) -> None:
        with self._lock:
            if not stop.is_set():  # a newer utterance has its own state
                self._failed = failed
                self._finished = True
