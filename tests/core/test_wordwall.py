"""Word banks: seeded starters, a grown-up's own banks and words, the class's names."""

from __future__ import annotations

import json

from nook.assets import asset_path
from nook.core import wordwall
from nook.core.library import Change, Library


def test_starter_banks_are_seeded_once(library: Library, data_dir) -> None:
    starters = json.loads(asset_path("wordwall", "starter_banks.json").read_text())["banks"]
    banks = wordwall.banks(library)
    assert [b.builtin for b in banks] == [b["id"] for b in starters]
    assert {"colours", "family", "animals", "feelings", "school"} <= {b.builtin for b in banks}
    colours = banks[0]
    assert [w.word for w in wordwall.words(library, colours.id)][:3] == ["red", "orange", "yellow"]
    again = Library.open(data_dir)  # opening again seeds nothing twice
    try:
        assert len(wordwall.banks(again)) == len(starters)
        assert wordwall.seed_starter_banks(again.db) == 0
    finally:
        again.close()


def test_grown_up_makes_a_bank_with_words_and_pictures(library: Library) -> None:
    changes: list[Change] = []
    library.subscribe(changes.append)
    bank = wordwall.add_bank(library, "  Dinosaurs  ", "t_rex")
    assert bank.name == "Dinosaurs"
    rex = wordwall.add_word(library, bank.id, "T. rex", "t_rex")
    assert wordwall.add_word(library, bank.id, "   ") is None
    photo = library.put_media(b"\x89PNG fake", "image/png")
    egg = wordwall.add_word(library, bank.id, "egg", wordwall.photo_picture(photo))
    assert rex and egg
    assert [w.word for w in wordwall.words(library, bank.id)] == ["T. rex", "egg"]
    assert wordwall.photo_hash(egg.picture) == photo
    assert wordwall.picture_source(egg.picture) == ("photo", photo)
    assert wordwall.picture_source("t_rex") == ("sticker", "t_rex")
    wordwall.move_word(library, egg.id, 0)
    assert [w.word for w in wordwall.words(library, bank.id)] == ["egg", "T. rex"]
    wordwall.update_word(library, rex.id, word="rex", picture=None)
    assert [(w.word, w.picture) for w in wordwall.words(library, bank.id)][1] == ("rex", None)
    wordwall.remove_word(library, egg.id)
    assert [w.word for w in wordwall.words(library, bank.id)] == ["rex"]
    assert all(c.what == "word_wall" for c in changes) and len(changes) == 6


def test_hidden_banks_leave_the_childs_wall(library: Library) -> None:
    bank = wordwall.banks(library)[0]
    wordwall.update_bank(library, bank.id, hidden=True, name="Colors")
    assert bank.id not in [b.id for b in wordwall.banks(library)]
    hidden = wordwall.bank(library, bank.id)
    assert hidden and hidden.hidden and hidden.name == "Colors"
    wordwall.delete_bank(library, bank.id)
    assert wordwall.bank(library, bank.id) is None
    assert wordwall.words(library, bank.id) == []


def test_class_names_bank_holds_every_writer_once(library: Library) -> None:
    library.add_writer("Maya", "fox")
    library.add_writer("Ben", "cat")
    library.add_writer("", "dog")
    bank = wordwall.add_writer_names(library)
    assert bank.name == wordwall.CLASS_BANK_NAME
    library.add_writer("Zoë", "bear")
    again = wordwall.add_writer_names(library)
    assert again.id == bank.id
    names = wordwall.words(library, bank.id)
    assert [w.word for w in names] == ["Maya", "Ben", "Zoë"]
    assert names[0].picture == "avatar:fox"


def test_rescuing_a_library_does_not_double_the_starter_banks(library: Library, data_dir) -> None:
    from nook.core.recovery import salvage

    mine = wordwall.add_bank(library, "Dinosaurs")
    wordwall.add_word(library, mine.id, "raptor")
    count = len(wordwall.banks(library))
    library.close()
    rescued, _kept, _rows = salvage(data_dir)
    try:
        names = [b.name for b in wordwall.banks(rescued)]
        assert len(names) == count and names.count("Colours") == 1
        dinosaurs = [b for b in wordwall.banks(rescued) if b.name == "Dinosaurs"][0]
        assert [w.word for w in wordwall.words(rescued, dinosaurs.id)] == ["raptor"]
    finally:
        rescued.close()
