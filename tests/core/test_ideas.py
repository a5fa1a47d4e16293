"""Idea cards: bundled ones seeded, a grown-up adds, edits and hides; a card starts a piece."""

from __future__ import annotations

import pytest

from nook.core import ideas
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
