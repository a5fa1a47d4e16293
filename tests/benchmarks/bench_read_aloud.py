"""Read aloud to the first *audible* sample, as a child hears it after tapping "Read to me".

A null sink of this run's own (a unique name, unloaded after) is the app's speaker:
the voice plays to it as a Qt audio device (Qt's PulseAudio backend names the device it
opens, so PULSE_SINK is not honoured; the app itself plays to the default output, and
other programs may be sounding there), and `parec` records its monitor. Each chunk
the recorder reads is stamped with the time it arrived; the recording's clock is
pinned to the wall clock by the earliest-arriving chunk (its last sample cannot have
been played later than it arrived), so the first non-silent sample has a time. The
figure is that time less the time of the tap (`voice.say` of a 100-word page). One
cold tap (the first after the voice started), then the median of RUNS more.
Budget (DESIGN.md §6): <= 250 ms.

    python tests/benchmarks/bench_read_aloud.py [--json]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.stamped_monitor import StampedMonitor  # noqa: E402 - after the path

RUNS = int(os.environ.get("NOOK_BENCH_RUNS", "7"))
BUDGET_MS = 250
RATE = 22_050
LOUD = 200  # a sample above this (of 32767; about -44 dBFS) is sound, not the sink's silence
PAGE = (
    "Once upon a time there was a little dog called Max. He lived in a red house "
    "by the sea with his friend Lily. Every morning they ran on the sand and looked "
    "for shells. One day Max found a big blue shell that could sing! Lily put it to "
    "her ear and heard the waves say hello. They took the shell home and put it on "
    "the shelf. At night the shell sang them to sleep, and Max dreamed about fish. "
    "Lily laughed and said that tomorrow they would go back to the beach to find "
    "another singing shell, maybe a green one. The end."
)


class Monitor(StampedMonitor):
    """This run's sink's monitor; knows when each sample was played."""

    def first_sound_after(self, sample: int) -> float | None:
        """The time (time.monotonic) of the first loud sample at or after `sample`, if any yet."""
        with self.lock:
            for index in range(sample, len(self.samples)):
                if abs(self.samples[index]) > LOUD:
                    return self.origin + index / RATE
        return None

    def quiet_since(self, seconds: float) -> bool:
        with self.lock:
            tail = self.samples[-int(seconds * RATE) :]
        return len(tail) >= int(seconds * RATE) and max((abs(s) for s in tail), default=0) <= LOUD


def spin(condition, timeout: float) -> bool:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.time() + timeout
    while not condition():
        if time.time() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
        time.sleep(0.001)
    return True


def measure() -> dict[str, object]:
    sink = f"nook_bench_read_{os.getpid()}"
    loaded = subprocess.run(
        ["pactl", "load-module", "module-null-sink", f"sink_name={sink}"], capture_output=True, text=True, check=True
    )
    module = loaded.stdout.strip()
    monitor = None
    try:
        from PySide6.QtMultimedia import QMediaDevices
        from PySide6.QtWidgets import QApplication

        from nook.speech.espeak_voice import EspeakVoice
        from nook.speech.voice import quiet_multimedia_logging

        quiet_multimedia_logging()
        app = QApplication([sys.argv[0]])

        def device():
            return next((d for d in QMediaDevices.audioOutputs() if bytes(d.id().data()).decode() == sink), None)

        assert spin(lambda: device() is not None, 10), "the bench's sink is not an audio output"
        monitor = Monitor(f"{sink}.monitor", RATE)
        assert spin(lambda: monitor.now_sample() > RATE // 2, 10), "the monitor records nothing"
        # What make_voice("auto") builds on Linux, playing to this run's own sink.
        voice = EspeakVoice(use_audio=True, device=device())
        if not voice.is_available():
            raise SystemExit(f"no voice: {voice.unavailable_reason()}")
        # A child taps a moment after the app is up, not in the same instant.
        spin(lambda: False, 1.0)
        heard: list[float] = []
        for _ in range(RUNS + 1):
            assert spin(lambda: monitor.quiet_since(0.3), 10), "the sink is not quiet"
            mark = monitor.now_sample()
            tapped = time.monotonic()
            voice.say(PAGE)
            found: list[float] = []

            def sound(mark: int = mark, found: list[float] = found) -> bool:
                when = monitor.first_sound_after(mark)
                if when is not None:
                    found.append(when)
                return when is not None

            if not spin(sound, 10):
                raise SystemExit("nothing was heard from the bench's sink")
            heard.append(max(0.0, found[0] - tapped) * 1000)
            voice.stop()
        voice.shutdown()
        del app
        return {"cold_ms": heard[0], "median_ms": statistics.median(heard[1:]), "runs": RUNS, "max_ms": max(heard[1:])}
    finally:
        if monitor is not None:
            monitor.close()
        subprocess.run(["pactl", "unload-module", module], capture_output=True, check=False)


def main() -> None:
    figures = measure()
    if "--json" in sys.argv:
        print(json.dumps(figures))
        return
    print(
        f"read aloud, tap to first audible sample: median {figures['median_ms']:.0f} ms of {RUNS} "
        f"(max {figures['max_ms']:.0f}); the first tap: {figures['cold_ms']:.0f} ms   budget {BUDGET_MS} ms"
    )


if __name__ == "__main__":
    main()
