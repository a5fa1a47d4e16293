"""Word banks: seeded starters, a grown-up's own banks and words, the class's names."""

from __future__ import annotations

import json

from nook.assets import asset_path
from nook.core import word_wall
from nook.core.library import Change, Library, What


def test_starter_banks_are_seeded_once(library: Library, data_dir) -> None:
    starters = json.loads(asset_path("word_wall", "starter_banks.json").read_text())["banks"]
    banks = word_wall.banks(library)
    assert [b.builtin for b in banks] == [b["id"] for b in starters]
    assert {"colours", "family", "animals", "feelings", "school"} <= {b.builtin for b in banks}
    colours = banks[0]
    assert [w.word for w in word_wall.words(library, colours.id)][:3] == ["red", "orange", "yellow"]
    again = Library.open(data_dir)  # opening again seeds nothing twice
    try:
        assert len(word_wall.banks(again)) == len(starters)
        assert again.word_wall.seed() == 0
    finally:
        again.close()


def test_grown_up_makes_a_bank_with_words_and_pictures(library: Library) -> None:
    changes: list[Change] = []
    library.subscribe(changes.append)
    bank = word_wall.add_bank(library, "  Dinosaurs  ", "t_rex")
    assert bank.name == "Dinosaurs"
    rex = word_wall.add_word(library, bank.id, "T. rex", "t_rex")
    assert word_wall.add_word(library, bank.id, "   ") is None
    photo = library.put_media(b"\x89PNG fake", "image/png")
    egg = word_wall.add_word(library, bank.id, "egg", word_wall.photo_picture(photo))
    assert rex and egg
    assert [w.word for w in word_wall.words(library, bank.id)] == ["T. rex", "egg"]
    assert word_wall.photo_hash(egg.picture) == photo
    assert word_wall.picture_source(egg.picture) == ("photo", photo)
    assert word_wall.picture_source("t_rex") == ("sticker", "t_rex")
    word_wall.move_word(library, egg.id, 0)
    assert [w.word for w in word_wall.words(library, bank.id)] == ["egg", "T. rex"]
    word_wall.update_word(library, rex.id, word="rex", picture=None)
    assert [(w.word, w.picture) for w in word_wall.words(library, bank.id)][1] == ("rex", None)
    word_wall.remove_word(library, egg.id)
    assert [w.word for w in word_wall.words(library, bank.id)] == ["rex"]
    assert all(c.what is What.WORD_WALL for c in changes) and len(changes) == 6


def test_hidden_banks_leave_the_childs_wall(library: Library) -> None:
    bank = word_wall.banks(library)[0]
    word_wall.update_bank(library, bank.id, hidden=True, name="Colors")
    assert bank.id not in [b.id for b in word_wall.banks(library)]
    hidden = word_wall.bank(library, bank.id)
    assert hidden and hidden.hidden and hidden.name == "Colors"
    word_wall.delete_bank(library, bank.id)
    assert word_wall.bank(library, bank.id) is None
    assert word_wall.words(library, bank.id) == []


def test_class_names_bank_holds_every_writer_once(library: Library) -> None:
    library.add_writer("Maya", "fox")
    library.add_writer("Ben", "cat")
    library.add_writer("", "dog")
    bank = word_wall.add_writer_names(library)
    assert bank.name == word_wall.CLASS_BANK_NAME
    library.add_writer("Zoë", "bear")
    again = word_wall.add_writer_names(library)
    assert again.id == bank.id
    names = word_wall.words(library, bank.id)
    assert [w.word for w in names] == ["Maya", "Ben", "Zoë"]
    assert names[0].picture == "avatar:fox"


def test_rescuing_a_library_does_not_double_the_starter_banks(library: Library, data_dir) -> None:
    from nook.core.recovery import salvage

    mine = word_wall.add_bank(library, "Dinosaurs")
    word_wall.add_word(library, mine.id, "raptor")
    count = len(word_wall.banks(library))
    library.close()
    rescued, _kept, _rows = salvage(data_dir)
    try:
        names = [b.name for b in word_wall.banks(rescued)]
        assert len(names) == count and names.count("Colours") == 1
        dinosaurs = [b for b in word_wall.banks(rescued) if b.name == "Dinosaurs"][0]
        assert [w.word for w in word_wall.words(rescued, dinosaurs.id)] == ["raptor"]
    finally:
        rescued.close()
