"""Start-up as a person waits for it, beside a bare PySide6 window started in the same run.

Each start is its own process, timed from just before it is spawned:
- the bare window: a QApplication and one maximised QWidget, to its first paint;
- Writing Nook as `nook` starts it (speech on), on a library of 1,000 pieces with
  pictures, 40 of them with a photo on the cover (built once, cached in the temporary
  folder): to the first paint of the shelf, and to the paint in which every visible
  cover was drawn from its page ("ready"). The app writes those marks itself
  (nook/ui/ready.py, NOOK_START_MARKS); `--smoke` quits on "ready". Covers drawn are
  kept between starts (covers/ in the data folder), and so are the buttons' pictures
  (icons/), so a start is timed twice: as every start after the first is (covers and
  pictures read back), and as the very first start (covers/ and icons/ removed before
  it: every visible cover drawn from its page, every picture from its SVG).
Runs alternate (bare, app, first start, bare, app, first start ...); medians of RUNS of
each; then idle CPU on the shelf once the app is ready. Beside each time, the CPU time the
process had used by then (all its threads): on a busy computer the clock runs on while a
start waits for a core, and the CPU time is the steadier figure to compare two versions by.
The platform is the one in QT_QPA_PLATFORM (run it under `xvfb-run -a` with
QT_QPA_PLATFORM=xcb for a real X screen, as `table.py` does).
Budget (DESIGN.md §6): ready <= 2.2x the bare window; idle CPU < 0.5 %.

    python tests/benchmarks/bench_start.py [--json]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_memory import cached_library  # noqa: E402  (the same library, made once)

RUNS = int(os.environ.get("NOOK_BENCH_RUNS", "7"))  # fewer only to try the benchmark out
READY_RATIO_BUDGET = 2.2
IDLE_BUDGET = 0.5


def bare_window(marks: str) -> None:
    """The bare PySide6 window: shown maximised, and gone after its first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([sys.argv[0]])
    window = QWidget()

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, done)  # as the app's watch does: once the paint is on the screen
            return False

    def done() -> None:
        with open(marks, "a", encoding="utf-8") as out:
            now, used = time.time(), time.process_time()
            out.write(f"painted {now:.6f} {used:.6f}\nready {now:.6f} {used:.6f}\n")
        app.quit()

    watch = Painted()
    window.installEventFilter(watch)
    window.showMaximized()
    app.exec()


def timed_start(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Spawn one start; the marks it wrote, in ms from the spawn ("<mark>_cpu": the CPU
    time it had used by then, in ms), and its peak memory."""
    with tempfile.NamedTemporaryFile("r", suffix=".marks", delete=False) as handle:
        marks = handle.name
    try:
        started = time.time()
        process = subprocess.Popen(command, cwd=ROOT, env={**env, "NOOK_START_MARKS": marks})
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise RuntimeError(f"{command} ended with {process.returncode}")
        result = {"peak_mb": usage.ru_maxrss / 1024}
        for line in Path(marks).read_text().splitlines():
            name, when, used = line.split()
            result.setdefault(name, (float(when) - started) * 1000)
            result.setdefault(f"{name}_cpu", float(used) * 1000)
        return result
    finally:
        os.unlink(marks)


def idle_cpu(folder: Path, env: dict[str, str], seconds: float = 6.0) -> float:
    """CPU use of the app left alone on its ready shelf, as a percentage of one core."""
    with tempfile.NamedTemporaryFile("r", suffix=".marks", delete=False) as handle:
        marks = Path(handle.name)
    command = [sys.executable, "-m", "nook", "--data-dir", str(folder)]
    process = subprocess.Popen(command, cwd=ROOT, env={**env, "NOOK_START_MARKS": str(marks)})
    try:
        deadline = time.time() + 60
        while "voice" not in marks.read_text() and time.time() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)  # the last covers and the voice's own start settle
        ticks = os.sysconf("SC_CLK_TCK")

        def cpu_seconds() -> float:
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / ticks

        before, start = cpu_seconds(), time.perf_counter()
        time.sleep(seconds)
        used, elapsed = cpu_seconds() - before, time.perf_counter() - start
    finally:
        process.terminate()
        process.wait(timeout=30)
        marks.unlink(missing_ok=True)
    return 100.0 * used / elapsed


def measure() -> dict[str, object]:
    import compileall

    compileall.compile_dir(str(ROOT / "nook"), quiet=1)  # as installed: bytecode is there
    folder = cached_library()
    env = dict(os.environ)
    bare_command = [sys.executable, __file__, "--bare"]
    app_command = [sys.executable, "-m", "nook", "--smoke", "--data-dir", str(folder)]
    covers, pictures = folder / "covers", folder / "icons"
    timed_start(bare_command, env)  # warm the disk cache for both (and keep the covers)
    timed_start(app_command, env)
    bare, app, first = [], [], []
    for _ in range(RUNS):
        bare.append(timed_start(bare_command, env))
        app.append(timed_start(app_command, env))
        shutil.rmtree(covers, ignore_errors=True)  # as at a first start: no cover kept,
        shutil.rmtree(pictures, ignore_errors=True)  # and no picture
        first.append(timed_start(app_command, env))  # (it keeps them again as it closes)

    def median(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(run[key] for run in runs)

    return {
        "platform": os.environ["QT_QPA_PLATFORM"],
        "runs": RUNS,
        "bare_ms": median(bare, "painted"),
        "painted_ms": median(app, "painted"),
        "ready_ms": median(app, "ready"),
        "voice_ms": median(app, "voice"),
        "first_painted_ms": median(first, "painted"),
        "first_ready_ms": median(first, "ready"),
        "bare_cpu_ms": median(bare, "painted_cpu"),
        "ready_cpu_ms": median(app, "ready_cpu"),
        "first_ready_cpu_ms": median(first, "ready_cpu"),
        "load": os.getloadavg()[0],
        "bare_peak_mb": median(bare, "peak_mb"),
        "app_peak_mb": median(app, "peak_mb"),
        "idle_cpu": idle_cpu(folder, env),
    }


def main() -> None:
    figures = measure()
    if "--json" in sys.argv:
        print(json.dumps(figures))
        return
    bare = float(figures["bare_ms"])  # type: ignore[arg-type]
    print(f"platform {figures['platform']}, medians of {RUNS} alternating runs, cores: {os.cpu_count()}")
    print(f"{'bare PySide6 window painted':<44} {bare:7.0f} ms")
    for key, label in (
        ("painted_ms", "app: shelf first painted"),
        ("ready_ms", "app: visible covers drawn (ready)"),
        ("voice_ms", "app: voice started (after ready)"),
        ("first_painted_ms", "first start (nothing kept): painted"),
        ("first_ready_ms", "first start (nothing kept): ready"),
    ):
        value = float(figures[key])  # type: ignore[arg-type]
        print(f"{label:<44} {value:7.0f} ms  {value / bare:4.2f}x bare")
    print(f"budget: ready <= {READY_RATIO_BUDGET}x bare")
    bare_cpu = float(figures["bare_cpu_ms"])  # type: ignore[arg-type]
    print(f"{'CPU used: bare window to its paint':<44} {bare_cpu:7.0f} ms")
    for key, label in (
        ("ready_cpu_ms", "CPU used: app to ready"),
        ("first_ready_cpu_ms", "CPU used: first start to ready"),
    ):
        value = float(figures[key])  # type: ignore[arg-type]
        print(f"{label:<44} {value:7.0f} ms  {value / bare_cpu:4.2f}x bare")
    print(f"peak memory: app {figures['app_peak_mb']:.0f} MB, bare {figures['bare_peak_mb']:.0f} MB")
    print(f"load average (1 min) at the end: {figures['load']:.2f}")
    print(f"idle CPU on the ready shelf: {figures['idle_cpu']:.2f} %  budget < {IDLE_BUDGET} %")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--bare"]:
        bare_window(os.environ["NOOK_START_MARKS"])
    else:
        main()
