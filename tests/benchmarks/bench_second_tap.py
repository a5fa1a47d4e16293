"""What the double-tap filter (nook/ui/kit/second_tap.py) costs while a child draws and
while the shelf is scrolled: the events it looks at in Python, and the UI thread's CPU
a move (a wheel step) with it listening and not, in alternating blocks (medians).

Drawing is a finger on the picture of a page, delivered to the window's own QWindow as
the platform delivers it (press, a move every 8 ms, release); scrolling is wheel steps
on the shelf of the benchmark library (1,000 pieces, 40 photos). Run it under Xvfb with
QT_QPA_PLATFORM=xcb for a real screen, as well as offscreen.

    python tests/benchmarks/bench_second_tap.py [--json]
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
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.wheel import turn_wheel  # noqa: E402

BLOCKS = int(os.environ.get("NOOK_BENCH_RUNS", "7"))
MOVES = 120  # a block: about a second of a finger drawing
STEPS = 40  # a block of wheel steps
LEFT = Qt.MouseButton.LeftButton


def measure() -> dict[str, float]:
    from nook.core.library import Library
    from nook.speech import ForwardingVoice
    from nook.ui.app import create_application

    app = create_application()
    from nook.ui.editor import PieceScreen
    from nook.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="nook-bench-taps-"))
    shutil.copytree(cached_library(), folder / "library", ignore=shutil.ignore_patterns("backups"))
    library = Library.open(folder / "library")
    window = MainWindow(library, ForwardingVoice(), second_taps_now=False)
    window.resize(1280, 800)
    window.show()
    for _ in range(30):
        app.processEvents()
    taps = window.second_taps
    clock = [1000]

    def send(kind: QEvent.Type, point: QPoint, buttons: Qt.MouseButton) -> None:
        local = QPointF(point)
        event = QMouseEvent(
            kind, local, local, QPointF(window.mapToGlobal(point)), LEFT, buttons, Qt.KeyboardModifier.NoModifier
        )
        clock[0] += 8
        event.setTimestamp(clock[0])
        QApplication.sendEvent(window.windowHandle(), event)

    def settle() -> None:
        # Listening starts (and a release is followed) by a moment of looking at everything.
        clock[0] += 2000
        deadline = time.perf_counter() + 0.6
        while time.perf_counter() < deadline:
            app.processEvents()

    def scrolled(steps: int) -> tuple[float, int]:
        viewport = window.shelf_screen.view.viewport()
        centre = QPointF(viewport.width() / 2, viewport.height() / 2)
        looked, cpu = taps.looked_at, time.thread_time()
        for step in range(steps):
            turn_wheel(viewport, 1 if step < steps // 2 else -1, centre)
            app.processEvents()
        return (time.thread_time() - cpu) * 1000 / steps, taps.looked_at - looked

    def drawn(moves: int) -> tuple[float, int]:
        view = screen.current_view
        middle = view.layout_spec.picture.center()
        start = view.mapTo(window, (QPointF(view.page_rect.x(), view.page_rect.y()) + middle * view.scale).toPoint())
        send(QEvent.Type.MouseButtonPress, start, LEFT)
        app.processEvents()
        looked, cpu = taps.looked_at, time.thread_time()
        x, y = start.x(), start.y()
        for step in range(moves):
            x += 3 if step % 40 < 20 else -3
            y += 2 if step % 30 < 15 else -2
            send(QEvent.Type.MouseMove, QPoint(x, y), LEFT)
            app.processEvents()  # the move's frame painted before the next move
        result = (time.thread_time() - cpu) * 1000 / moves, taps.looked_at - looked
        send(QEvent.Type.MouseButtonRelease, QPoint(x, y), Qt.MouseButton.NoButton)
        app.processEvents()
        return result

    def alternate(block, size: int) -> dict[str, float]:
        on, off, looked = [], [], []
        for _ in range(BLOCKS):
            for listening in (True, False):
                if listening:
                    taps.listen()
                else:
                    taps.uninstall()
                settle()
                cpu, seen = block(size)
                (on if listening else off).append(cpu)
                if listening:
                    looked.append(seen / size)
        return {"on_ms": statistics.median(on), "off_ms": statistics.median(off), "looked": statistics.median(looked)}

    scroll = alternate(scrolled, STEPS)
    row = window.shelf_screen.model.shelf_row(0)
    assert row is not None
    window.open_piece(row.id)
    for _ in range(30):
        app.processEvents()
    screen = window.findChild(PieceScreen)
    draw = alternate(drawn, MOVES)
    figures = {
        "platform": os.environ["QT_QPA_PLATFORM"],
        "blocks": BLOCKS,
        "draw_on_ms": draw["on_ms"],
        "draw_off_ms": draw["off_ms"],
        "draw_looked": draw["looked"],
        "scroll_on_ms": scroll["on_ms"],
        "scroll_off_ms": scroll["off_ms"],
        "scroll_looked": scroll["looked"],
        "load": os.getloadavg()[0],
    }
    window.close()
    library.close()
    shutil.rmtree(folder, ignore_errors=True)
    return figures


def main() -> None:
    figures = measure()
    if "--json" in sys.argv:
        print(json.dumps(figures))
        return
    print(f"platform {figures['platform']}, medians of {BLOCKS} alternating blocks, cores: {os.cpu_count()}")
    for what, key in (("drawing, a move", "draw"), ("scrolling the shelf, a wheel step", "scroll")):
        on, off = figures[f"{key}_on_ms"], figures[f"{key}_off_ms"]
        print(
            f"{what:<36} UI thread CPU {on:6.3f} ms listening, {off:6.3f} ms not"
            f" ({on - off:+.3f} ms); events looked at in Python: {figures[f'{key}_looked']:.1f}"
        )
    print(f"load average (1 min) at the end: {figures['load']:.2f}")


if __name__ == "__main__":
    main()
