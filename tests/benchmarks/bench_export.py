"""Export benchmark: PDF of a 20-page book with pictures (budget 2 s, DESIGN.md §6),
plus PNG of every page and packing and opening its backpack. Prints its figures:
the PDF and PNG as medians of RUNS (after one cold run), not the best of a few.

Run: python -m benchmarks.bench_export   (or python benchmarks/bench_export.py)
"""

from __future__ import annotations

import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image

from nook.core import backpack
from nook.core import picture as pic
from nook.core.library import Library
from nook.ui.app import create_application

PAGES = 20
BUDGET_S = 2.0
RUNS = int(os.environ.get("NOOK_BENCH_RUNS", "7"))


JSON = "--json" in sys.argv  # one line of figures for table.py; the rest goes to stderr
LOG = sys.stderr if JSON else sys.stdout


def photo(seed: int) -> bytes:
    image = Image.effect_mandelbrot((1600, 1200), (-2 + seed * 0.01, -1.2, 1, 1.2), 60).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def make_book(library: Library) -> str:
    writer = library.add_writer("Maya", "fox")
    book = library.new_piece(writer.id, "book")
    cover, first = library.pages(book.id)
    library.update_page(cover.id, words="My big book of dinosaurs")
    for number in range(PAGES - 1):
        digest = library.put_media(photo(number), "image/jpeg", 1600, 1200)
        strokes = [
            pic.stroke("brush", "#e03131", 14, [(100 + i * 7 + s * 40, 100 + (i * 13) % 600) for i in range(60)])
            for s in range(30)
        ]
        items = [
            *strokes,
            pic.sticker("cat", 1200, 300, 300, 15),
            pic.sticker("sun", 300, 200, 200),
            pic.photo(digest, 800, 450, 600, 450),
        ]
        words = f"Page {number + 1}: the dinosaur went stomp stomp stomp and ate a big green leaf."
        if number == 0:
            library.update_page(first.id, words=words, picture=pic.make_picture(items))
        else:
            library.add_page(book.id, words=words, picture=pic.make_picture(items))
    return book.id


def timed(label: str, fn, repeat: int = RUNS) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    middle = statistics.median(times)
    print(f"{label:<48} {middle * 1000:8.0f} ms (median of {repeat}, max {max(times) * 1000:.0f})", file=LOG)
    return middle


def main() -> int:
    create_application()
    from nook.export.images import export_pngs
    from nook.export.pdf import export_pdf

    with tempfile.TemporaryDirectory() as root:
        library = Library.open(Path(root))
        book_id = make_book(library)
        out = Path(root, "out")
        first = time.perf_counter()
        export_pdf(library, book_id, out / "cold.pdf", paper="letter")
        cold = time.perf_counter() - first
        print(f"{'PDF, 20-page book with pictures (first, cold)':<48} {cold * 1000:8.0f} ms", file=LOG)
        pdf = timed(
            "PDF, 20-page book with pictures (warm)",
            lambda: export_pdf(library, book_id, out / "book.pdf", paper="letter"),
        )
        size = (out / "book.pdf").stat().st_size
        print(f"{'PDF size':<48} {size / 1024 / 1024:8.1f} MB", file=LOG)
        png = timed("PNG of every page (20 x 1600x1200)", lambda: export_pngs(library, book_id, out / "png"))
        timed("pack backpack (20 photos)", lambda: backpack.pack(library, [book_id], out / "bag.nook"), 1)
        with tempfile.TemporaryDirectory() as other:
            home = Library.open(Path(other))
            timed("open backpack into an empty library", lambda: backpack.open_backpack(home, out / "bag.nook"), 1)
            home.close()
        library.close()
    verdict = "within" if pdf <= BUDGET_S else "OVER"
    print(f"PDF budget {BUDGET_S:.1f} s: {verdict}", file=LOG)
    if JSON:
        print(json.dumps({"pdf_ms": pdf * 1000, "pdf_cold_ms": cold * 1000, "png_ms": png * 1000, "runs": RUNS}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
