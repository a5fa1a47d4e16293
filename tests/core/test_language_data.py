"""Bundled data in a writer's language: sticker names and search, idea cards, starter
banks and a new letter's greeting and closing, with English where a language has none."""

from __future__ import annotations

from nook.core import ideas, language_data, word_wall
from nook.core.library import Change, Library, What
from nook.core.piece_text import title_from


def names(found: list[language_data.Sticker]) -> list[str]:
    return [s.name for s in found]


def test_codes_go_from_the_most_specific_to_the_language() -> None:
    assert language_data.codes("es-419") == ["es-419", "es"]
    assert language_data.codes("ES_mx") == ["es-mx", "es"]
    assert language_data.codes(None) == ["en"]
    assert language_data.data_language(language_data.STICKERS, "es-419") == "es"
    assert language_data.data_language(language_data.STICKERS, "vi") == "en"  # no Vietnamese yet


def test_spanish_sticker_search_finds_spanish_words_with_and_without_accents() -> None:
    for typed in ("árbol", "arbol", "ÁRBOL", "Arb"):
        found = names(language_data.find_stickers(typed, "es"))
        assert found[0] == "árbol", typed  # the sticker named so comes first
        assert "árbol de Navidad" in found
    assert names(language_data.find_stickers("nino", "es-419"))[:2] == ["niño o niña", "niño"]
    assert "pingüino" in names(language_data.find_stickers("pinguino", "es"))
    assert "corazón rojo" in names(language_data.find_stickers("corazon rojo", "es"))
    assert "oso polar" in names(language_data.find_stickers("oso blanco", "es"))  # a search word
    assert language_data.find_stickers("elephant", "es") == []  # Spanish writers search in Spanish
    assert names(language_data.find_stickers("elefante", "es")) == ["elefante"]


def test_english_search_is_as_it_was() -> None:
    assert names(language_data.find_stickers("cat", "en"))[:2] == ["cat", "cat face"]
    assert language_data.find_stickers("gato", "en") == []


def test_catalogue_names_categories_and_stickers_in_the_language() -> None:
    spanish = language_data.sticker_catalogue("es-419")
    english = language_data.sticker_catalogue("en")
    assert spanish.language == "es" and english.language == "en"
    assert [c.id for c in spanish.categories] == [c.id for c in english.categories]
    assert spanish.categories[0].name == "Animales"
    assert spanish.by_id("cat").name == "gato" and english.by_id("cat").name == "cat"
    assert [s.file for s in spanish.stickers] == [s.file for s in english.stickers]
    # A language with no sticker file is English, not empty.
    assert language_data.sticker_catalogue("fr").by_id("cat").name == "cat"


def test_bundled_cards_speak_the_writers_language_and_a_grown_ups_words_stay(library: Library) -> None:
    card = ideas.card(library, "pet_book")
    assert card is not None and card.text == "Make a book about your pet"
    assert language_data.card_text(card.builtin, card.text, "es") == "Haz un libro sobre tu mascota"
    assert language_data.card_text(card.builtin, card.text, "en") == card.text
    ideas.update_card(library, "pet_book", text="Make a book about our class hamster")
    changed = ideas.card(library, "pet_book")
    assert language_data.card_text(changed.builtin, changed.text, "es") == "Make a book about our class hamster"
    own = ideas.add_card(library, "list", "Lista de la clase")
    assert language_data.card_text(own.builtin, own.text, "es") == "Lista de la clase"


def test_a_spanish_writer_gets_spanish_starter_banks_once(library: Library, writer) -> None:
    changes: list[Change] = []
    library.subscribe(changes.append)
    english = word_wall.banks_for_language(library, "en")
    assert [b.name for b in english] == ["Colours", "Family", "Animals", "Feelings", "School"]
    assert [b.name for b in word_wall.banks_for_language(library, "es")] == [b.name for b in english]  # none yet

    library.set_setting("language", "es", writer.id)
    assert What.WORD_WALL in [c.what for c in changes]
    spanish = word_wall.banks_for_language(library, "es-419")
    assert [b.name for b in spanish] == ["Colores", "Familia", "Animales", "Emociones", "Escuela"]
    assert [b.builtin for b in spanish] == ["es:colours", "es:family", "es:animals", "es:feelings", "es:school"]
    assert [w.word for w in word_wall.words(library, spanish[0].id)][:3] == ["rojo", "naranja", "amarillo"]
    feelings = [w.word for w in word_wall.words(library, spanish[3].id)]
    assert {"enojado", "enojada", "feliz"} <= set(feelings)
    # English writers still see the English banks only; a grown-up's own bank is everyone's.
    own = word_wall.add_bank(library, "Nombres")
    assert [b.name for b in word_wall.banks_for_language(library, "en")] == [*[b.name for b in english], "Nombres"]
    assert word_wall.banks_for_language(library, "es")[-1].id == own.id

    # Deleted by a grown-up: a second Spanish writer does not bring them back.
    for bank in spanish:
        word_wall.delete_bank(library, bank.id)
    other = library.add_writer("Sofía", "cat")
    library.set_setting("language", "es", other.id)
    assert library.word_wall.seed_language("es") == 0
    assert all(word_wall.bank_language(b) != "es" for b in word_wall.banks(library, include_hidden=True))


def test_a_language_without_banks_of_its_own_adds_none(library: Library, writer) -> None:
    library.set_setting("language", "vi", writer.id)
    assert len(word_wall.banks(library)) == 5
    assert [b.name for b in word_wall.banks_for_language(library, "vi")][0] == "Colours"


def test_a_spanish_writers_letter_starts_in_spanish(library: Library, writer) -> None:
    library.set_setting("language", "es", writer.id)
    letter = library.new_piece(writer.id, "letter")
    extras = library.pages(letter.id)[0].extras
    assert extras["greeting"] == "Hola, "
    assert extras["closing"] == "Con cariño,\nMaya"
    english_writer = library.add_writer("Leo", "robot")
    extras = library.pages(library.new_piece(english_writer.id, "letter").id)[0].extras
    assert extras == {"greeting": "Dear ", "closing": "Love,\nLeo"}
    nameless = library.add_writer("", "cat")
    library.set_setting("language", "es", nameless.id)
    assert library.pages(library.new_piece(nameless.id, "letter").id)[0].extras["closing"] == "Con cariño,"


def test_an_untouched_greeting_never_names_a_letter() -> None:
    assert title_from(["Hola, ", "Te quiero mucho"]) == "Te quiero mucho"
    assert title_from(["Dear ", "I miss you"]) == "I miss you"
    assert title_from(["Hola, abuela", "Te quiero"]) == "Hola, abuela"


def test_a_writer_made_in_spanish_brings_the_spanish_banks(library: Library) -> None:
    library.add_writer("Sofía", "cat", language="es")
    assert [b.name for b in word_wall.banks_for_language(library, "es")][:2] == ["Colores", "Familia"]
    assert library.word_wall.seeded_languages() == ["en", "es"]


def test_a_sticker_is_found_by_its_id_without_hashing_the_catalogue(monkeypatch) -> None:
    """Found by profiling the grown-up corner, 2.2 s to open at load 10: its sticker
    pickers looked up 1,216 stickers, and each look-up hashed the whole catalogue (every
    sticker and its words) to find its index in a cache. The sticker box and the
    avatars look stickers up the same way."""
    catalogue = language_data.sticker_catalogue(language_data.ENGLISH)
    catalogue.by_id(catalogue.stickers[0].id)  # the index is made once
    hashed = []
    sticker_hash = language_data.Sticker.__hash__
    monkeypatch.setattr(language_data.Sticker, "__hash__", lambda s: hashed.append(s) or sticker_hash(s))
    for sticker in catalogue.stickers[:50]:
        assert catalogue.by_id(sticker.id) is sticker
    assert catalogue.by_id("no such sticker") is None
    assert hashed == []
