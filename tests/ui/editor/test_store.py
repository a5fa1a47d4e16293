"""The editor's fast store does what Library.update_page does."""

from __future__ import annotations

import pytest

from nook.core import picture as pic
from nook.ui.editor.store import store_page


def test_store_page_matches_update_page(library, writer):
    a = library.new_piece(writer.id, "letter")
    b = library.new_piece(writer.id, "letter")
    seen = []
    library.subscribe(seen.append)
    for piece in (a, b):
        page = library.pages(piece.id)[0]
        parts = {
            "words": "I miss you ñ 🐶",
            "extras": {"greeting": "Dear Gran", "closing": "Love,\nMaya"},
            "picture": pic.make_picture([pic.sticker("cat", 1, 2, 30)]),
        }
        if piece is a:
            library.update_page(page.id, **parts)
        else:
            store_page(library, page.id, **parts)
    pa, pb = library.piece(a.id), library.piece(b.id)
    assert pa.title == pb.title == "Dear Gran"
    assert [p.words for p in library.pages(a.id)] == [p.words for p in library.pages(b.id)]
    assert library.pages(a.id)[0].picture == library.pages(b.id)[0].picture
    assert pb.revision == pa.revision
    assert library.search(writer.id, "miss") and {p.id for p in library.search(writer.id, "Gran")} == {a.id, b.id}
    assert seen[-1].what == "pages" and seen[-1].piece_id == b.id


def test_a_picture_only_store_keeps_the_title(library, writer):
    piece = library.new_piece(writer.id, "book")
    cover = library.pages(piece.id)[0]
    store_page(library, cover.id, words="Dogs")
    store_page(library, cover.id, picture=pic.make_picture([pic.sticker("dog", 5, 5, 50)]))
    assert library.piece(piece.id).title == "Dogs"
    assert pic.items_of(library.page(cover.id).picture)[0]["sticker"] == "dog"


def test_storing_a_page_that_is_gone_raises(library, writer):
    with pytest.raises(KeyError):
        store_page(library, "nope", words="x")
