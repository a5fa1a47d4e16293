"""Covers drawn in their own thread are the covers the UI thread would draw, pixel for
pixel: every kind of page (stickers, photos, a fill, shapes, the eraser, a second font,
capitals, signs, lists, letters), and the UI thread never draws an ordinary one asked
for while painting. The first screen's covers are drawn before its first paint, on the
UI thread, the same pixels again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from nook.core.library import Library
from nook.core.shelf import shelf_rows
from nook.ui.shelf.thumbnails import ThumbnailCache

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "render"))
from render_samples import sample_pages  # the renderer's fixed library of every page


def test_covers_drawn_in_their_thread_match_covers_drawn_here(library: Library, nook_app, qtbot, monkeypatch) -> None:
    samples = sample_pages(library)
    writers = {piece.writer_id for _name, _page, piece in samples}
    rows = [row for writer_id in writers for row in shelf_rows(library, writer_id)]
    assert len(rows) >= 8
    covers = ThumbnailCache(library, QSize(160, 200))
    expected = {row.id: covers.draw(row) for row in rows}  # drawn whole, here
    drawn_here: list[str] = []
    draw = ThumbnailCache._draw
    monkeypatch.setattr(
        ThumbnailCache, "_draw", lambda self, row, source: drawn_here.append(row.id) or draw(self, row, source)
    )
    for row in reversed(rows):  # asked for as a paint asks
        assert covers.cover(row) is None
    qtbot.waitUntil(lambda: covers.pending() == 0, timeout=30_000)
    assert drawn_here == [] and covers.drawn == len(rows)
    for row in rows:
        cover = covers.cover(row)
        assert cover is not None and cover == expected[row.id], row.title


def test_the_first_screens_covers_are_drawn_before_its_first_paint(library: Library, nook_app, qtbot) -> None:
    samples = sample_pages(library)
    writers = {piece.writer_id for _name, _page, piece in samples}
    rows = [row for writer_id in writers for row in shelf_rows(library, writer_id)]
    expected = {row.id: ThumbnailCache(library, QSize(160, 200)).draw(row) for row in rows}
    covers = ThumbnailCache(library, QSize(160, 200))
    covers.draw_ahead(rows, budget_ms=60_000)  # (time enough on any machine)
    # Every one there when draw_ahead returns (no turn of the event loop between), drawn
    # here: no thread was started, so none draws beside the window being built.
    assert covers.pending() == 0 and covers.drawn == len(rows)
    assert covers._worker is None  # (made with its thread for the first cover handed to it)
    for row in rows:
        cover = covers.cover(row)
        assert cover is not None and cover == expected[row.id], row.title


def test_the_first_screens_time_is_its_own_not_the_clocks(library: Library, nook_app, monkeypatch) -> None:
    """On a busy computer the clock runs on while the start waits for a core: the time
    for the first screen's covers is the drawing's own, so a start kept waiting still
    draws them before its first paint (covers left to the thread made the shelf ready
    only after a second paint, in a third of the first starts at load ~10)."""
    import time

    samples = sample_pages(library)
    writers = {piece.writer_id for _name, _page, piece in samples}
    rows = [row for writer_id in writers for row in shelf_rows(library, writer_id)]
    clock = time.perf_counter
    waited = 0.0

    def kept_waiting() -> float:  # each look at the clock: a second spent waiting for a core
        nonlocal waited
        waited += 1.0
        return clock() + waited

    monkeypatch.setattr(time, "perf_counter", kept_waiting)
    monkeypatch.setattr(time, "monotonic", kept_waiting)
    covers = ThumbnailCache(library, QSize(160, 200))
    covers.draw_ahead(rows, budget_ms=2_000)
    assert covers.pending() == 0 and covers.drawn == len(rows)


def test_covers_past_the_first_screens_time_and_busy_pages_wait_their_turn(library: Library, nook_app, qtbot) -> None:
    from nook.core import picture as pic

    samples = sample_pages(library)
    writers = {piece.writer_id for _name, _page, piece in samples}
    rows = [row for writer_id in writers for row in shelf_rows(library, writer_id)]
    covers = ThumbnailCache(library, QSize(160, 200))
    covers.draw_ahead(rows, budget_ms=0)  # no time for any: all drawn in the thread
    assert covers.drawn == 0 and covers.pending() == len(rows)
    qtbot.waitUntil(lambda: covers.pending() == 0, timeout=30_000)
    assert covers.drawn == len(rows)
    busy_row = rows[0]
    page = library.pages(busy_row.id)[0]
    strokes = [pic.stroke("brush", "#1d4ed8", 8, [(10 + n, 10), (10 + n, 40)]) for n in range(250)]
    library.update_page(page.id, picture=pic.make_picture(strokes))
    (busy_row,) = [row for row in shelf_rows(library, busy_row.writer_id) if row.id == busy_row.id]
    covers.draw_ahead([busy_row])  # a busy page is drawn a slice per turn, not at once
    assert covers.pending() == 1 and covers.cover(busy_row) is None
    while covers.pending():
        covers._work()
    assert covers.cover(busy_row) is not None


def test_a_cover_finished_after_the_shelf_went_away_wakes_nobody(library: Library, nook_app, monkeypatch) -> None:
    import threading

    from nook.ui.shelf import cover_worker
    from nook.ui.shelf.cover_worker import CoverJob, CoverWorker

    samples = sample_pages(library)
    rows = shelf_rows(library, samples[0][2].writer_id)
    covers = ThumbnailCache(library, QSize(160, 200))
    row = rows[0]
    page, piece, _rows = covers._source(row)  # type: ignore[misc]
    drawing, finish = threading.Event(), threading.Event()
    render = cover_worker.render_cover

    def slow_render(*args, **kwargs):
        drawing.set()
        finish.wait(10)
        return render(*args, **kwargs)

    monkeypatch.setattr(cover_worker, "render_cover", slow_render)
    woken: list[bool] = []
    worker = CoverWorker(lambda: woken.append(True), 1 << 20)
    key = (row.id, row.updated, 160, 200)
    worker.draw(CoverJob(key, row, page, piece, covers._style(row.writer_id, piece), QSize(160, 200), {}))
    assert drawing.wait(10)
    worker.stop()  # the shelf goes away (its cache's `destroyed`) while a cover is drawn
    finish.set()
    assert worker._thread is not None
    worker._thread.join(10)
    assert not worker._thread.is_alive()
    assert woken == []  # the cover drawn is not announced to a shelf that is gone


@pytest.mark.slow  # a fault trial in a process of its own
def test_covers_are_drawn_while_the_ui_thread_holds_a_qt_lock(tmp_path) -> None:
    """The cover thread takes none of Qt's signal-slot locks: it drew the covers of every
    kind of page, at four sizes, while the UI thread held one and waited for them (in a
    process of its own: see covers_beside_a_held_lock.py). Laid out with QTextDocument,
    the thread froze on the lock holding Python's, and the UI thread waited for Python's:
    a frozen app, found as a hung test run."""
    import subprocess

    script = Path(__file__).with_name("covers_beside_a_held_lock.py")
    root = Path(__file__).resolve().parents[3]
    try:
        done = subprocess.run(
            [sys.executable, str(script), str(tmp_path / "library")],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=90,
        )
    except subprocess.TimeoutExpired as frozen:
        raise AssertionError(
            f"the cover thread froze beside a held Qt lock: {frozen.stdout!r} {frozen.stderr!r}"
        ) from frozen
    assert done.returncode == 0, done.stdout + done.stderr
    assert "drawn 36 of 36" in done.stdout
