"""Run by test_audio_is_encoded_while_the_ui_thread_holds_qt_locks in a process of its own
(a freeze must not hang the suite): a talking book's speech is encoded in a thread, as the
export thread does, while the UI thread holds every one of Qt's signal-slot locks and
waits (see tests/held_qt_locks.py). Prints "encoded N bytes"; exits 3 if nothing was
encoded."""

from __future__ import annotations

import math
import struct
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nook.export import audio  # noqa: E402
from nook.export.ui_thread import prepare_for_threads  # noqa: E402
from tests.held_qt_locks import beside_held_locks, show_a_freeze  # noqa: E402

RATE = 22050
HELD_S = 1.5


def main() -> int:
    app = QApplication(sys.argv[:1])
    show_a_freeze(30)
    prepare_for_threads()  # (on the UI thread, as the export runner does)
    tone = struct.pack(f"<{RATE}h", *(int(8000 * math.sin(n * 440 * 2 * math.pi / RATE)) for n in range(RATE)))
    encoded: list[bytes] = []
    finished = threading.Event()

    def encode() -> None:
        try:
            encoded.append(audio.encode_m4a(tone, RATE))
        finally:
            finished.set()

    worker = threading.Thread(target=encode, name="export")
    # The thread starts encoding while the UI thread holds Qt's locks (for a while: the
    # encoder then needs the UI thread's event loop), then the loop turns until it is done.
    beside_held_locks(worker.start, finished, HELD_S)
    poll = QTimer()
    poll.timeout.connect(lambda: app.quit() if finished.is_set() else None)
    poll.start(20)
    app.exec()
    worker.join(60)
    print("encoded", len(encoded[0]) if encoded else 0, "bytes", flush=True)
    return 0 if encoded and encoded[0] else 3


if __name__ == "__main__":
    sys.exit(main())
