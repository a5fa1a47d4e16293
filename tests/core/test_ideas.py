"""Idea cards: bundled ones seeded, a grown-up adds, edits and hides; a card starts a piece."""

from __future__ import annotations

import pytest

from nook.core import ideas
from nook.core import picture as pic
from nook.core.library import Library
from nook.core.models import KINDS


def test_bundled_cards_cover_every_kind(library: Library) -> None:
    cards = ideas.cards(library)
    assert len(cards) >= 30
    assert {c.kind for c in cards} == set(KINDS)
    assert all(c.picture and c.text for c in cards)
    assert [c.kind for c in ideas.cards(library, "sign")] == ["sign"] * len(ideas.cards(library, "sign"))


def test_grown_up_adds_edits_hides_and_deletes(library: Library) -> None:
    card = ideas.add_card(library, "letter", " Write to  the tooth fairy ", "fairy")
    assert card.text == "Write to the tooth fairy"
    ideas.update_card(library, card.id, text="Write to a dragon", kind="book")
    changed = ideas.card(library, card.id)
    assert changed and changed.text == "Write to a dragon" and changed.kind == "book"
    ideas.hide_card(library, card.id)
    assert card.id not in [c.id for c in ideas.cards(library)]
    assert card.id in [c.id for c in ideas.cards(library, include_hidden=True)]
    ideas.delete_card(library, card.id)
    assert ideas.card(library, card.id) is None
    with pytest.raises(ValueError):
        ideas.add_card(library, "poem", "x")
    with pytest.raises(ValueError):
        ideas.add_card(library, "book", "   ")


def test_bundled_cards_are_hidden_not_deleted(library: Library) -> None:
    bundled = ideas.cards(library)[0]
    ideas.delete_card(library, bundled.id)
    kept = ideas.card(library, bundled.id)
    assert kept and kept.hidden


def test_a_card_starts_an_empty_piece_of_its_kind(library: Library, writer) -> None:
    for kind in KINDS:
        card = ideas.cards(library, kind)[0]
        piece = ideas.start_piece(library, writer.id, card.id)
        assert piece.kind == kind
        pages = library.pages(piece.id)
        assert all(p.words == "" for p in pages)
        assert card.text not in " ".join(library.pages(piece.id)[0].extras.values().__str__())
        # Not blank, though: the card's own sticker is on the first page, in the middle.
        first = library.pages(piece.id)[0]
        (item,) = pic.items_of(first.picture)
        width, height = pic.page_size(kind, first.role)
        assert item["type"] == "sticker" and item["sticker"] == card.picture
        assert (item["x"], item["y"]) == (round(width / 2), round(height / 2))


def test_a_card_puts_its_sticker_in_the_picture_area_it_is_given(library: Library, writer) -> None:
    card = ideas.cards(library, "sign")[0]
    piece = ideas.start_piece(library, writer.id, card.id, lambda kind, role: (100.0, 200.0, 400.0, 300.0))
    (item,) = pic.items_of(library.pages(piece.id)[0].picture)
    assert (item["x"], item["y"], item["size"]) == (300, 350, 180)
