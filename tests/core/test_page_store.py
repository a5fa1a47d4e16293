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
