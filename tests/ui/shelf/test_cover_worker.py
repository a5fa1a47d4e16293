"""Covers drawn in their own thread are the covers the UI thread would draw, pixel for
pixel: every kind of page (stickers, photos, a fill, shapes, the eraser, a second font,
capitals, signs, lists, letters), and the UI thread never draws an ordinary one."""

from __future__ import annotations

import sys
from pathlib import Path

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
    covers.draw_ahead(rows)
    qtbot.waitUntil(lambda: covers.pending() == 0, timeout=30_000)
    assert drawn_here == [] and covers.drawn == len(rows)
    for row in rows:
        cover = covers.cover(row)
        assert cover is not None and cover == expected[row.id], row.title


def test_a_cover_finished_after_the_shelf_went_away_wakes_nobody(library: Library, nook_app, monkeypatch) -> None:
    import threading

    from nook.ui.shelf import cover_worker
    from nook.ui.shelf.cover_worker import CoverJob, CoverWorker

    samples = sample_pages(library)
    rows = shelf_rows(library, samples[0][2].writer_id)
    covers = ThumbnailCache(library, QSize(160, 200))
    row = rows[0]
    page, piece = covers._source(row)  # type: ignore[misc]
    drawing, finish = threading.Event(), threading.Event()
    render = cover_worker.render_page

    def slow_render(*args, **kwargs):
        drawing.set()
        finish.wait(10)
        return render(*args, **kwargs)

    monkeypatch.setattr(cover_worker, "render_page", slow_render)
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
