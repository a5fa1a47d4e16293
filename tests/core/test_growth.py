"""Growth figures from a real library: months, words, new words, first and latest."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from nook.core.growth import growth, words_in
from nook.core.library import Library


def test_words_keep_the_childs_spelling_and_inner_apostrophes() -> None:
    assert words_in("I luv my dog! Dog's bone, ice-cream 🐶 ñandú 3 pigs") == [
        "i",
        "luv",
        "my",
        "dog",
        "dog's",
        "bone",
        "ice-cream",
        "ñandú",
        "3",
        "pigs",
    ]


@given(st.text())
def test_any_text_splits_into_clean_words(text: str) -> None:
    for word in words_in(text):
        # Lower-cased and composed: "ῢ" casefolds to three code points, which compose back.
        assert word and not word.isspace() and word == unicodedata.normalize("NFC", word.casefold())


def _piece(library: Library, writer_id: str, kind: str, words: str, created: str) -> str:
    piece = library.new_piece(writer_id, kind)
    library.update_page(library.pages(piece.id)[-1].id, words=words)
    library.db.execute("UPDATE pieces SET created = ? WHERE id = ?", [created, piece.id])
    return piece.id


def test_growth_over_months(library: Library, writer) -> None:
    other = library.add_writer("Leo", "robot")
    first = _piece(library, writer.id, "sign", "KEEP OUT", "2026-09-03T10:00:00+00:00")
    _piece(library, writer.id, "book", "my dog is big. my dog", "2026-10-01T10:00:00+00:00")
    latest = _piece(library, writer.id, "letter", "Dear friend, my cat is big too", "2026-11-20T10:00:00+00:00")
    _piece(library, other.id, "book", "not mine", "2026-10-05T10:00:00+00:00")
    trashed = _piece(library, writer.id, "list", "secret words", "2026-11-21T10:00:00+00:00")
    library.trash_piece(trashed)

    g = growth(library, writer.id)
    assert [m.month for m in g.months] == ["2026-09", "2026-10", "2026-11"]
    assert [m.pieces for m in g.months] == [1, 1, 1]
    assert g.months[0].new_words == ["keep", "out"]
    assert g.months[1].new_words == ["my", "dog", "is", "big"]
    # The letter's body first, then its greeting and closing: all the child's words.
    assert g.months[2].new_words == ["dear", "friend", "cat", "too", "love", "maya"]
    assert g.total_pieces == 3 and g.kinds == {"sign": 1, "book": 1, "letter": 1}
    assert g.first_piece.id == first and g.latest_piece.id == latest
    assert g.total_words == 2 + 6 + (7 + 1 + 2)
    assert g.different_words == 12
    assert g.longest_piece.id == latest and g.longest_words == 10


def test_growth_of_a_new_writer_is_empty(library: Library, writer) -> None:
    g = growth(library, writer.id)
    assert g.months == [] and g.total_pieces == 0 and g.first_piece is None


def test_the_grown_up_line_is_not_the_childs_writing(library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "sign")
    page = library.pages(piece.id)[0]
    library.update_page(page.id, words="I luv dogs", extras={"grown_up_line": "I love dogs"})
    g = growth(library, writer.id)
    assert g.total_words == 3 and "love" not in g.months[0].new_words
    assert [p.id for p in library.search(writer.id, "love")] == [piece.id]  # a grown-up can still find it


def test_accented_spanish_counts_whole_words_however_it_was_typed() -> None:
    """ñ and accents typed as one character (NFC) or as a letter plus a combining mark
    (NFD, as some keyboards and pasted text give) are the same words: "niño" is one
    word, never "nin" + "o", and "está" is not a different word from "está"."""
    text = "niño está aquí ¿sí?"
    assert words_in(text) == ["niño", "está", "aquí", "sí"]
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    assert words_in(decomposed) == ["niño", "está", "aquí", "sí"]
    assert words_in("¡Hola, MAMÁ! Ñandú") == ["hola", "mamá", "ñandú"]


def test_growth_counts_a_spanish_writers_words(library: Library, writer) -> None:
    library.set_setting("language", "es", writer.id)
    _piece(library, writer.id, "book", "El niño está aquí. ¿Sí?", "2026-10-01T10:00:00+00:00")
    _piece(library, writer.id, "book", unicodedata.normalize("NFD", "el nino y el niño"), "2026-11-01T10:00:00+00:00")
    g = growth(library, writer.id)
    assert g.total_words == 5 + 5
    assert g.months[0].new_words == ["el", "niño", "está", "aquí", "sí"]
    assert g.months[1].new_words == ["nino", "y"]  # the child's own spellings stay apart


def test_a_piece_whose_date_is_not_a_date_counts_but_makes_no_month(library: Library, writer) -> None:
    """A backpack may carry any text as a piece's date (checked only for its length); the
    growth page turned "x" into a month and crashed the grown-up corner (issue 9)."""
    _piece(library, writer.id, "sign", "big dog", "2026-03-01T09:00:00+00:00")
    for created in ("x", "2026-13-01", "", "９９９９-01"):
        _piece(library, writer.id, "sign", "red", created)
    found = growth(library, writer.id)
    assert [m.month for m in found.months] == ["2026-03"]
    assert found.total_pieces == 5 and found.total_words == 6


def test_a_writers_page_texts_are_their_pages_words_and_extras_in_order(library: Library) -> None:
    # What growth reads in one query: the same words and extras the pages have, page order
    # kept, and nothing of another writer's.
    maya = library.add_writer("Maya", "fox")
    ben = library.add_writer("Ben", "cat")
    book = _piece(library, maya.id, "book", "My cat", "2026-01-05T10:00:00")
    library.add_page(book)
    pages = library.pages(book)
    library.update_page(pages[-1].id, words="naps in the sun")
    letter = _piece(library, maya.id, "letter", "Dear Gran", "2026-02-05T10:00:00")
    _piece(library, ben.id, "sign", "Keep out", "2026-02-06T10:00:00")
    texts = library.page_texts(maya.id)
    assert set(texts) == {book, letter}
    for piece_id in (book, letter):
        assert texts[piece_id] == [(page.words, page.extras) for page in library.pages(piece_id)]
    assert [words for words, _ in texts[book]][-1] == "naps in the sun"
