"""The shelf's rows: windows of a writer's pieces, filters, search, trash."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nook.core import shelf
from nook.core.library import Library, What


def test_rows_are_the_writers_own_newest_first(library: Library) -> None:
    maya = library.add_writer("Maya", "fox")
    ben = library.add_writer("Ben", "cat")
    first = library.new_piece(maya.id, "book")
    second = library.new_piece(maya.id, "sign")
    library.new_piece(ben.id, "list")
    rows = shelf.shelf_rows(library, maya.id)
    assert [r.id for r in rows] == [second.id, first.id]
    assert shelf.shelf_count(library, maya.id) == 2
    assert shelf.shelf_count(library, ben.id) == 1


def test_windows_cover_the_whole_shelf_without_overlap(library: Library, writer) -> None:
    made = {library.new_piece(writer.id, "book").id for _ in range(25)}
    seen: list[str] = []
    for offset in range(0, 30, 7):
        seen += [r.id for r in shelf.shelf_rows(library, writer.id, offset=offset, limit=7)]
    assert len(seen) == 25 and set(seen) == made


def test_filters_by_kind_and_finished(library: Library, writer) -> None:
    book = library.new_piece(writer.id, "book")
    sign = library.new_piece(writer.id, "sign")
    library.set_finished(sign.id)
    assert [r.id for r in shelf.shelf_rows(library, writer.id, "book")] == [book.id]
    finished = shelf.shelf_rows(library, writer.id, "finished")
    assert [r.id for r in finished] == [sign.id] and finished[0].finished
    assert shelf.shelf_count(library, writer.id, "letter") == 0
    with pytest.raises(ValueError):
        shelf.shelf_rows(library, writer.id, "poem")


def test_trash_rows_and_counts(library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "list")
    library.trash_piece(piece.id)
    assert shelf.shelf_rows(library, writer.id) == []
    assert [r.id for r in shelf.shelf_rows(library, writer.id, trashed=True)] == [piece.id]
    assert shelf.trash_counts(library) == {writer.id: 1}
    library.restore_piece(piece.id)
    assert shelf.trash_counts(library) == {}


def test_search_rows_filter_and_stay_on_the_writers_shelf(library: Library) -> None:
    maya = library.add_writer("Maya", "fox")
    ben = library.add_writer("Ben", "cat")
    mine = library.new_piece(maya.id, "book")
    library.update_page(library.pages(mine.id)[0].id, words="My dog Rex")
    theirs = library.new_piece(ben.id, "book")
    library.update_page(library.pages(theirs.id)[0].id, words="dog")
    assert [r.id for r in shelf.search_rows(library, maya.id, "dog")] == [mine.id]
    assert shelf.search_rows(library, maya.id, "dog", "sign") == []


def test_a_screen_of_covers_is_read_at_once_each_from_its_pieces_first_page(library: Library, writer) -> None:
    """What each cover is drawn from (the first page as the editor has it, its picture and
    the strokes stored after it, and the piece), for many pieces at once; a piece with no
    page, or none at all, has none."""
    moved = library.new_piece(writer.id, "book")
    second = library.add_page(moved.id, words="now first")
    library.move_page(second.id, 0)
    drawn = library.new_piece(writer.id, "sign")
    cover = library.pages(drawn.id)[0]
    library.update_page(cover.id, picture={"items": [{"type": "sticker", "name": "cat"}]})
    library.update_page(cover.id, picture_added=['{"type": "sticker", "name": "dog"}'])
    empty = library.new_piece(writer.id, "list")
    for page in library.pages(empty.id):
        library.delete_page(page.id)
    things = library.new_piece(writer.id, "list")
    for word in ("dog", "cat", "fish", "bird", "frog", "ant"):
        library.add_page(things.id, role="item", words=word)
    ids = [moved.id, drawn.id, empty.id, things.id, "no-such-piece"]
    sources = shelf.cover_sources(library, ids)
    assert set(sources) == {moved.id, drawn.id, things.id}
    for piece_id, (page, piece, rows) in sources.items():
        assert page == library.pages(piece_id)[0]
        assert piece == library.piece(piece_id)
        # A list's cover shows its first things under its name; other covers one page.
        assert list(rows) == library.pages(piece_id)[1 : 1 + shelf.THINGS_ON_A_LIST_COVER] * (piece.kind == "list")
    assert sources[moved.id][0].words == "now first"
    assert [item["name"] for item in sources[drawn.id][0].picture["items"]] == ["cat", "dog"]
    assert shelf.cover_sources(library, []) == {}


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(text=st.text(min_size=1, max_size=12))
def test_search_never_fails_on_any_characters(library: Library, text: str) -> None:
    shelf.search_rows(library, None, text)


def test_classroom_settings(library: Library) -> None:
    assert not shelf.return_to_writers_after_closing(library)
    library.set_setting("classroom_mode", True)
    library.set_setting("classroom_idle_minutes", 0)
    assert shelf.return_to_writers_after_closing(library)
    assert shelf.idle_minutes(library) == 1


def test_a_writer_goes_back_to_everyones_settings(library: Library) -> None:
    maya = library.add_writer("Maya", "fox")
    ben = library.add_writer("Ben", "cat")
    library.set_setting("font", "opendyslexic", maya.id)
    library.set_setting("all_caps", True, maya.id)
    library.set_setting("all_caps", True, ben.id)
    assert shelf.own_settings(library, maya.id) == {"font": "opendyslexic", "all_caps": True}
    changes = []
    library.subscribe(changes.append)
    shelf.use_everyones_settings(library, maya.id)
    assert shelf.own_settings(library, maya.id) == {}
    assert library.setting("font", maya.id) == "andika"
    assert library.setting("all_caps", ben.id) is True
    assert [(c.what, c.writer_id) for c in changes] == [(What.SETTING, maya.id)]
