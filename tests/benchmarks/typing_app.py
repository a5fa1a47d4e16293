"""The real app (`nook.__main__.main`) with a child typing into it, for the kill -9 trials.

Run as `python tests/benchmarks/typing_app.py DATA_DIR`: it starts Writing Nook exactly
as `python -m nook --no-speech --data-dir DATA_DIR` does, and once the window is up types
the letters of TEXT, one every INTERVAL_MS, into whatever widget has the keyboard focus
(where a child's keys go). After each letter it prints `typed N T` (N letters so far, T
the wall-clock time) so the parent knows what was typed before it killed the process,
and as each statement that writes to the library begins, `store T`, so the parent can
kill it in the middle of storing (the moment a library is most at risk).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TEXT = "the fox ran up the hill and down again " * 40
INTERVAL_MS = 15


def main(data_dir: str) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTextEdit

    from nook.__main__ import main as nook_main
    from nook.ui.app import create_application

    app = create_application([sys.argv[0]])
    typed = 0
    say_stores()

    def words_box() -> QTextEdit | None:
        boxes = [w for w in QApplication.allWidgets() if isinstance(w, QTextEdit) and w.isVisible()]
        return boxes[0] if boxes else None

    def type_one() -> None:
        nonlocal typed
        target = QApplication.focusWidget()
        if not isinstance(target, QTextEdit):
            # Like a child, tap the words box first if the keyboard is somewhere else.
            box = words_box()
            if box is None:
                return
            QTest.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
            box.setFocus()
            target = box
        if typed >= len(TEXT):
            return
        letter = TEXT[typed]
        if letter == " ":
            QTest.keyClick(target, Qt.Key.Key_Space)
        else:
            QTest.keyClick(target, letter)
        typed += 1
        print(f"typed {typed} {time.time():.4f}", flush=True)

    timer = QTimer(app)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(type_one)
    QTimer.singleShot(0, timer.start)
    return nook_main(["--no-speech", "--data-dir", data_dir])


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT", "PRAGMA WAL_CHECKPOINT")


def say_stores() -> None:
    """Every connection the app opens to its library says `store T` as a write begins."""
    from nook.core import opening

    connect = opening.connect

    def connect_and_say(*args, **kwargs):
        opened = connect(*args, **kwargs)

        def said(statement: str) -> None:
            if statement.lstrip().upper().startswith(WRITES):
                print(f"store {time.time():.4f}", flush=True)

        opened.conn.set_trace_callback(said)
        return opened

    opening.connect = connect_and_say


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
