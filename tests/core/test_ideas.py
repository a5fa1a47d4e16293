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


def test_a_spanish_grown_ups_words_for_a_bundled_card_are_spanish_only(library: Library) -> None:
    """A teacher in a Spanish corner changes "Haz un libro sobre tu mascota": Spanish
    writers read her words, English writers keep the English card, and nothing Spanish
    is stored over the English text."""
    ideas.update_card(library, "pet_book", "es-419", text="Haz un libro sobre el hámster de la clase", kind="list")
    card = ideas.card(library, "pet_book")
    assert card is not None
    assert card.text == "Make a book about your pet" and card.kind == "list"  # the kind is every language's
    assert ideas.words_in(card, "es") == "Haz un libro sobre el hámster de la clase"
    assert ideas.words_in(card, "es-419") == "Haz un libro sobre el hámster de la clase"
    assert ideas.words_in(card, "en") == "Make a book about your pet"
    listed = {c.id: c for c in ideas.cards(library, include_hidden=True)}["pet_book"]
    assert ideas.words_in(listed, "es") == "Haz un libro sobre el hámster de la clase"
    # Saving the words a card says anyway keeps it following the bundled words.
    ideas.update_card(library, "room_sign", "es", text=ideas.words_in(ideas.card(library, "room_sign"), "es"))
    assert ideas.card(library, "room_sign").words == {}
    # Words changed in English stay the card's own, for every writer without words of theirs.
    ideas.update_card(library, "pet_book", "en", text="Make a book about our class hamster")
    card = ideas.card(library, "pet_book")
    assert ideas.words_in(card, "en") == "Make a book about our class hamster"
    assert ideas.words_in(card, "es") == "Haz un libro sobre el hámster de la clase"
    # A card a grown-up made has one text, whichever corner changes it.
    own = ideas.add_card(library, "sign", "Cuidado con el perro")
    ideas.update_card(library, own.id, "es", text="¡Cuidado con el perro!")
    assert ideas.card(library, own.id).text == "¡Cuidado con el perro!"
    assert ideas.words_in(ideas.card(library, own.id), "en") == "¡Cuidado con el perro!"
