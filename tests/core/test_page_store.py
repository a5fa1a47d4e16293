"""Storing a page: a pre-encoded picture, picture-only changes, pages that are gone."""

from __future__ import annotations

import pytest

from nook.core import picture as pic
from nook.core.changes import What


def test_a_pre_encoded_picture_stores_the_same_as_a_dict(library, writer):
    a = library.new_piece(writer.id, "letter")
    b = library.new_piece(writer.id, "letter")
    seen = []
    library.subscribe(seen.append)
    items = [pic.sticker("cat", 1, 2, 30)]
    for piece in (a, b):
        page = library.pages(piece.id)[0]
        parts = {"words": "I miss you ñ 🐶", "extras": {"greeting": "Dear Gran", "closing": "Love,\nMaya"}}
        if piece is a:
            library.update_page(page.id, picture=pic.make_picture(items), **parts)
        else:
            library.update_page(page.id, picture_json=pic.picture_json(items), **parts)
    pa, pb = library.piece(a.id), library.piece(b.id)
    assert pa.title == pb.title == "Dear Gran"
    assert library.pages(a.id)[0].picture == library.pages(b.id)[0].picture
    assert pb.revision == pa.revision
    assert library.search(writer.id, "miss") and {p.id for p in library.search(writer.id, "Gran")} == {a.id, b.id}
    assert seen[-1].what is What.PAGE and seen[-1].piece_id == b.id


def test_a_picture_only_store_keeps_the_title(library, writer):
    piece = library.new_piece(writer.id, "book")
    cover = library.pages(piece.id)[0]
    library.update_page(cover.id, words="Dogs")
    library.update_page(cover.id, picture=pic.make_picture([pic.sticker("dog", 5, 5, 50)]))
    assert library.piece(piece.id).title == "Dogs"
    assert pic.items_of(library.page(cover.id).picture)[0]["sticker"] == "dog"


def test_storing_a_page_that_is_gone_raises(library, writer):
    with pytest.raises(KeyError):
        library.update_page("nope", words="x")


def test_adding_moving_and_removing_a_page_read_no_other_page_whole(tmp_path, monkeypatch) -> None:
    """A page added to a book of busy pages (2,000 strokes each) took longer with every page
    (50 ms for the 20th, on the UI thread: a child's "new page"), because every page was read
    and its picture decoded just for its id. Only the page added, moved or removed is read."""
    from nook.core import library_base
    from nook.core import picture as pic
    from nook.core.library import Library

    library = Library.open(tmp_path)
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "book")
    busy = pic.make_picture([pic.stroke("brush", "#000000", 10, [(n, n), (n + 5, n + 9)]) for n in range(200)])
    for _ in range(4):
        library.add_page(piece.id, picture=busy)
    read: list[int] = []
    whole = library_base.LibraryBase._pages_where

    def counted(self, where, params):
        pages = whole(self, where, params)
        read.append(len(pages))
        return pages

    monkeypatch.setattr(library_base.LibraryBase, "_pages_where", counted)
    added = library.add_page(piece.id, picture=busy)
    library.move_page(added.id, 1)
    removed = library.delete_page(added.id)
    assert removed.id == added.id
    assert read == [1, 1, 1]  # the page itself, each time
    monkeypatch.undo()
    assert [page.position for page in library.pages(piece.id)] == list(range(6))
    library.close()
