"""Start-up benchmark: start to an interactive shelf with 1,000 pieces, and memory.

Prints the median of several warm runs of `python -m nook --smoke` (which quits as soon
as the shelf has been shown) and the peak RSS of those runs. Budgets (DESIGN.md §6):
<= 0.6 s warm, <= 150 MB RSS.
"""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from nook.core.library import Library  # noqa: E402

PIECES = 1000
RUNS = 7


def make_library(folder: Path) -> None:
    library = Library.open(folder)
    writer = library.add_writer("Bench", "fox")
    kinds = ("book", "list", "sign", "letter")
    with library.transaction():
        for n in range(PIECES):
            piece = library.new_piece(writer.id, kinds[n % 4])
            first = library.pages(piece.id)[0]
            library.update_page(first.id, words=f"piece number {n} about my dog and the park")
    library.set_state("last_writer", writer.id)
    library.close()


def idle_cpu(folder: Path, env: dict[str, str], seconds: float = 6.0) -> float:
    """CPU use of the running app while nobody touches it, as a percentage of one core."""
    process = subprocess.Popen([sys.executable, "-m", "nook", "--data-dir", str(folder)], cwd=ROOT, env=env)
    try:
        time.sleep(3.0)  # let it settle: first paint, voice start
        ticks = os.sysconf("SC_CLK_TCK")

        def cpu_seconds() -> float:
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / ticks

        before, start = cpu_seconds(), time.perf_counter()
        time.sleep(seconds)
        used, elapsed = cpu_seconds() - before, time.perf_counter() - start
    finally:
        process.terminate()
        process.wait(timeout=10)
    return 100.0 * used / elapsed


def main() -> None:
    # Warm means as installed: the app's bytecode is there (pip writes it on install).
    compileall.compile_dir(str(ROOT / "nook"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_library(folder)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}

        def median_start(*flags: str) -> tuple[float, float, float]:
            times = []
            for _ in range(RUNS + 1):
                start = time.perf_counter()
                command = [sys.executable, "-m", "nook", "--smoke", "--data-dir", str(folder), *flags]
                subprocess.run(command, cwd=ROOT, env=env, check=True)
                times.append(time.perf_counter() - start)
            warm = times[1:]  # the first run warms the disk cache
            return statistics.median(warm), min(warm), max(warm)

        # The voice is made just after the shelf is painted, so the shelf is usable first.
        shelf = median_start("--no-speech")
        with_voice = median_start()
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        idle = idle_cpu(folder, env) if sys.platform.startswith("linux") else float("nan")
    print(
        f"start to interactive shelf, {PIECES} pieces: median {shelf[0]:.3f} s "
        f"(min {shelf[1]:.3f}, max {shelf[2]:.3f}, {RUNS} warm runs)  budget 0.600 s"
    )
    print(
        f"start until the voice is ready too: median {with_voice[0]:.3f} s "
        f"(min {with_voice[1]:.3f}, max {with_voice[2]:.3f}; speech starts after the first paint)"
    )
    print(f"peak RSS after start: {peak_kb / 1024:.1f} MB  budget 150 MB")
    print(f"idle CPU on the shelf: {idle:.2f} %  budget < 1 %")


if __name__ == "__main__":
    main()
