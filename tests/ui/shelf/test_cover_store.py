"""Covers kept between starts: the next start shows a cover drawn before at once, the
same pixels, and never one drawn from an older page, look, name or language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QImage

from nook.core import picture as pic
from nook.core.library import Library
from nook.core.shelf import ShelfRow, shelf_rows
from nook.ui.shelf import thumbnails
from nook.ui.shelf.cover_store import FOLDER
from nook.ui.shelf.thumbnails import ThumbnailCache

SIZE = QSize(160, 200)


def a_shelf(library: Library, writer_id: str, pieces: int = 3) -> None:
    for n in range(pieces):
        piece = library.new_piece(writer_id, "book")
        stroke = pic.stroke("brush", "#e03131", 18, [(100 + n * 40, 200), (400, 300 + n * 20)])
        library.update_page(library.pages(piece.id)[0].id, words=f"piece {n}", picture=pic.make_picture([stroke]))


def drawn_at_a_start(library: Library, writer_id: str) -> tuple[ThumbnailCache, dict[str, QImage]]:
    """A fresh cache (a new start) asks for every cover and draws what it must (and keeps
    them at once: no paint here to come first)."""
    covers = ThumbnailCache(library, SIZE, keep_after_ms=0)
    rows = shelf_rows(library, writer_id)
    for row in rows:
        covers.cover(row)
    while covers.pending() or covers.unkept():  # drawn, then kept on disk
        covers._work()
    images = {}
    for row in rows:
        image = covers.cover(row)
        assert image is not None
        images[row.id] = image
    return covers, images


def row_of(library: Library, writer_id: str, piece_id: str) -> ShelfRow:
    return next(row for row in shelf_rows(library, writer_id) if row.id == piece_id)


def test_the_next_start_shows_the_covers_at_once_with_the_same_pixels(library: Library, writer, nook_app) -> None:
    a_shelf(library, writer.id)
    first, drawn = drawn_at_a_start(library, writer.id)
    assert first.drawn == 3 and first.store.read == 0
    assert len(list((library.path.parent / FOLDER).glob("*.png"))) == 3
    again = ThumbnailCache(library, SIZE)
    for row in shelf_rows(library, writer.id):
        shown = again.cover(row)  # at the first paint: no turn of the event loop in between
        assert shown is not None
        assert shown.format() == drawn[row.id].format() and shown == drawn[row.id]
    assert again.drawn == 0 and again.store.read == 3 and again.pending() == 0


def test_a_changed_page_a_renamed_writer_a_setting_or_another_language_draws_it_again(
    library: Library, writer, nook_app
) -> None:
    a_shelf(library, writer.id, 2)
    drawn_at_a_start(library, writer.id)
    changed, same = shelf_rows(library, writer.id)
    library.update_page(library.pages(changed.id)[0].id, words="new words")
    covers, _ = drawn_at_a_start(library, writer.id)
    assert covers.drawn == 1 and covers.store.read == 1  # only the changed piece drawn again
    library.update_writer(writer.id, name="Maya Rose")  # covers say "by Maya Rose" now
    covers, _ = drawn_at_a_start(library, writer.id)
    assert covers.drawn == 2 and covers.store.read == 0
    library.set_setting("font", "opendyslexic", writer.id)
    covers, _ = drawn_at_a_start(library, writer.id)
    assert covers.drawn == 2 and covers.store.read == 0
    before = QLocale()
    QLocale.setDefault(QLocale("es"))  # as the language switch does for a Spanish writer
    try:
        covers, _ = drawn_at_a_start(library, writer.id)
        assert covers.drawn == 2 and covers.store.read == 0
    finally:
        QLocale.setDefault(before)
    covers, _ = drawn_at_a_start(library, writer.id)
    assert covers.drawn == 2  # the English ones were stored over
    assert row_of(library, writer.id, same.id).updated == same.updated


def test_covers_of_pieces_gone_for_good_are_removed(library: Library, writer, nook_app) -> None:
    a_shelf(library, writer.id, 2)
    covers, _ = drawn_at_a_start(library, writer.id)
    gone, kept = shelf_rows(library, writer.id)
    library.trash_piece(gone.id)
    library.empty_trash()
    (library.path.parent / FOLDER / ".left-by-a-crash.png.part").write_bytes(b"half")
    assert covers.store.prune() == 2
    assert sorted(p.name for p in (library.path.parent / FOLDER).iterdir()) == [f"{kept.id}.png"]


def test_a_library_only_looked_at_keeps_no_covers(library: Library, writer, nook_app) -> None:
    a_shelf(library, writer.id, 1)
    library.read_only = True
    covers, _ = drawn_at_a_start(library, writer.id)
    assert covers.drawn == 1
    assert not (library.path.parent / FOLDER).exists()
    assert covers.store.prune() == 0


def test_a_cover_that_cannot_be_stored_is_still_shown(library: Library, writer, nook_app, tmp_path: Path) -> None:
    a_shelf(library, writer.id, 2)
    (library.path.parent / FOLDER).write_text("a file where the folder would be")
    covers, drawn = drawn_at_a_start(library, writer.id)
    assert covers.drawn == 2 and len(drawn) == 2
    assert not covers.store.writable  # tried once, not at every cover
    broken = library.path.parent / FOLDER
    broken.unlink()
    broken.mkdir()
    (row, *_rest) = shelf_rows(library, writer.id)
    (broken / f"{row.id}.png").write_bytes(b"not a picture")
    covers, _ = drawn_at_a_start(library, writer.id)
    assert covers.drawn == 2  # the damaged one drawn again, and stored over
    assert ThumbnailCache(library, SIZE).cover(row) is not None


def test_covers_are_written_to_disk_only_once_all_asked_for_are_drawn(library: Library, writer, nook_app) -> None:
    a_shelf(library, writer.id, 6)
    covers = ThumbnailCache(library, SIZE, keep_after_ms=0)
    for row in shelf_rows(library, writer.id):
        covers.cover(row)
    folder = library.path.parent / FOLDER

    def kept() -> int:
        return len(list(folder.glob("*.png"))) if folder.exists() else 0

    while covers.pending() or covers.unkept():
        before = kept()
        covers._work()
        if kept() > before:
            assert covers.pending() == 0  # a turn with covers still to draw writes none
    assert kept() == 6


def test_covers_are_written_to_disk_on_a_later_turn_than_the_one_that_took_them_in(
    library: Library, writer, nook_app, qtbot
) -> None:
    a_shelf(library, writer.id)
    covers = ThumbnailCache(library, SIZE)
    for row in shelf_rows(library, writer.id):
        covers.cover(row)
    while covers.pending():  # handed to the drawing thread, and taken back when drawn
        covers._work()
    assert covers.drawn == 3
    # The paint that shows them comes first: nothing was encoded and written in that turn.
    assert covers.unkept() == 3 and not (library.path.parent / FOLDER).exists()
    qtbot.waitUntil(lambda: covers.unkept() == 0, timeout=5000)  # then, a while later, kept
    assert len(list((library.path.parent / FOLDER).glob("*.png"))) == 3


def test_covers_are_written_a_while_after_the_last_one_drawn_whatever_turn_comes_first(
    library: Library, writer, nook_app, qtbot
) -> None:
    a_shelf(library, writer.id)
    covers = ThumbnailCache(library, SIZE)
    for row in shelf_rows(library, writer.id):
        covers.cover(row)
    covers._work()  # handed to the drawing thread
    qtbot.waitUntil(lambda: covers.pending() == 0, timeout=5000)  # taken back as they are drawn
    # A turn of the covers' timer comes at once (another cover asked for, as a first paint
    # does): the paint that shows the covers just drawn comes before any is written.
    covers._work()
    assert covers.unkept() == 3 and not (library.path.parent / FOLDER).exists()
    qtbot.waitUntil(lambda: covers.unkept() == 0, timeout=5000)
    assert len(list((library.path.parent / FOLDER).glob("*.png"))) == 3


@pytest.mark.parametrize("slice_ms", [thumbnails.SLICE_MS, 0])
def test_a_long_scroll_writes_covers_as_it_goes_instead_of_holding_them_all(
    library: Library, writer, nook_app, monkeypatch: pytest.MonkeyPatch, slice_ms: int
) -> None:
    """Slice 0: a machine so busy (or a disk so slow) that each turn's slice is spent
    before its first cover is written (under load the bound was once missed)."""
    from nook.ui.shelf.thumbnails import KEEP_BACKLOG

    monkeypatch.setattr(thumbnails, "SLICE_MS", slice_ms)
    a_shelf(library, writer.id, pieces=120)
    covers = ThumbnailCache(library, SIZE)
    rows = shelf_rows(library, writer.id, limit=120)
    most = 0
    for first in range(0, len(rows), 6):  # a quarter screen at a time, as a child scrolls
        for row in rows[first : first + 6]:
            covers.cover(row)
        while covers.pending():
            covers._work()
            most = max(most, covers.unkept())
    assert covers.drawn == 120
    # Drawn covers wait to be written only while a screen's worth is waiting (each holds
    # its image): a whole shelf scrolled through is not held in memory until the end.
    assert most <= 2 * KEEP_BACKLOG
    assert len(list((library.path.parent / FOLDER).glob("*.png"))) >= 120 - 2 * KEEP_BACKLOG


def test_a_cover_written_on_a_full_disk_leaves_no_cut_off_file(tmp_path: Path, nook_app, app_log) -> None:
    """Found live: on a full disk Qt's image writer said the PNG was written and left an
    empty file, which was read (and failed, "libpng error") at every start after."""
    from nook.ui.shelf.cover_store import CoverStore
    from tests.small_disk import fill, small_disk

    with small_disk(tmp_path / "small") as folder:
        library = Library.open(folder)
        try:
            store = CoverStore(library)
            image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0xFF3366AA)  # a small PNG: Qt's writer holds it all until the file is closed
            fill(folder)
            store.save("one", "key", image)
            assert not store.path("one").exists()
            assert not store.writable  # a full disk: no more tries this visit
            assert not [p.name for p in store.folder.iterdir()]  # nor a part left over
        finally:
            library.close()
