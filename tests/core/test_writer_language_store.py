"""A writer's language: kept on the writer, moved there from the old per-writer setting,
never lost to "use everyone's settings", and carried home in the backpack."""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from nook.core import migrations
from nook.core.backpack import open_backpack, pack
from nook.core.library import Change, Library, What


def test_a_new_writer_starts_with_everyones_language_or_their_own(library: Library) -> None:
    assert library.add_writer("Ana", "fox").language == "en"
    library.set_setting("language", "es")  # everyone's: the grown-up corner's too
    assert library.add_writer("Luis", "owl").language == "es"
    assert library.add_writer("Sam", "cat", language="en").language == "en"
    assert library.add_writer("Bad", "cat", language="../../etc").language == "en"  # not a language code


def test_the_writers_language_is_their_setting_and_survives_everyones_settings(library: Library) -> None:
    ana = library.add_writer("Ana", "fox", language="es")
    seen: list[Change] = []
    library.subscribe(seen.append)
    assert library.setting("language", ana.id) == "es"
    assert library.setting("language") == "en"
    library.set_setting("language", "en", ana.id)
    assert library.writer(ana.id).language == "en"
    assert {c.what for c in seen} >= {What.WRITER, What.SETTING}  # the screens follow it
    library.update_writer(ana.id, language="es")
    library.set_setting("voice_rate", 0.8, ana.id)
    library.use_everyones_settings(ana.id)
    assert library.setting("voice_rate", ana.id) == 1.0
    assert library.setting("language", ana.id) == "es"


def test_the_old_per_writer_language_setting_moves_onto_the_writer(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    db = Database(folder / "library.db")
    migrations.migrate(db, upto=migrations.SEED_BUNDLED)
    for writer_id, name in (("w1", "Ana"), ("w2", "Luis")):
        db.table("writers").insert({"id": writer_id, "name": name, "avatar": "fox", "created": "2026-01-01"})
    db.table("settings").insert({"scope": "", "key": "language", "value": json.dumps("en")})
    db.table("settings").insert({"scope": "w2", "key": "language", "value": json.dumps("es")})
    db.close()
    library = Library.open(folder)
    try:
        assert library.writer("w1").language == "en"
        assert library.writer("w2").language == "es"
        assert library.setting("language") == "en"
        assert library.own_settings("w2") == {}
        kept = library.db.execute("SELECT scope FROM settings WHERE key = 'language'").fetchall()
        assert [tuple(r) for r in kept] == [("",)]
    finally:
        library.close()


def test_the_backpack_carries_the_writers_language(library: Library, tmp_path: Path) -> None:
    luis = library.add_writer("Luis", "owl", language="es")
    sign = library.new_piece(luis.id, "sign")
    library.update_page(library.pages(sign.id)[0].id, words="¡Cuidado!")
    result = pack(library, [sign.id], tmp_path / "Luis.nook")
    (tmp_path / "home").mkdir()
    home = Library.open(tmp_path / "home")
    try:
        open_backpack(home, result.path)
        assert home.writer(luis.id).language == "es"
    finally:
        home.close()
