"""Talking-book and class-book benchmark (DESIGN.md §6: a 20-page talking book in at most
5 s, off the UI thread). Prints medians, sizes, the longest pause of the UI thread while
a book is made in the worker, and each time as a ratio to a bare PySide6 window started
and painted in the same run (so a busy machine shows as a busy machine).

Run: python tests/benchmarks/bench_talking_book.py [--quick]   (--quick: 6 x 4 class book)
"""

from __future__ import annotations

import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402

from nook.core import picture as pic  # noqa: E402
from nook.core.library import Library  # noqa: E402
from nook.ui.app import create_application  # noqa: E402

PAGES = 20
BUDGET_S = 5.0
RUNS = 3
BARE_WINDOW = (
    "import sys, time; t = time.perf_counter()\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication(sys.argv); w = QWidget(); w.resize(1280, 800); w.show()\n"
    "app.processEvents(); w.repaint(); print(time.perf_counter() - t)\n"
)


def bare_window_s() -> float:
    """Median time for a bare PySide6 window to start and paint (new process each)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE_WINDOW], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def photo(seed: int) -> bytes:
    image = Image.effect_mandelbrot((1600, 1200), (-2 + seed * 0.01, -1.2, 1, 1.2), 60).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def busy_items(library: Library, seed: int, with_photo: bool) -> list[dict]:
    strokes = [
        pic.stroke("brush", "#e03131", 14, [(100 + i * 7 + s * 40, 100 + (i * 13 + seed) % 600) for i in range(60)])
        for s in range(30)
    ]
    items = [*strokes, pic.sticker("cat", 1200, 300, 300, 15), pic.sticker("sun", 300, 200, 200)]
    if with_photo:
        digest = library.put_media(photo(seed), "image/jpeg", 1600, 1200)
        items.append(pic.photo(digest, 800, 450, 600, 450))
    return items


def make_book(library: Library, writer_id: str, pages: int, seed: int = 0, photos: bool = True) -> str:
    book = library.new_piece(writer_id, "book")
    cover, first = library.pages(book.id)
    library.update_page(cover.id, words=f"My big book of dinosaurs number {seed + 1}")
    for number in range(pages - 1):
        words = f"Page {number + 1}: the dinosaur went stomp stomp stomp and ate a big green leaf."
        picture = pic.make_picture(busy_items(library, seed * 100 + number, photos and number % 3 == 0))
        if number == 0:
            library.update_page(first.id, words=words, picture=picture)
        else:
            library.add_page(book.id, words=words, picture=picture)
    library.set_finished(book.id)
    return book.id


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed_runs(label: str, fn, runs: int, bare: float) -> float:
    """Median wall time; also the CPU time (all threads: the encoder's too), which a
    busy machine does not inflate."""
    times, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), cpu_s()
        fn()
        times.append(time.perf_counter() - start)
        cpus.append(cpu_s() - cpu)
    median = statistics.median(times)
    spread = f"min {min(times):.2f}, max {max(times):.2f}, {runs} runs" if runs > 1 else "1 run"
    print(
        f"{label:<52} {median:7.2f} s  ({spread}; {median / bare:5.1f}x a bare window; "
        f"CPU {statistics.median(cpus):.2f} s)"
    )
    return median


def ui_pause_while_made(library: Library, book_id: str, out: Path) -> tuple[float, float]:
    """Make the book through the app's ExportRunner; the longest gap between ticks of a
    1 ms timer on the UI thread, and the time the book took."""
    from PySide6.QtCore import QEventLoop, QTimer

    from nook.export.talking_book import export_talking_book
    from nook.ui.kit.export_runner import ExportRunner

    runner = ExportRunner(library)
    loop = QEventLoop()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    runner.done.connect(lambda _path: loop.quit())
    runner.failed.connect(lambda reason: (print("failed:", reason), loop.quit()))
    start = time.perf_counter()
    timer.start(1)
    runner.start(lambda lib, job: export_talking_book(lib, book_id, out, job=job))
    loop.exec()
    timer.stop()
    return max(gaps), time.perf_counter() - start


def main() -> int:
    quick = "--quick" in sys.argv
    writers, pieces, class_pages = (6, 4, 3) if quick else (30, 10, 3)
    create_application()
    from nook.export.class_book import class_book_epub, class_book_pdf
    from nook.export.selection import gather
    from nook.export.talking_book import export_talking_book

    bare = bare_window_s()
    print(f"{'bare PySide6 window, start and paint':<52} {bare:7.2f} s  (median of {RUNS})")
    with tempfile.TemporaryDirectory() as root:
        (Path(root) / "lib").mkdir()
        library = Library.open(Path(root) / "lib")
        maya = library.add_writer("Maya", "fox")
        book_id = make_book(library, maya.id, PAGES)
        out = Path(root)
        export_talking_book(library, book_id, out / "warm.epub")  # fonts, plugins, espeak
        book = timed_runs(
            f"talking book, {PAGES} pages with pictures",
            lambda: export_talking_book(library, book_id, out / "book.epub"),
            RUNS,
            bare,
        )
        size = (out / "book.epub").stat().st_size
        print(f"{'talking book size':<52} {size / 1024 / 1024:7.2f} MB")
        timed_runs(
            "the same without the voice",
            lambda: export_talking_book(library, book_id, out / "quiet.epub", audio=False),
            RUNS,
            bare,
        )
        pause, took = ui_pause_while_made(library, book_id, out / "threaded.epub")
        print(f"{'made in the worker thread':<52} {took:7.2f} s  (longest UI-thread pause {pause * 1000:.0f} ms)")

        avatars = ["fox", "cat", "dog", "bunny", "bear", "panda", "koala", "tiger"]
        for number in range(writers):
            writer = library.add_writer(f"Writer {number + 1}", avatars[number % len(avatars)])
            for piece in range(pieces):
                make_book(library, writer.id, class_pages, seed=number * 100 + piece, photos=False)
        groups = gather(library, [w for w in library.writers() if w.id != maya.id], finished_only=True)
        count = f"{writers} writers x {pieces} pieces of {class_pages} pages"
        timed_runs(
            f"class book PDF, {count}",
            lambda: class_book_pdf(library, groups, out / "class.pdf", "Room 4", date.today()),
            1,
            bare,
        )
        print(f"{'class book PDF size':<52} {(out / 'class.pdf').stat().st_size / 1024 / 1024:7.2f} MB")
        timed_runs(
            f"class book talking book, {count}",
            lambda: class_book_epub(library, groups, out / "class.epub", "Room 4", date.today()),
            1,
            bare,
        )
        print(f"{'class book talking book size':<52} {(out / 'class.epub').stat().st_size / 1024 / 1024:7.2f} MB")
        library.close()
    verdict = "within" if book <= BUDGET_S else "OVER"
    print(f"talking book budget {BUDGET_S:.1f} s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
