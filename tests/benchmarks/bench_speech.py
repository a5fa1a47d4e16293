"""Read-aloud benchmark: prints figures, asserts nothing (DESIGN.md section 6).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_speech.py

1. "Read to me" on a 100-word page: time from say() to the first audio handed to the
   sound device (the `started` signal), budget 250 ms; and synthesis time alone.
2. 200 utterances in a row, each stopped: cost per utterance, RSS growth, threads.
"""

from __future__ import annotations

import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from nook.speech import make_voice

PAGE = (
    "Once upon a time there was a little dog called Max. He lived in a red house "
    "by the sea with his friend Lily. Every morning they ran on the sand and looked "
    "for shells. One day Max found a big blue shell that could sing! Lily put it to "
    "her ear and heard the waves say hello. They took the shell home and put it on "
    "the shelf. At night the shell sang them to sleep, and Max dreamed about fish. "
    "Lily laughed and said that tomorrow they would go back to the beach to find "
    "another singing shell, maybe a green one. The end."
)
BUDGET_MS = 250


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class Waiter:
    """Spin the event loop until a signal fires or a time-out passes.

    Each signal is connected once and never disconnected: in PySide6 6.12 on
    Python 3.11, Signal.disconnect(slot) drops a reference to True every call,
    which crashes the interpreter after enough calls."""

    def __init__(self) -> None:
        self.loop = QEventLoop()
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.loop.quit)
        self.fired = False
        self.connected: set[int] = set()

    def hit(self, *_args) -> None:
        self.fired = True
        self.loop.quit()

    def wait(self, signal, timeout_ms: int = 10000) -> bool:
        self.fired = False
        if id(signal) not in self.connected:
            self.connected.add(id(signal))
            signal.connect(self.hit)
        self.timer.start(timeout_ms)
        self.loop.exec()
        self.timer.stop()
        return self.fired


def main() -> None:
    app = QCoreApplication(sys.argv)
    waiter = Waiter()
    wait_for = waiter.wait
    voice = make_voice("auto")
    print(
        f"engine: {type(voice).__name__}, available: {voice.is_available()}, audio output: {voice.has_audio_output()}"
    )
    if not voice.is_available():
        print(f"no speech engine: {voice.unavailable_reason()}")
        return
    print(f"page: {len(PAGE.split())} words")

    try:
        from nook.speech.espeak_synth import acquire_worker, rate_to_wpm, release_worker

        worker = acquire_worker()
        worker.wait_ready(5)
        done = threading.Event()
        synth_ms = []
        for _ in range(10):
            done.clear()
            start = time.perf_counter()
            worker.request(PAGE, None, rate_to_wpm(1.0), lambda *_: done.set())
            done.wait(10)
            synth_ms.append((time.perf_counter() - start) * 1000)
        release_worker(worker)
        print(
            f"synthesis alone (worker thread): median {statistics.median(synth_ms):.1f} ms, max {max(synth_ms):.1f} ms"
        )
    except Exception as error:  # noqa: BLE001 - not espeak on this platform
        print(f"synthesis alone: n/a ({error})")

    first_audio = []
    stamps: list[float] = []
    voice.started.connect(lambda _u: stamps.append(time.perf_counter()))
    for _ in range(10):
        start = time.perf_counter()
        stamps.clear()
        voice.say(PAGE)
        wait_for(voice.started)
        first_audio.append(((stamps[0] if stamps else time.perf_counter()) - start) * 1000)
        voice.stop()
    median = statistics.median(first_audio)
    print(
        f"say() of a 100-word page to first audio ready: median {median:.1f} ms, "
        f"max {max(first_audio):.1f} ms (budget {BUDGET_MS} ms: "
        f"{'within' if max(first_audio) <= BUDGET_MS else 'OVER'})"
    )

    sentence = "The little dog ran to the sea and found a shell."
    for _ in range(20):  # warm up caches and the audio sink
        voice.say(sentence)
        wait_for(voice.started, 2000)
        voice.stop()
    threads_before = threading.active_count()
    rss_before = rss_mb()
    start = time.perf_counter()
    n = 200
    for i in range(n):
        voice.say(f"{sentence} Number {i}.")
        if i % 2 == 0:
            wait_for(voice.started, 2000)  # half reach the sound device before the stop
        else:
            app.processEvents()
        voice.stop()
    elapsed = time.perf_counter() - start
    app.processEvents()
    rss_after = rss_mb()
    print(
        f"{n} utterances with stops: {elapsed * 1000 / n:.2f} ms each (half waited for audio), "
        f"RSS {rss_before:.1f} -> {rss_after:.1f} MB ({rss_after - rss_before:+.1f} MB), "
        f"threads {threads_before} -> {threading.active_count()}"
    )
    voice.shutdown()


if __name__ == "__main__":
    main()
