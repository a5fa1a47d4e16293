"""A sink's monitor recorded by ``parec`` on a thread, each sample knowing when it was played.

Each chunk read is stamped with the time it arrived (``time.monotonic``, one clock for
every process on the machine); the recording's clock is pinned by the earliest-arriving
chunk (its last sample cannot have been played later than it arrived), so any sample's
time is ``origin + index / rate``. Used by the read-aloud benchmark (the first audible
sample after a tap) and the test that words light as their sound is heard.
"""

from __future__ import annotations

import array
import subprocess
import threading
import time


class StampedMonitor:
    def __init__(self, source: str, rate: int) -> None:
        self.rate = rate
        self._process = subprocess.Popen(
            ["parec", "-d", source, "--raw", "--format=s16le", "--channels=1", f"--rate={rate}", "--latency-msec=10"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.samples = array.array("h")
        self.origin = float("inf")  # time.monotonic() of sample 0 (an upper bound, tightened)
        self.lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        pending = b""
        while chunk := self._process.stdout.read1(4096):
            arrived = time.monotonic()
            pending += chunk
            whole = len(pending) - len(pending) % 2
            with self.lock:
                self.samples.frombytes(pending[:whole])
                self.origin = min(self.origin, arrived - len(self.samples) / self.rate)
            pending = pending[whole:]

    def now_sample(self) -> int:
        with self.lock:
            return len(self.samples)

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(timeout=10)
        self._thread.join(timeout=10)
        assert self._process.stdout is not None
        self._process.stdout.close()
