"""Opening a piece from the shelf, as a child waits for it: from the tap on a cover to
the editor painted, with speech on, on the benchmark library of 1,000 pieces (40 photo
covers; bench_memory.py makes it once). Every step of it runs on the window's thread,
so the whole wait is also the longest the window does not answer: a child action,
budget 100 ms (DESIGN.md §6). The walk saw 0.7-1.3 s at load 12 and a child's second
tap landing on the editor as it appeared.

Prints, for each kind (a book, a list, a sign, a letter) and for a piece with a photo:
the first open after start (the editor's modules and pictures are made ready in idle
time once the shelf is ready, as `nook` does: nook/ui/editor/warm.py; Python's collector
paused and set aside as `nook` does: nook/first_screen.py) and the median
of later opens; then back to the shelf (tap on "back to the shelf" -> shelf painted).
A bare PySide6 window painted in the same process is printed beside them.

    python tests/benchmarks/bench_open_piece.py [--json]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_memory import cached_library  # noqa: E402  (the same library, made once)
from paint_watch import PaintWatch  # noqa: E402

ROUNDS = 7  # opens of each piece after the first
BUDGET_MS = 100


def main() -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from nook.first_screen import pause_collector, resume_collector, set_aside_warm_up
    from nook.library_start import open_library
    from nook.speech import ForwardingVoice, make_voice
    from nook.ui.app import create_application
    from nook.ui.editor.warm import warm_up_editor
    from nook.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="nook-bench-open-"))
    shutil.copytree(cached_library(), folder, dirs_exist_ok=True)
    library = open_library(folder)
    app = create_application([sys.argv[0]])

    until_painted = PaintWatch(app).until_painted

    voice = ForwardingVoice()
    pause_collector()  # as `nook` builds its window, and sets it aside once ready
    window = MainWindow(library, voice)
    window.showMaximized()
    voice.attach(make_voice("auto"))  # speech on, as `nook` starts it
    shelf = window.shelf_screen
    until_painted(shelf, time.perf_counter())
    while shelf.thumbnails.pending():
        app.processEvents()
    resume_collector()
    # As `nook` does once the shelf is ready: the editor made ready in small steps (and
    # what that made set aside).
    warm = warm_up_editor(window)
    warm.done.connect(set_aside_warm_up)
    deadline = time.perf_counter() + 1.0
    while time.perf_counter() < deadline or shelf.thumbnails.pending() or not warm.finished:
        app.processEvents()
        time.sleep(0.005)

    writer = library.writers()[0]
    pieces = library.pieces(writer.id)
    chosen: dict[str, str] = {}
    for piece in pieces:
        chosen.setdefault(piece.kind, piece.id)
    photo = next(p.id for p in pieces if '"photo"' in json.dumps(library.pages(p.id)[0].picture))
    chosen["photo"] = photo

    def open_and_back(piece_id: str) -> tuple[float, float]:
        started = time.perf_counter()
        shelf.piece_opened.emit(piece_id)  # what a tap on its cover does
        screen = window.piece_screen
        assert screen is not None
        opened = until_painted(screen, started)
        started = time.perf_counter()
        QTest.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
        back = until_painted(window.shelf_screen, started)
        return opened, back

    figures: dict[str, float] = {}
    lines = []
    backs: list[float] = []
    for kind, piece_id in chosen.items():
        first, back = open_and_back(piece_id)
        later = []
        for _ in range(ROUNDS):
            opened, back = open_and_back(piece_id)
            later.append(opened)
            backs.append(back)
        median = statistics.median(later)
        figures[f"{kind}_first_ms"] = first
        figures[f"{kind}_ms"] = median
        lines.append(f"open a {kind:<7} first {first:7.1f} ms, then median {median:6.1f} ms (budget {BUDGET_MS} ms)")
    figures["open_ms"] = statistics.median(figures[f"{kind}_ms"] for kind in chosen)
    figures["open_first_ms"] = max(figures[f"{kind}_first_ms"] for kind in chosen)
    figures["back_ms"] = statistics.median(backs)
    lines.append(f"{'back to the shelf (median)':<40} {figures['back_ms']:7.1f} ms")
    for line in lines:
        print(line, file=sys.stderr if "--json" in sys.argv else sys.stdout)
    window.flush()
    voice.shutdown()
    library.close()
    shutil.rmtree(folder, ignore_errors=True)
    return figures


if __name__ == "__main__":
    result = main()
    if "--json" in sys.argv:
        print(json.dumps(result))
