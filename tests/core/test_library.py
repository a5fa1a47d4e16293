"""The library on real SQLite files: writers, pieces, pages, search, media, settings."""

from __future__ import annotations

import sqlite3

import pytest

from nook.core.library import Change, Library, What
from nook.core.models import KINDS


def test_pragmas_make_writes_durable(library: Library) -> None:
    assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert library.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert library.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_writers_are_kept_in_order(library: Library) -> None:
    a = library.add_writer("  Maya  ", "fox")
    b = library.add_writer("", "robot")
    assert [w.id for w in library.writers()] == [a.id, b.id]
    assert library.writer(a.id).name == "Maya"
    library.update_writer(b.id, name="Leo", archived=True)
    assert [w.id for w in library.writers()] == [a.id]
    assert [w.name for w in library.writers(include_archived=True)] == ["Maya", "Leo"]


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_starts_with_its_pages_and_no_words(library: Library, writer, kind: str) -> None:
    piece = library.new_piece(writer.id, kind)
    roles = [p.role for p in library.pages(piece.id)]
    expected = {"book": ["cover", "page"], "list": ["cover", "item"], "sign": ["sign"], "letter": ["letter"]}
    assert roles == expected[kind]
    assert all(p.words == "" for p in library.pages(piece.id))
    assert library.piece(piece.id).kind == kind


def test_letter_closing_carries_the_writers_name(library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "letter")
    extras = library.pages(piece.id)[0].extras
    assert extras["closing"] == "Love,\nMaya"
    assert library.piece(piece.id).title == ""


def test_title_comes_from_the_first_words(library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    cover, page = library.pages(piece.id)
    library.update_page(page.id, words="we went to the park")
    assert library.piece(piece.id).title == "we went to the park"
    library.update_page(cover.id, words="\n  My   DOG  rex \nby Maya")
    assert library.piece(piece.id).title == "My DOG rex"


def test_pages_add_move_delete_and_restore(library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    second = library.add_page(piece.id, words="two")
    third = library.add_page(piece.id, words="three")
    inserted = library.add_page(piece.id, position=1, words="first!")
    assert [p.words for p in library.pages(piece.id)] == ["", "first!", "", "two", "three"]
    library.move_page(third.id, 1)
    assert [p.words for p in library.pages(piece.id)] == ["", "three", "first!", "", "two"]
    removed = library.delete_page(inserted.id)
    assert [p.words for p in library.pages(piece.id)] == ["", "three", "", "two"]
    library.restore_page(removed)
    assert [p.words for p in library.pages(piece.id)] == ["", "three", "first!", "", "two"]
    assert [p.position for p in library.pages(piece.id)] == [0, 1, 2, 3, 4]
    assert library.page(second.id).words == "two"


def test_picture_and_extras_round_trip(library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "list")
    item = library.pages(piece.id)[1]
    picture = {"strokes": [{"points": [[1, 2], [3, 4]], "colour": "#ff0000"}], "stickers": [{"id": "cat"}]}
    library.update_page(item.id, picture=picture, extras={"ticked": True})
    again = library.page(item.id)
    assert again.picture == picture
    assert again.extras == {"ticked": True}


def test_unicode_is_stored_exactly(data_dir, writer, library: Library) -> None:
    piece = library.new_piece(writer.id, "sign")
    words = "¡Niño! mañana 🐶🦖 e\u0301 中文 \u200d"
    library.update_page(library.pages(piece.id)[0].id, words=words)
    library.close()
    reopened = Library.open(data_dir)
    try:
        assert reopened.pages(piece.id)[0].words == words
    finally:
        reopened.close()


def test_search_finds_words_with_quotes_accents_and_emoji(library: Library, writer) -> None:
    other = library.add_writer("Leo", "robot")

    def make(writer_id: str, words: str) -> str:
        piece = library.new_piece(writer_id, "book")
        library.update_page(library.pages(piece.id)[1].id, words=words)
        return piece.id

    dog = make(writer.id, 'my dog said "woof"')
    nino = make(writer.id, "el niño come")
    dino = make(writer.id, "I love 🦖 dinosaurs")
    leos = make(other.id, "my dog too")
    assert {p.id for p in library.search(writer.id, "dog")} == {dog}
    assert {p.id for p in library.search(None, "dog")} == {dog, leos}
    assert {p.id for p in library.search(writer.id, '"woof"')} == {dog}
    assert {p.id for p in library.search(writer.id, "nino")} == {nino}
    assert {p.id for p in library.search(writer.id, "niño")} == {nino}
    assert {p.id for p in library.search(writer.id, "🦖")} == {dino}
    assert {p.id for p in library.search(writer.id, "din")} == {dino}
    assert {p.id for p in library.search(writer.id, "do\x00g")} == set()
    assert {p.id for p in library.search(writer.id, "\x00dog\x07")} == {dog}
    for nasty in ['"', "AND OR NOT", "*", "(", "NEAR(", "'", "-", "\x00", "\x1b[2J"]:
        library.search(writer.id, nasty)  # never raises
    library.trash_piece(dog)
    assert library.search(writer.id, "dog") == []


def test_trash_restore_and_delete_forever(library: Library, writer) -> None:
    keep = library.new_piece(writer.id, "book")
    gone = library.new_piece(writer.id, "sign")
    library.trash_piece(gone.id)
    assert [p.id for p in library.pieces(writer.id)] == [keep.id]
    assert [p.id for p in library.pieces(writer.id, trashed=True)] == [gone.id]
    library.restore_piece(gone.id)
    assert {p.id for p in library.pieces(writer.id)} == {keep.id, gone.id}
    library.trash_piece(gone.id)
    assert library.empty_trash(writer.id) == 1
    assert library.piece(gone.id) is None
    assert library.db.execute("SELECT COUNT(*) FROM pages WHERE piece_id = ?", [gone.id]).fetchone()[0] == 0


def test_shelf_is_newest_first_and_filters(library: Library, writer) -> None:
    first = library.new_piece(writer.id, "book")
    second = library.new_piece(writer.id, "list")
    library.set_finished(first.id)
    assert [p.id for p in library.pieces(writer.id)] == [first.id, second.id]
    assert [p.id for p in library.pieces(writer.id, kind="list")] == [second.id]
    assert [p.id for p in library.pieces(writer.id, finished=True)] == [first.id]
    assert library.count_pieces(writer.id) == 2


def test_duplicate_copies_pages_as_a_new_draft(library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[0].id, words="Cats")
    library.set_finished(piece.id)
    copy = library.duplicate_piece(piece.id)
    assert copy.id != piece.id and copy.title == "Cats" and not copy.finished
    assert [p.words for p in library.pages(copy.id)] == ["Cats", ""]


def test_media_is_stored_once_by_content(library: Library) -> None:
    first = library.put_media(b"\x89PNG fake bytes", "image/png", 2, 3)
    again = library.put_media(b"\x89PNG fake bytes", "image/png", 2, 3)
    assert first == again
    assert library.media(first) == b"\x89PNG fake bytes"
    assert library.db.execute("SELECT COUNT(*) FROM media").fetchone()[0] == 1
    assert library.media_info(first)["width"] == 2


def test_settings_per_writer_override_global(library: Library, writer) -> None:
    assert library.setting("button_size") == 64
    library.set_setting("button_size", 96)
    library.set_setting("button_size", 1000, writer.id)
    assert library.setting("button_size") == 96
    assert library.setting("button_size", writer.id) == 192  # clamped to the range
    library.set_setting("classroom_mode", True, writer.id)  # not per writer: global
    assert library.setting("classroom_mode") is True
    with pytest.raises(KeyError):
        library.setting("no_such_setting")


def test_changes_are_announced_after_commit(library: Library, writer) -> None:
    seen: list[Change] = []
    unsubscribe = library.subscribe(seen.append)
    piece = library.new_piece(writer.id, "book")
    assert seen == [Change(What.PIECE, writer_id=writer.id, piece_id=piece.id)]
    unsubscribe()
    library.new_piece(writer.id, "book")
    assert len(seen) == 1


def test_a_failed_transaction_stores_nothing(library: Library, writer) -> None:
    seen: list[Change] = []
    library.subscribe(seen.append)
    with pytest.raises(RuntimeError), library.transaction():
        library.new_piece(writer.id, "book")
        raise RuntimeError("power cut")
    assert library.pieces(writer.id) == []
    assert seen == []


def test_foreign_keys_refuse_orphans(library: Library) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        library.db.execute(
            "INSERT INTO pieces (id, writer_id, kind, created, updated) VALUES ('x', 'nobody', 'book', '', '')"
        )


def test_edits_survive_closing_at_once(data_dir, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[1].id, words="the end")
    # No close(): simulate the app being killed; WAL plus synchronous=FULL keep it.
    again = Library.open(data_dir)
    try:
        assert again.pages(piece.id)[1].words == "the end"
    finally:
        again.close()
