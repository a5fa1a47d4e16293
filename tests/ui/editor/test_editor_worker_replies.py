"""The editor's workers never reach for an object the UI thread has freed meanwhile: the
fill bucket's (drawing its layer, finding a waited pour's region) and the photo step's.
Each is held at its last step while the editor is closed and freed, then let go (see
tests/ui/test_worker_replies.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPointF, QRectF

from nook.core import picture as pic
from nook.render import Pictures
from nook.speech import Voice
from nook.ui.editor import PieceScreen, fill
from nook.ui.editor.fill import FillBucket
from nook.ui.editor.model import PageState
from tests.freed_in_threads import Pause, used_freed

AREA = QRectF(0, 0, 200, 150)


@pytest.fixture
def pause() -> Iterator[Pause]:
    paused = Pause()
    yield paused
    paused.go.set()


def strokes() -> list[dict]:
    return [pic.stroke("pen", "#1b1b1b", 6, [(10 + 30 * n, 10), (10 + 30 * n, 140)]) for n in range(5)]


def test_a_fill_layer_drawn_for_a_bucket_freed_meanwhile(qtbot, monkeypatch, pause: Pause) -> None:
    """The editor (and its bucket with it) is deleted while the worker draws a busy layer."""
    paint = fill.paint_item

    def held(painter, item, pictures) -> None:
        pause()
        paint(painter, item, pictures)

    monkeypatch.setattr(fill, "paint_item", held)
    editor = QObject()
    bucket = FillBucket(Pictures(lambda _digest: None), lambda _digest: None, editor)
    with used_freed() as used:
        bucket.warm(strokes(), AREA, quick=False)
        pause.free_then_go(qtbot, bucket, editor.deleteLater)
    assert used == []


def test_a_fill_found_for_a_bucket_freed_meanwhile(qtbot, monkeypatch, pause: Pause) -> None:
    """A pour waited for the layer; its region is found in a thread; the editor goes."""
    find = fill.find_region

    def held(rgba, area, point):
        pause()
        return find(rgba, area, point)

    monkeypatch.setattr(fill, "find_region", held)
    monkeypatch.setattr(fill, "QUICK_DRAW_S", 0.0)  # (the layer is drawn in the worker: the pour waits)
    editor = QObject()
    bucket = FillBucket(Pictures(lambda _digest: None), lambda _digest: None, editor)
    items = strokes()
    state = PageState("page", "piece", "page", "", {}, items)
    landed: list[tuple[int, int, int, int]] = []
    with used_freed() as used:
        bucket.pour(state, AREA, QPointF(25, 75), "#ffd60a", lambda _png, box: landed.append(box))
        pause.free_then_go(qtbot, bucket, editor.deleteLater)
    assert used == [] and landed == []


def test_a_photo_made_ready_for_an_editor_closed_meanwhile(
    qtbot, library, writer, ops, monkeypatch, pause: Pause, tmp_path: Path
) -> None:
    from nook.ui.editor import picture_actions

    prepare = picture_actions._prepare

    def held(path, data):
        pause()
        return prepare(path, data)

    monkeypatch.setattr(picture_actions, "_prepare", held)
    library.set_setting("child_may_import_photos", True)
    big = tmp_path / "big.png"
    with big.open("wb") as file:
        file.truncate(picture_actions.QUICK_PHOTO_BYTES + 1)  # (big: made ready in a worker)
    # (not the test's to close at its end: it is closed and freed here)
    screen = PieceScreen(library, ops, library.new_piece(writer.id, "book").id, Voice(), 64)
    screen.resize(1100, 780)
    screen.show()
    qtbot.waitExposed(screen)
    actions = screen.picture_actions

    def close() -> None:
        screen.close()
        screen.deleteLater()

    with used_freed() as used:
        assert screen.import_photo(big)
        pause.free_then_go(qtbot, actions, close)
    assert used == []
