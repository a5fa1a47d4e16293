"""The real app on a disk that fills while a child types, for tests/test_disk_full_app.py.

Run as `python tests/full_disk_app.py DATA_DIR TEXT`: it starts Writing Nook exactly as
`python -m nook --no-speech --data-dir DATA_DIR` does; once the piece is open it fills the
disk (writing DATA_DIR/filler until the filesystem says it is full), types TEXT into
whatever has the keyboard focus, and quits as soon as the app has tried to store it and
failed (a grown-up closing the window).

`python tests/full_disk_app.py DATA_DIR --look` starts it on a disk that is still full:
once the piece is open it prints the words shown and, once the grown-up's strip is up,
"told"; then it makes room (removes the filler) and quits once the app has stored again.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LOOK_LIMIT_MS = 60_000


def main(data_dir: str, text: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTextEdit

    from nook.__main__ import main as nook_main
    from nook.ui.app import create_application
    from nook.ui.main_window import MainWindow
    from tests.small_disk import fill, free

    app = create_application([sys.argv[0]])
    typed = False
    looking = text == "--look"

    def window() -> MainWindow | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)

    def step() -> None:
        nonlocal typed
        shown = window()
        if shown is None or shown.piece_screen is None:
            return
        if looking:
            look(shown)
        elif not typed:
            target = QApplication.focusWidget()
            if not isinstance(target, QTextEdit):
                return
            fill(Path(data_dir))
            QTest.keyClicks(target, text)
            typed = True
            print("typed", flush=True)
        elif shown.ops.spell is not None:
            print("not stored", flush=True)
            app.quit()

    told = False

    def look(shown: MainWindow) -> None:
        nonlocal told, typed
        if not typed:
            print("shown:", shown.piece_screen.current_view.edits["words"].toPlainText(), flush=True)
            typed = True
        elif not told and shown.storage_strip.isVisible():
            print("told", flush=True)
            told = True
            free(Path(data_dir))
        elif told and shown.ops.spell is None and not shown.ops.held and not shown.piece_screen.piece.store_pending():
            app.quit()

    if looking:  # a start that never tells the grown-up fails here, not at the test's timeout
        QTimer.singleShot(LOOK_LIMIT_MS, lambda: app.exit(1))
    timer = QTimer(app)
    timer.setInterval(50)
    timer.timeout.connect(step)
    QTimer.singleShot(0, timer.start)
    return nook_main(["--no-speech", "--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
