"""A list of 1,000 things (the most a piece may have) opened in the editor (issue 9, item 9).

Builds a real library with such a list, opens it in the real window (1024x600, the
netbook the app is made for) and prints, from a 5 ms heartbeat timed with QElapsedTimer:

- the longest block of the window's thread while the list opens (the gap between two
  heartbeats), and the time from the tap to the first row painted;
- how many rows (page views) were built by then;
- the longest block while the list is scrolled to its end and back a row at a time
  (a wheel notch each), and while it is dragged to the end at once;
- with --read: the longest block while "Read to me" reads the whole list (a silent voice),
  and the memory the app holds after it (and after opening).

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_long_list.py [--read] [--pages N] [--json]

Figures, not asserts (tests/ui/editor/test_long_list.py holds the structure).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QRect, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from tests.wheel import turn_wheel  # noqa: E402

# --pages N: another length (2: what opening any list costs, the floor)
PAGES = int(sys.argv[sys.argv.index("--pages") + 1]) if "--pages" in sys.argv else 1000


class Heartbeat(QObject):
    """The longest gap between turns of the event loop since `start()`, and the first paint of a row."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.clock.start()
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.last = 0
        self.longest = 0
        self.first_paint: int | None = None
        self.started = 0

    def start(self) -> None:
        self.last = self.started = self.clock.elapsed()
        self.longest = 0
        self.first_paint = None
        self.timer.start()

    def beat(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        from nook.ui.editor.page_view import PageView

        if self.first_paint is None and event.type() == QEvent.Type.Paint and isinstance(watched, PageView):
            self.first_paint = self.clock.elapsed() - self.started
        return False


def resident_mb() -> float:
    """The process's resident memory now, in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return -1.0


def spin(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def make_library(folder: Path):
    from nook.core.library import Library

    library = Library.open(folder)
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "list")
    have = library.pages(piece.id)
    library.update_page(have[1].id, words="thing 1")
    with library.transaction():
        library.db.conn.executemany(
            "INSERT INTO pages (id, piece_id, position, role, words, picture, extras, updated) "
            "VALUES (?, ?, ?, 'item', ?, '{}', '{}', 'x')",
            [(f"{piece.id}-{n}", piece.id, n, f"thing {n}") for n in range(2, PAGES)],
        )
    return library, writer, piece


def main() -> None:
    from nook.speech.silent import SilentVoice
    from nook.ui.app import create_application
    from nook.ui.editor.page_view import PageView
    from nook.ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="nook-long-list-"))
    library, writer, piece = make_library(folder)
    voice = SilentVoice(word_ms=1)
    window = MainWindow(library, voice, screen_area=QRect(0, 0, 1024, 600))
    window.show()
    window.show_shelf(writer.id)
    spin(app, 1.0)
    beat = Heartbeat()
    app.installEventFilter(beat)
    figures: dict[str, float] = {}

    beat.start()
    opened: list[int] = []
    QTimer.singleShot(20, lambda: (window.open_piece(piece.id), opened.append(beat.clock.elapsed())))
    end = time.perf_counter() + 120
    while (not opened or beat.first_paint is None) and time.perf_counter() < end:
        app.processEvents()
    figures["open_longest_block_ms"] = beat.longest
    figures["first_rows_painted_ms"] = float(beat.first_paint or -1) - 20
    screen = window.piece_screen
    assert screen is not None
    figures["rows_built_at_open"] = len(screen.findChildren(PageView))
    spin(app, 1.0)
    figures["open_longest_block_settled_ms"] = beat.longest
    figures["memory_after_open_mb"] = resident_mb()

    rows = screen.findChild(QScrollArea, "listRows")
    bar = rows.verticalScrollBar()
    beat.start()
    for _ in range(40):  # forty notches down: forty rows
        turn_wheel(rows.viewport(), 1)
        spin(app, 0.02)
    figures["wheel_40_rows_longest_block_ms"] = beat.longest
    beat.start()
    bar.setValue(bar.maximum())
    spin(app, 0.5)
    figures["drag_to_end_longest_block_ms"] = beat.longest
    figures["rows_built_after_scrolling"] = len(screen.findChildren(PageView))

    if "--read" in sys.argv:
        beat.start()
        started = time.perf_counter()
        screen.reading.read_to_me()
        last = f"thing {PAGES - 1}"
        while not (voice.spoken[-1:] == [last] and not screen.reading.busy) and time.perf_counter() < started + 600:
            app.processEvents()
        figures["read_all_seconds"] = time.perf_counter() - started
        figures["read_all_longest_block_ms"] = beat.longest
        figures["read_all_said"] = len(voice.spoken)
        figures["rows_built_after_reading"] = len(screen.findChildren(PageView))
        figures["memory_after_reading_mb"] = resident_mb()

    for name, value in figures.items():
        print(f"{name}: {value:.0f}")
    window.close()
    library.close()
    if "--json" in sys.argv:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
