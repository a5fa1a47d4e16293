"""A page's picture is kept out of its row (migration 0006): words typed on a page of
2,000 strokes write the words, not a megabyte of picture, and cost what they cost on an
empty page; pictures stored before the step are moved, and read back the same."""

from __future__ import annotations

import json
import random
from pathlib import Path

from sqlite_utils import Database

from nook.core import migrations
from nook.core import picture as pic
from nook.core.library import LIBRARY_FILE, Library

BUSY = 2000


def busy_picture(strokes: int = BUSY) -> dict:
    rng = random.Random(4)
    items = []
    for _ in range(strokes):
        x, y = rng.uniform(100, 1500), rng.uniform(100, 1100)
        points = [(x + rng.uniform(-60, 60), y + rng.uniform(-60, 60)) for _ in range(30)]
        items.append(pic.stroke("brush", "#e63946", 18, points))
    return pic.make_picture(items)


def pages_written(library: Library, data_dir: Path, store) -> int:
    """How many database pages one store writes: the frames it adds to the write-ahead log."""
    library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = data_dir / (LIBRARY_FILE + "-wal")
    assert wal.stat().st_size == 0
    store()
    (page_size,) = library.db.execute("PRAGMA page_size").fetchone()
    return (wal.stat().st_size - 32) // (page_size + 24)


def test_words_typed_on_a_busy_page_do_not_rewrite_its_picture(library: Library, writer, data_dir: Path) -> None:
    piece = library.new_piece(writer.id, "book")
    cover, busy = library.pages(piece.id)
    picture = busy_picture()
    library.update_page(busy.id, picture=picture)
    assert len(json.dumps(picture)) > 400_000  # a picture of a hundred database pages and more
    on_empty = pages_written(library, data_dir, lambda: library.update_page(cover.id, words="My cat"))
    on_busy = pages_written(library, data_dir, lambda: library.update_page(busy.id, words="So many lines"))
    assert on_busy <= on_empty + 1  # the same few pages: the words, the piece, search
    page = library.page(busy.id)
    assert page.words == "So many lines" and page.picture == picture
    # Extras, page moves and new pages write small rows too.
    extras = pages_written(library, data_dir, lambda: library.update_page(busy.id, extras={"greeting": "Hi"}))
    assert extras <= on_empty + 1
    library.add_page(piece.id, words="And one more")
    assert library.page(busy.id).picture == picture


def test_a_picture_stored_before_the_step_is_moved_and_read_back_the_same(data_dir: Path) -> None:
    db = Database(data_dir / LIBRARY_FILE)
    migrations.migrate(db, upto="0005_page_strokes")
    db.execute("INSERT INTO writers (id, name, avatar, created) VALUES ('w1', 'Old', 'fox', '2020')")
    db.execute(
        "INSERT INTO pieces (id, writer_id, kind, title, created, updated)"
        " VALUES ('b1', 'w1', 'book', 'x', '2020', '2020')"
    )
    picture = busy_picture(20)
    for position, (page_id, stored) in enumerate((("p0", "{}"), ("p1", json.dumps(picture)))):
        db.execute(
            "INSERT INTO pages (id, piece_id, position, role, words, picture, extras, updated)"
            " VALUES (?, 'b1', ?, 'page', 'w', ?, '{}', '2020')",
            [page_id, position, stored],
        )
    item = pic.sticker("cat", 10, 10, 50)
    db.execute("INSERT INTO page_strokes (page_id, item) VALUES ('p1', ?)", [json.dumps(item)])
    db.conn.commit()
    db.close()
    library = Library.open(data_dir)
    try:
        assert "0006_page_pictures" in migrations.applied(library.db)
        pages = library.pages("b1")
        assert pages[0].picture == {}
        assert pic.items_of(pages[1].picture) == [*pic.items_of(picture), item]
        (column,) = library.db.execute("SELECT picture FROM pages WHERE id = 'p1'").fetchone()
        assert column == "{}"  # moved out of the row
        library.delete_page("p1")
        assert library.db.execute("SELECT count(*) FROM page_pictures").fetchone() == (0,)
    finally:
        library.close()
