"""A piece of a kind this Writing Nook does not know (a newer one's "poem", or damage) is
left out of every list, and kept. Found on the walk with a hostile library file: one
piece of kind 'evil' made Writing Nook die at every start, before any window (KeyError
for its cover's picture on the shelf)."""

from __future__ import annotations

import sqlite3

from nook.core import shelf
from nook.core.library import Library


def test_a_piece_of_an_unknown_kind_is_in_no_list_and_is_kept(library: Library, writer) -> None:
    book = library.new_piece(writer.id, "book")
    library.update_page(library.pages(book.id)[1].id, words="my poem about the sea")
    poem = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(poem.id)[0].id, words="my poem about the moon")
    other = sqlite3.connect(library.path)
    other.execute("UPDATE pieces SET kind = 'poem' WHERE id = ?", (poem.id,))
    other.commit()
    other.close()

    assert [row.id for row in shelf.shelf_rows(library, writer.id)] == [book.id]
    assert [piece.id for piece in library.pieces(writer.id)] == [book.id]
    assert library.count_pieces(writer.id) == 1
    assert [piece.id for piece in library.search(writer.id, "poem")] == [book.id]
    assert library.db.execute("SELECT kind FROM pieces WHERE id = ?", [poem.id]).fetchone()[0] == "poem"


def test_an_idea_card_of_an_unknown_kind_is_not_offered(library: Library) -> None:
    """The same for an idea card: one of kind 'evil' broke the child's idea cards (KeyError
    for its badge at every paint of the panel)."""
    cards = library.ideas.cards()
    every = library.ideas.cards(include_hidden=True)
    other = sqlite3.connect(library.path)
    other.execute("UPDATE idea_cards SET kind = 'evil' WHERE id = ?", (cards[0].id,))
    other.commit()
    other.close()
    offered = library.ideas.cards()
    assert [card.id for card in offered] == [card.id for card in cards[1:]]
    kept = [card.id for card in every if card.id != cards[0].id]
    assert [card.id for card in library.ideas.cards(include_hidden=True)] == kept
