"""Storing a stroke: on an empty page and on a page of 2,000 strokes, through the editor's
own store (PieceModel.flush, one transaction, synchronous=FULL as the app runs).

Budget (DESIGN.md §6): storing a stroke O(1) in page size, and <= 100 ms on the UI
thread. Prints the medians and the slowest of STROKES strokes on each page.

    python tests/benchmarks/bench_store.py [--json]
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUSY = 2000
STROKES = 50


def scribble(rng: random.Random) -> dict:
    from nook.core import picture as pic

    x, y = rng.uniform(100, 1500), rng.uniform(100, 1100)
    points = [(x + rng.uniform(-80, 80) * k / 30, y + rng.uniform(-80, 80) * k / 30) for k in range(40)]
    return pic.stroke("brush", rng.choice(["#e63946", "#1d4ed8", "#2a9d4f"]), 18, points)


def measure() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from nook.core import picture as pic
    from nook.core.library import LIBRARY_FILE, Library
    from nook.ui.editor.piece import PieceModel

    app = QApplication([sys.argv[0]])  # the editor's page style reads fonts
    rng = random.Random(1)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder))
        writer = library.add_writer("Maya", "fox")
        empty = library.new_piece(writer.id, "book")
        busy = library.new_piece(writer.id, "book")
        busy_page = library.pages(busy.id)[1]
        library.update_page(busy_page.id, picture=pic.make_picture([scribble(rng) for _ in range(BUSY)]))
        for name, piece in (("empty", empty), ("busy", busy)):
            model = PieceModel(library, piece.id, save_delay_ms=0)
            state = model.states[1]
            times = []
            for _ in range(STROKES):
                model.change_items(state, [*state.items, scribble(rng)])
                started = time.perf_counter()
                model.flush()
                times.append((time.perf_counter() - started) * 1000)
            figures[f"{name}_ms"] = statistics.median(times)
            figures[f"{name}_max_ms"] = max(times)
            # A word typed on the same page: the words stored, and how many database
            # pages that writes (frames added to the write-ahead log; the picture stays).
            times, written = [], []
            wal = Path(folder) / (LIBRARY_FILE + "-wal")
            (page_size,) = library.db.execute("PRAGMA page_size").fetchone()
            for n in range(STROKES):
                model.change_text(state, "words", state.words + ("a" if n % 5 else " "))
                library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                started = time.perf_counter()
                model.flush()
                times.append((time.perf_counter() - started) * 1000)
                written.append((wal.stat().st_size - 32) // (page_size + 24))
            figures[f"words_{name}_ms"] = statistics.median(times)
            figures[f"words_{name}_pages"] = statistics.median(written)
        library.close()
    del app
    return figures


def main() -> None:
    figures = measure()
    if "--json" in sys.argv:
        print(json.dumps(figures))
        return
    print(f"storing a stroke, median of {STROKES} (slowest):")
    print(f"  on an empty page          {figures['empty_ms']:7.2f} ms ({figures['empty_max_ms']:.2f})")
    print(f"  on a {BUSY}-stroke page   {figures['busy_ms']:7.2f} ms ({figures['busy_max_ms']:.2f})")
    print(f"  ratio busy / empty        {figures['busy_ms'] / figures['empty_ms']:7.2f}x  (budget: flat, about 1x)")
    print(f"storing a typed word, median of {STROKES} (database pages written):")
    print(f"  on an empty page          {figures['words_empty_ms']:7.2f} ms ({figures['words_empty_pages']:.0f} pages)")
    print(f"  on a {BUSY}-stroke page   {figures['words_busy_ms']:7.2f} ms ({figures['words_busy_pages']:.0f} pages)")
    print(
        f"  ratio busy / empty        {figures['words_busy_ms'] / figures['words_empty_ms']:7.2f}x  "
        "(budget: flat, about 1x)"
    )


if __name__ == "__main__":
    main()
