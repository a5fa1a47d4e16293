"""Memory benchmark: the app after a child scrolls a 1,000-piece shelf holding 40 photos.

Each figure comes from its own process, alternated with a bare PySide6 window in the
same run, so the ratio to the bare window is printed beside the megabytes:
- the bare window: a QApplication and one maximised, painted QWidget;
- the app as `nook` starts it (speech on, started after the first paint), on a library
  of 1,000 pieces by one writer, 40 of them with a 2048 x 1536 photo on the cover:
  resident memory when the shelf has drawn its visible covers, and after scrolling the
  whole shelf a quarter screen at a time, resting after each step until the covers there
  are drawn (as a child's scrolling would).
Budgets (DESIGN.md §6): <= 120 MB after start, <= 150 MB after scrolling the photo shelf.
Run: xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tests/benchmarks/bench_memory.py
(or QT_QPA_PLATFORM=offscreen ...).
"""

from __future__ import annotations

import contextlib
import io
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

PIECES = 1000
PHOTOS = 40
PHOTO_SIZE = (2048, 1536)
RUNS = 3  # of each, alternated
BUDGET_START_MB, BUDGET_SCROLLED_MB = 120, 150


def memory_mb() -> tuple[float, float]:
    """(resident now, peak resident) of this process, in MB."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def photo(n: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.linear_gradient("L").resize(PHOTO_SIZE).convert("RGB")
    draw = ImageDraw.Draw(image)
    for k in range(12):  # something that compresses like a photo, not like a flat colour
        x, y = (n * 97 + k * 173) % PHOTO_SIZE[0], (n * 59 + k * 131) % PHOTO_SIZE[1]
        draw.ellipse((x, y, x + 400, y + 300), fill=((n * 40 + k * 20) % 256, (k * 70) % 256, (n * 13) % 256))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def make_library(folder: Path) -> None:
    from nook.core import picture as pic
    from nook.core.library import Library

    library = Library.open(folder)
    writer = library.add_writer("Maya", "fox")
    kinds = ("book", "list", "sign", "letter")
    every = PIECES // PHOTOS
    with library.transaction():
        for n in range(PIECES):
            piece = library.new_piece(writer.id, kinds[n % 4])
            first = library.pages(piece.id)[0]
            items = [pic.stroke("brush", "#e03131", 18, [(200 + k * 30, 300 + (k % 5) * 40) for k in range(30)])]
            if n % every == 0:
                digest = library.put_media(photo(n), "image/jpeg", *PHOTO_SIZE)
                items.append(pic.photo(digest, 700, 500, 800, 600))
            library.update_page(first.id, words=f"piece {n}: my dog and the park", picture=pic.make_picture(items))
    library.set_state("last_writer", writer.id)
    library.close()


LIBRARY_NAME = f"nook-bench-{PIECES}-pieces-{PHOTOS}-photos-v1"


def cached_library() -> Path:
    """The benchmark library, made once and kept in the temporary folder for later runs."""
    folder = Path(tempfile.gettempdir()) / LIBRARY_NAME
    if (folder / "library.db").exists():
        return folder
    building = Path(tempfile.mkdtemp(prefix=LIBRARY_NAME + "-building-"))
    started = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--make", str(building)], check=True)
    print(f"library made in {time.perf_counter() - started:.1f} s, kept as {folder}", file=sys.stderr)
    try:
        building.rename(folder)
    except OSError:  # another run made it first
        shutil.rmtree(building, ignore_errors=True)
    return folder


def run_bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([sys.argv[0]])
    window = QWidget()
    window.showMaximized()
    deadline = time.perf_counter() + 1.0
    while time.perf_counter() < deadline:
        app.processEvents()
    now, peak = memory_mb()
    return {"start": now, "scrolled": now, "peak": peak}


def run_app(folder: Path) -> dict[str, float]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from nook.library_start import open_library
    from nook.speech import ForwardingVoice, make_voice
    from nook.ui.app import create_application
    from nook.ui.main_window import MainWindow

    # Every cover drawn from its page, as at a first start: none read back from covers/
    # (kept there by an earlier start on this library).
    shutil.rmtree(folder / "covers", ignore_errors=True)
    library = open_library(folder)
    app = create_application([sys.argv[0]])
    voice = ForwardingVoice()
    window = MainWindow(library, voice)
    window.showMaximized()
    QTimer.singleShot(0, lambda: voice.attach(make_voice("auto")))  # speech on, as `nook` starts it
    shelf = window.shelf_screen
    covers = shelf.thumbnails

    def rest(seconds: float = 0.12) -> None:
        """Let the shelf rest: the scroll hold passes and the covers seen are drawn."""
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline or covers.pending():
            QApplication.processEvents()
            time.sleep(0.005)

    rest(1.0)
    start, _peak = memory_mb()
    bar = shelf.view.verticalScrollBar()
    steps = 0
    while steps < 5000:
        bar.setValue(bar.value() + max(1, bar.pageStep() // 4))
        shelf.view.viewport().repaint()
        rest()
        steps += 1
        if bar.value() >= bar.maximum() and not shelf.model.canFetchMore():
            break
    rest(0.5)
    scrolled, peak = memory_mb()
    result = {"start": start, "scrolled": scrolled, "peak": peak, "covers": float(covers.drawn), "steps": steps}
    window.flush()
    voice.shutdown()
    library.close()
    del app
    return result


def child(*args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, *args], cwd=ROOT, capture_output=True, text=True, check=True, env=os.environ
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> dict[str, float]:
    tmp = str(cached_library())
    print(
        f"library: {PIECES} pieces, {PHOTOS} with a {PHOTO_SIZE[0]}x{PHOTO_SIZE[1]} photo ({tmp}); "
        f"platform {os.environ['QT_QPA_PLATFORM']}"
    )
    bare, app = [], []
    for _ in range(RUNS):
        bare.append(child("--bare"))
        app.append(child("--app", tmp))
    bare_mb = statistics.median(r["start"] for r in bare)
    start_mb = statistics.median(r["start"] for r in app)
    scrolled_mb = statistics.median(r["scrolled"] for r in app)
    peak_mb = statistics.median(r["peak"] for r in app)
    covers = statistics.median(r["covers"] for r in app)
    print(f"{'bare PySide6 window':<44} {bare_mb:6.0f} MB")
    print(
        f"{'app, shelf with visible covers drawn':<44} {start_mb:6.0f} MB  {start_mb / bare_mb:4.1f}x bare  "
        f"budget {BUDGET_START_MB} MB"
    )
    print(
        f"{'app, after scrolling the whole shelf':<44} {scrolled_mb:6.0f} MB  {scrolled_mb / bare_mb:4.1f}x bare  "
        f"budget {BUDGET_SCROLLED_MB} MB  ({covers:.0f} covers drawn)"
    )
    print(f"{'app, peak while scrolling':<44} {peak_mb:6.0f} MB  {peak_mb / bare_mb:4.1f}x bare")
    print(f"medians of {RUNS} alternating runs; cores: {os.cpu_count()}")
    return {"bare_mb": bare_mb, "start_mb": start_mb, "scrolled_mb": scrolled_mb, "peak_mb": peak_mb}


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--make":
        make_library(Path(sys.argv[2]))
    elif len(sys.argv) > 1 and sys.argv[1] == "--bare":
        print(json.dumps(run_bare()))
    elif len(sys.argv) > 1 and sys.argv[1] == "--app":
        print(json.dumps(run_app(Path(sys.argv[2]))))
    elif "--json" in sys.argv:  # for table.py: the figures as one line, the rest on stderr
        with contextlib.redirect_stdout(sys.stderr):
            figures = main()
        print(json.dumps(figures))
    else:
        main()
