"""espeak-ng through pyttsx3's ctypes binding: text to PCM plus word timings.

Only the binding is used, not pyttsx3's engine: its word events fire before any
sound, it plays through ``aplay``, its queued ``say`` calls overwrite each other and
it prints to stdout (DESIGN.md section 5). Here espeak synthesises into memory
(synchronous output, so ``Synth`` returns when the audio is complete) and every
EVENT_WORD carries its 1-based character position, length and audio position in ms.

espeak-ng keeps global state and is not thread safe, so one dedicated worker
thread owns the library: it initialises it, lists voices and synthesises. Requests
replace each other (only the newest is ever synthesised) and a newer request aborts
a synthesis that is under way from inside espeak's callback; a *kept* request (a
talking book being made) is never replaced, only queued. Because espeak's state
is global to the process, all voices share one worker (``acquire_worker``), counted
so the thread ends when the last voice shuts down. No Qt in this module.
"""

from __future__ import annotations

import ctypes
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from nook.speech.script_runs import ARABIC, is_arabic, script_runs
from nook.speech.words import EngineWord

log = logging.getLogger(__name__)

DEFAULT_WPM = 150  # a little slower than espeak's 175: these listeners are 4 to 8
MIN_WPM, MAX_WPM = 80, 400


def rate_to_wpm(rate: float) -> int:
    """0.5 (slow) .. 1.0 (normal) .. 1.5 (fast) as espeak words per minute."""
    return max(MIN_WPM, min(MAX_WPM, round(DEFAULT_WPM * rate)))


@dataclass(slots=True)
class Synthesis:
    """Mono signed 16-bit little-endian PCM and the engine's word events."""

    pcm: bytes
    sample_rate: int
    events: list[EngineWord] = field(default_factory=list)

    @property
    def duration_ms(self) -> int:
        return len(self.pcm) * 1000 // (2 * self.sample_rate) if self.sample_rate else 0


@dataclass(frozen=True, slots=True)
class EspeakVoiceEntry:
    identifier: str
    name: str
    language: str


def load_binding():  # returns the module
    """Import pyttsx3's espeak binding; raises if libespeak-ng is missing."""
    from pyttsx3.drivers import _espeak

    return _espeak


INITIALIZE_DONT_EXIT = 0x8000  # espeakINITIALIZE_DONT_EXIT


def data_problem(dll: ctypes.CDLL) -> str:
    """Why espeak-ng cannot start, or "" (its data is there and whole).

    Asked before espeak_Initialize, which, when its data is missing or broken, prints
    to stderr and calls exit(1): the whole app vanished, saying nothing. (Told not to
    exit, it goes on as if all were well and fails later.) espeak_ng_Initialize says
    so instead, with a status."""
    context = ctypes.c_void_p(None)
    dll.espeak_ng_InitializePath(None)
    initialize = dll.espeak_ng_Initialize
    initialize.restype = ctypes.c_uint  # espeak_ng_STATUS
    status = int(initialize(ctypes.byref(context)))
    if context.value:
        dll.espeak_ng_ClearErrorContext(ctypes.byref(context))
    if status == 0:
        return ""
    return f"espeak-ng could not start: its data is missing or broken (is espeak-ng-data installed? status {status:#x})"


_initialised_rate = 0
_voice_list: list[EspeakVoiceEntry] = []

ResultCallback = Callable[[int, "Synthesis | None"], None]


class EspeakWorker:
    """The one thread that talks to espeak-ng."""

    def __init__(self) -> None:
        self._espeak = load_binding()
        self._requests: queue.SimpleQueue[tuple[int, str, str | None, int, ResultCallback] | None] = queue.SimpleQueue()
        self._newest = 0
        self._kept: set[int] = set()  # requests a newer one does not replace
        self._counter = 0
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self.sample_rate = 0
        self.error = ""
        self.voice_list: list[EspeakVoiceEntry] = []
        self._chunks: list[bytes] = []
        self._events: list[EngineWord] = []
        self._running_id = 0
        self._offset_chars = 0  # where the run being synthesised starts, in the text
        self._offset_ms = 0  # and in the sound
        # espeak-ng keeps the voice a worker before this one set (it is global to the
        # process): the first request sets its own, the default one too.
        self._current_voice: str | None = "(not set here)"
        self._current_wpm = 0
        self._thread = threading.Thread(target=self._run, name="nook-espeak", daemon=True)
        self._thread.start()

    # -- called from the UI thread -------------------------------------------
    def wait_ready(self, timeout: float) -> bool:
        """Wait for espeak to initialise; False if it failed or took too long."""
        return self._ready.wait(timeout) and self.sample_rate > 0

    def request(self, text: str, voice: str | None, wpm: int, on_result: ResultCallback, keep: bool = False) -> int:
        """Synthesise ``text``; any earlier request still waiting or running is dropped
        (unless it was kept). A kept request neither replaces nor is replaced.

        ``on_result(request_id, synthesis)`` is called once, on the worker thread;
        ``synthesis`` is None when the request was superseded, cancelled or failed.
        """
        with self._lock:
            self._counter += 1
            request_id = self._counter
            if keep:
                self._kept.add(request_id)
            else:
                self._newest = request_id
        self._requests.put((request_id, text, voice, wpm, on_result))
        return request_id

    def synthesise(self, text: str, voice: str | None, wpm: int, timeout: float = 60.0) -> Synthesis | None:
        """Synthesise ``text`` and wait for it (never on the UI thread): for exports,
        which must not drop a page because read aloud started meanwhile. A read aloud
        asked for meanwhile waits at most this one text."""
        done = threading.Event()
        results: list[Synthesis | None] = []

        def deliver(_request_id: int, synthesis: Synthesis | None) -> None:
            results.append(synthesis)
            done.set()

        request_id = self.request(text, voice, wpm, deliver, keep=True)
        if not done.wait(timeout):
            with self._lock:
                self._kept.discard(request_id)
            return None
        return results[0] if results else None

    def cancel(self, request_id: int | None = None) -> None:
        """Drop ``request_id`` (or whatever is newest) if it is waiting or running."""
        with self._lock:
            if request_id is None or request_id == self._newest:
                self._newest = -1

    def close(self, timeout: float = 2.0) -> None:
        self.cancel()
        self._requests.put(None)
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    # -- the worker thread ---------------------------------------------------
    def _is_current(self, request_id: int) -> bool:
        with self._lock:
            return request_id == self._newest or request_id in self._kept

    def _run(self) -> None:
        es = self._espeak
        global _initialised_rate, _voice_list
        try:
            # espeak-ng cannot be initialised again after espeak_Terminate (it hangs),
            # so it is initialised once per process and never terminated; a later
            # worker thread takes over the library after the previous one has ended.
            if not _initialised_rate:
                problem = data_problem(es.dll)
                if problem:
                    raise RuntimeError(problem)
                rate = es.Initialize(es.AUDIO_OUTPUT_SYNCHRONOUS, 100, None, INITIALIZE_DONT_EXIT)
                if rate <= 0:
                    raise RuntimeError("espeak-ng could not start (is espeak-ng-data installed?)")
                _voice_list = self._list_voices()
                _initialised_rate = rate
            es.SetSynthCallback(self._callback)
            self.voice_list = list(_voice_list)
            self.sample_rate = _initialised_rate
        except Exception as error:  # noqa: BLE001 - reported to the grown-up corner
            self.error = str(error)
            log.warning("espeak-ng failed to start: %s", error)
        finally:
            self._ready.set()
        while True:
            item = self._requests.get()
            if item is None:
                break
            request_id, text, voice, wpm, on_result = item
            if not self._is_current(request_id) or self.sample_rate <= 0:
                on_result(request_id, None)
                continue
            try:
                result = self._synthesise_runs(request_id, self._runs(text, voice), wpm)
            except Exception:  # one bad text must not kill the worker
                log.exception("espeak-ng failed on a text")
                result = None
            with self._lock:
                self._kept.discard(request_id)
            try:
                on_result(request_id, result)
            except Exception:
                log.exception("speech result handler failed")

    def _runs(self, text: str, voice: str | None) -> list[tuple[int, str, str | None]]:
        """(start, text, voice) for each run of ``text``: runs of Arabic script read by
        espeak's Arabic voice, when there is one and ``voice`` is not it already."""
        arabic = next((v.identifier for v in self.voice_list if v.language.lower() == ARABIC), None)
        own = {v.identifier: v.language.lower() for v in self.voice_list}.get(voice or "", "")
        if arabic is None or own.split("-")[0] == ARABIC or not any(map(is_arabic, text)):
            return [(0, text, voice)]
        return [(run.start, run.text, arabic if run.language == ARABIC else voice) for run in script_runs(text)]

    def _use_voice(self, voice: str | None, wpm: int) -> None:
        es = self._espeak
        if voice != self._current_voice:
            if es.SetVoiceByName((voice or "en-us").encode()) != es.EE_OK:
                es.SetVoiceByName(b"en")
            self._current_voice = voice
            self._current_wpm = 0  # a new voice resets the rate
        if wpm != self._current_wpm:
            es.SetParameter(es.RATE, wpm, 0)
            self._current_wpm = wpm

    def _synthesise_runs(self, request_id: int, runs: list[tuple[int, str, str | None]], wpm: int) -> Synthesis | None:
        """Each run in its voice, one after another: one sound, with every word event
        moved to its place in the whole text and the whole sound."""
        es = self._espeak
        self._chunks = []
        self._events = []
        self._running_id = request_id
        for start, text, voice in runs:
            self._use_voice(voice, wpm)
            self._offset_chars = start
            self._offset_ms = sum(map(len, self._chunks)) * 1000 // (2 * self.sample_rate)
            status = es.Synth(text, flags=es.CHARS_UTF8)
            if status != es.EE_OK or not self._is_current(request_id):
                self._chunks = []
                return None
        pcm = b"".join(self._chunks)
        self._chunks = []
        return Synthesis(pcm, self.sample_rate, self._events)

    def _callback(self, wav, count: int, events) -> int:  # ctypes
        if wav and count > 0:
            self._chunks.append(ctypes.string_at(wav, count * 2))
        i = 0
        es = self._espeak
        while events[i].type != es.EVENT_LIST_TERMINATED:
            event = events[i]
            if event.type == es.EVENT_WORD:
                # text_position is 1-based and counts characters (code points).
                self._events.append(
                    EngineWord(
                        self._offset_chars + event.text_position - 1,
                        event.length,
                        self._offset_ms + event.audio_position,
                    )
                )
            i += 1
        return 0 if self._is_current(self._running_id) else 1  # 1 aborts synthesis

    def _list_voices(self) -> list[EspeakVoiceEntry]:
        entries = []
        for voice in self._espeak.ListVoices(None):
            languages = voice.languages or b""
            # languages is a priority byte followed by the language name.
            language = languages[1:].decode("utf-8", "replace")
            entries.append(
                EspeakVoiceEntry(
                    (voice.identifier or b"").decode("utf-8", "replace"),
                    (voice.name or b"").decode("utf-8", "replace"),
                    language,
                )
            )
        return entries


_shared: EspeakWorker | None = None
_users = 0
_shared_lock = threading.Lock()


def acquire_worker() -> EspeakWorker:
    """The process's espeak worker, started on first use (raises if espeak is absent)."""
    global _shared, _users
    with _shared_lock:
        if _shared is None or not _shared.alive:
            _shared = EspeakWorker()
            _users = 0
        _users += 1
        return _shared


def release_worker(worker: EspeakWorker) -> None:
    """One voice is done with the worker; the last one out stops the thread."""
    global _shared, _users
    with _shared_lock:
        if worker is not _shared:
            worker.close()
            return
        _users -= 1
        if _users <= 0:
            _shared = None
            _users = 0
            worker.close()
