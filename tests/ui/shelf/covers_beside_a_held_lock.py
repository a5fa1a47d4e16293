"""Run by test_cover_worker in a process of its own (a freeze must not hang the suite):
the shelf's cover thread draws covers while the UI thread holds one of Qt's signal-slot
locks and waits, as Qt's own disconnect does while it asks Python whether
`disconnectNotify` is overridden.

Qt shares 131 such locks among all objects by address. A thread that takes one while
it holds Python's lock (PySide keeps it through most calls) freezes the app when the
UI thread holds that one and wants Python's: the hang seen in a test run, a QTextDocument
connecting its layout in the cover thread. Prints "drawn N" when every cover was drawn
while the lock was held; exits 3 if the thread took no cover meanwhile."""

from __future__ import annotations

import faulthandler
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QMetaMethod, QObject, QSize, Signal
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "render")]

from render_samples import sample_pages  # noqa: E402

from nook.core import picture as pic  # noqa: E402
from nook.core.library import Library  # noqa: E402
from nook.core.shelf import shelf_rows  # noqa: E402
from nook.render.pictures import load_image_plugins  # noqa: E402
from nook.ui.shelf.cover_worker import CoverJob, CoverWorker  # noqa: E402
from nook.ui.shelf.thumbnails import ThumbnailCache  # noqa: E402

SIZES = (QSize(160, 200), QSize(120, 150), QSize(200, 250), QSize(96, 120))  # each size: words fitted anew
WAIT_S = 45.0


def main(folder: str) -> int:
    app = QApplication(sys.argv[:1])
    Path(folder).mkdir(parents=True, exist_ok=True)
    library = Library.open(Path(folder))
    samples = sample_pages(library)
    rows = [
        row for writer_id in {piece.writer_id for _n, _p, piece in samples} for row in shelf_rows(library, writer_id)
    ]
    jobs: list[CoverJob] = []
    for size in SIZES:
        covers = ThumbnailCache(library, size)
        for row in rows:
            source = covers._source(row)
            if source is None:
                continue
            page, piece, things = source
            used = set().union(*(pic.media_hashes(p.picture) for p in (page, *things)))
            media = {d: data for d in used if (data := library.media(d)) is not None}
            jobs.append(
                CoverJob(
                    (row.id, row.updated, size.width(), size.height()),
                    row,
                    page,
                    piece,
                    covers._style(row.writer_id, piece),
                    QSize(size),
                    media,
                    rows=things,
                )
            )
    all_drawn = threading.Event()
    drawn = 0

    def woken() -> None:  # (from the thread; no Qt signal, which takes a lock of its own)
        nonlocal drawn
        drawn += 1
        if drawn == len(jobs):
            all_drawn.set()

    worker = CoverWorker(woken, 1 << 24)
    # The app's first cover loads the image plugins on the UI thread (CoverWorker.draw), as
    # a shelf is shown, never while Qt holds a lock. Here the first draw is inside the held
    # lock: loading them there connects objects whose lock may be the one held (by its
    # address: once in a while), and the UI thread waited for itself (seen once, load 10).
    load_image_plugins()

    class Held(QObject):
        poked = Signal()

        def disconnectNotify(self, signal: QMetaMethod) -> None:  # noqa: N802 (Qt holds this object's lock here)
            for job in jobs:
                worker.draw(job)
            all_drawn.wait(WAIT_S)

    faulthandler.dump_traceback_later(60, exit=True)  # (a freeze shows where, and ends)
    held = Held()
    QObject.disconnect(held.poked.connect(app.quit))
    print("drawn", drawn, "of", len(jobs), flush=True)
    worker.stop()
    worker.join(10)
    return 0 if drawn == len(jobs) else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
