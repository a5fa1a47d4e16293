"""A stroke is stored on its own, appended, whatever is on the page already: a busy
page's picture is not rewritten for each stroke; reopening shows it to the pixel."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

from PySide6.QtCore import QSize

from nook.core import picture as pic
from nook.core.library import LIBRARY_FILE, Library
from nook.core.recovery import salvage
from nook.render import draw_page
from nook.ui.editor.piece import PieceModel

BUSY = 2000


def scribble(rng: random.Random) -> dict:
    x, y = rng.uniform(100, 1500), rng.uniform(100, 1100)
    points = [(x + rng.uniform(-60, 60) * k / 8, y + rng.uniform(-60, 60) * k / 8) for k in range(8)]
    return pic.stroke("brush", rng.choice(["#e63946", "#1d4ed8", "#2a9d4f"]), rng.choice([6, 18, 36]), points)


def busy_page(library: Library, writer_id: str, strokes: int = BUSY) -> tuple[str, str]:
    rng = random.Random(3)
    piece = library.new_piece(writer_id, "book")
    page = library.pages(piece.id)[1]
    library.update_page(page.id, picture=pic.make_picture([scribble(rng) for _ in range(strokes)]))
    return piece.id, page.id


def stored_picture(data_dir: Path, page_id: str) -> tuple[str, int]:
    """The page's picture as stored whole, and how many items are appended after it."""
    with sqlite3.connect(data_dir / LIBRARY_FILE) as conn:
        (column,) = conn.execute("SELECT picture FROM page_pictures WHERE page_id = ?", [page_id]).fetchone()
        (added,) = conn.execute("SELECT count(*) FROM page_strokes WHERE page_id = ?", [page_id]).fetchone()
    return column, added


def draw(model: PieceModel, page_id: str, rng: random.Random, strokes: int = 1) -> None:
    index = model.index_of(page_id)
    assert index is not None
    state = model.states[index]
    for _ in range(strokes):
        model.change_items(state, [*state.items, scribble(rng)])
        model.flush()


def test_a_stroke_on_a_busy_page_is_appended_and_the_picture_left_as_it_was(
    qtbot, library: Library, writer, data_dir: Path
) -> None:
    piece_id, page_id = busy_page(library, writer.id)
    before, _ = stored_picture(data_dir, page_id)
    model = PieceModel(library, piece_id, save_delay_ms=0)
    draw(model, page_id, random.Random(5), strokes=3)
    column, added = stored_picture(data_dir, page_id)
    assert column == before  # the megabyte of the 2,000 strokes was not written again
    assert added == 3
    state = model.states[model.index_of(page_id)]
    assert pic.items_of(library.page(page_id).picture) == state.items
    assert len(state.items) == BUSY + 3


def test_a_busy_page_reopens_to_the_pixel_after_strokes_were_appended(
    qtbot, library: Library, writer, data_dir: Path
) -> None:
    piece_id, page_id = busy_page(library, writer.id, strokes=300)
    model = PieceModel(library, piece_id, save_delay_ms=0)
    draw(model, page_id, random.Random(6), strokes=12)
    index = model.index_of(page_id)
    assert index is not None
    size = QSize(800, 600)
    seen = draw_page(library, model.states[index].as_page(index), size)
    library.close()
    again = Library.open(data_dir)
    try:
        page = again.page(page_id)
        assert page is not None
        assert draw_page(again, page, size) == seen
        assert stored_picture(data_dir, page_id)[1] == 12
    finally:
        again.close()


def test_an_undo_stores_the_picture_whole_and_nothing_stays_appended(
    qtbot, library: Library, writer, data_dir: Path
) -> None:
    piece_id, page_id = busy_page(library, writer.id, strokes=50)
    model = PieceModel(library, piece_id, save_delay_ms=0)
    draw(model, page_id, random.Random(7), strokes=2)
    assert stored_picture(data_dir, page_id)[1] == 2
    model.undo_stack.undo()
    model.flush()
    column, added = stored_picture(data_dir, page_id)
    assert added == 0
    assert len(pic.items_of(json.loads(column))) == 51
    assert len(pic.items_of(library.page(page_id).picture)) == 51
    draw(model, page_id, random.Random(8))  # and drawing again appends again
    assert stored_picture(data_dir, page_id)[1] == 1
    assert len(pic.items_of(library.page(page_id).picture)) == 52


def test_appended_strokes_go_with_their_page(qtbot, library: Library, writer, data_dir: Path) -> None:
    piece_id, page_id = busy_page(library, writer.id, strokes=5)
    model = PieceModel(library, piece_id, save_delay_ms=0)
    draw(model, page_id, random.Random(9), strokes=2)
    copy = library.duplicate_piece(piece_id)
    copied = library.pages(copy.id)[1]
    assert len(pic.items_of(copied.picture)) == 7  # the copy has every stroke
    library.delete_page(page_id)
    with sqlite3.connect(data_dir / LIBRARY_FILE) as conn:
        assert conn.execute("SELECT count(*) FROM page_strokes WHERE page_id = ?", [page_id]).fetchone() == (0,)


def test_a_library_from_before_keeps_its_pictures_and_stores_strokes_appended(
    qtbot, library: Library, writer, data_dir: Path
) -> None:
    piece_id, page_id = busy_page(library, writer.id, strokes=20)
    library.close()
    with sqlite3.connect(data_dir / LIBRARY_FILE) as conn:  # as a library made before this step
        conn.execute("DROP TABLE page_strokes")
        conn.execute("DELETE FROM _migrations WHERE name = '0005_page_strokes'")
    old = Library.open(data_dir)
    try:
        assert len(pic.items_of(old.page(page_id).picture)) == 20
        model = PieceModel(old, piece_id, save_delay_ms=0)
        draw(model, page_id, random.Random(10))
        assert stored_picture(data_dir, page_id)[1] == 1
        assert len(pic.items_of(old.page(page_id).picture)) == 21
    finally:
        old.close()


def test_a_rescued_library_keeps_the_appended_strokes(qtbot, library: Library, writer, data_dir: Path) -> None:
    piece_id, page_id = busy_page(library, writer.id, strokes=10)
    model = PieceModel(library, piece_id, save_delay_ms=0)
    draw(model, page_id, random.Random(11), strokes=3)
    expected = pic.items_of(library.page(page_id).picture)
    library.close()
    rescued, _kept, counts = salvage(data_dir)
    try:
        assert counts.get("page_strokes") == 3
        assert pic.items_of(rescued.page(page_id).picture) == expected
    finally:
        rescued.close()
