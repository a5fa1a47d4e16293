"""Run by test_pages_are_exported_while_the_ui_thread_holds_qt_locks in a process of its
own (a freeze must not hang the suite): every sample page is exported as a PDF and as
PNGs in a thread, as the export thread does, while the UI thread holds every one of Qt's
signal-slot locks and waits (see tests/held_qt_locks.py). Nothing was drawn on the UI
thread first: an export may be the first drawing of a photo in the app's life. Prints
"exported N of N"; exits 3 if the thread was not done meanwhile."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "render")]

from PySide6.QtWidgets import QApplication  # noqa: E402
from render_samples import sample_pages  # noqa: E402

from nook.core.library import Library  # noqa: E402
from nook.export.images import export_pngs  # noqa: E402
from nook.export.pdf import export_pdf  # noqa: E402
from nook.export.ui_thread import prepare_for_threads  # noqa: E402
from tests.held_qt_locks import beside_held_locks, show_a_freeze  # noqa: E402


def main(folder: str) -> int:
    QApplication(sys.argv[:1])
    show_a_freeze(40)
    place = Path(folder)
    (place / "library").mkdir(parents=True)
    library = Library.open(place / "library")
    pieces = sorted({piece.id for _name, _page, piece in sample_pages(library)})
    library.close()
    prepare_for_threads()  # (on the UI thread, as the export runner does)
    exported: list[str] = []
    finished = threading.Event()

    def export() -> None:
        own = Library.open(place / "library")  # (its own connection, as an export thread's)
        try:
            for number, piece_id in enumerate(pieces):
                export_pdf(own, piece_id, place / f"{number}.pdf")
                export_pngs(own, piece_id, place / f"{number}-pngs")
                exported.append(piece_id)
        finally:
            own.close()
            finished.set()

    beside_held_locks(threading.Thread(target=export, name="export").start, finished, 30)
    print("exported", len(exported), "of", len(pieces), flush=True)
    return 0 if len(exported) == len(pieces) else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
