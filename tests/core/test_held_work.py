"""Recovery files: work the library could not take, kept somewhere writable and put back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from nook.core import held_work
from nook.core.held_work import HeldPage
from nook.core.library import Library
from tests.small_disk import fill, free, small_disk


def test_the_file_goes_beside_the_library_when_there_is_room_and_comes_back(library: Library, writer, tmp_path) -> None:
    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[0]
    state = tmp_path / "state"
    place = held_work.keep(library.path.parent, [HeldPage(piece.id, page.id, words="hello")], state)
    assert place == library.path.parent / held_work.BESIDE_LIBRARY
    # A second quit adds to what is waiting; the newer words of a page win.
    later = HeldPage(piece.id, page.id, extras={"greeting": "Dear Gran"})
    assert held_work.keep(library.path.parent, [later], state) == place
    brought = held_work.bring_back(library, state)
    assert brought is not None and (brought.pages, brought.pieces, brought.lost_pages) == (1, [piece.id], 0)
    stored = library.pages(piece.id)[0]
    assert (stored.words, stored.extras.get("greeting")) == ("hello", "Dear Gran")
    assert held_work.found(library.path.parent, state) == []
    assert held_work.bring_back(library, state) is None


def test_a_full_library_disk_sends_the_file_to_the_state_folder_and_a_still_full_one_keeps_it(
    tmp_path: Path,
) -> None:
    state = tmp_path / "state"
    with small_disk(tmp_path / "small") as folder:
        library = Library.open(folder)
        writer = library.add_writer("Maya", "fox")
        piece = library.new_piece(writer.id, "sign")
        page = library.pages(piece.id)[0]
        library.checkpoint()
        fill(folder)
        place = held_work.keep(folder, [HeldPage(piece.id, page.id, words="x" * 5000)], state)
        assert place.parent == state / "recovery"
        assert not (folder / held_work.BESIDE_LIBRARY).exists()
        with pytest.raises(sqlite3.OperationalError, match="full"):
            held_work.bring_back(library, state)
        assert held_work.found(folder, state) == [place]  # kept for the next start
        assert library.pages(piece.id)[0].words == ""
        free(folder)
        assert held_work.bring_back(library, state).pages == 1
        assert library.pages(piece.id)[0].words == "x" * 5000
        library.close()


def test_a_page_taken_out_meanwhile_comes_back_at_the_end_and_a_gone_piece_is_counted(
    library: Library, writer, tmp_path
) -> None:
    piece = library.new_piece(writer.id, "book")
    extra = library.add_page(piece.id, words="old")
    other = library.new_piece(writer.id, "sign")
    other_page = library.pages(other.id)[0]
    held = [HeldPage(piece.id, extra.id, words="new words"), HeldPage(other.id, other_page.id, words="lost")]
    held_work.keep(library.path.parent, held, tmp_path)
    library.delete_page(extra.id)
    library.delete_piece_forever(other.id)
    brought = held_work.bring_back(library, tmp_path)
    assert brought is not None and (brought.pages, brought.lost_pages) == (1, 1)
    assert library.pages(piece.id)[-1].words == "new words"


def test_a_file_that_is_not_ours_is_left_alone(library: Library, tmp_path, app_log) -> None:
    app_log.expect(r"recovery file .* cannot be read, so it is left where it is")
    odd = library.path.parent / held_work.BESIDE_LIBRARY
    odd.write_text("{not json")
    assert held_work.bring_back(library, tmp_path) is None
    assert odd.read_text() == "{not json"
