"""A library made before writers had a language (migration 0004), in a place that cannot
be written (issue 9): it cannot be brought up to date, so it is opened only for looking,
and nothing that reads a writer's language crashes on the missing column."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from nook.core import migrations
from nook.core.backpack import write_backpack
from nook.core.idea_repository import IdeaCardRepository
from nook.core.library import LIBRARY_FILE, Library
from nook.core.notices import Notice
from nook.core.repositories import WordWallRepository
from nook.core.store import Store

BEFORE_LANGUAGE = migrations.SEED_BUNDLED  # the last step an app before 0004 knew
WHEN = "2025-10-02T09:30:00.000000+00:00"


def make_old_library(folder: Path) -> None:
    """The file an app from before 0004 left: Ana in Spanish (the old per-writer setting),
    Leo in everyone's English, and Ana's book with two pages."""
    db = Database(folder / LIBRARY_FILE)
    migrations.migrate(db, upto=BEFORE_LANGUAGE)
    store = Store(db)
    WordWallRepository(store).seed()
    IdeaCardRepository(store).seed()
    for position, (writer_id, name) in enumerate((("ana", "Ana"), ("leo", "Leo"))):
        db.table("writers").insert(
            {"id": writer_id, "name": name, "avatar": "fox", "position": position, "created": "2025-09-01"}
        )
    db.table("settings").insert({"scope": "", "key": "language", "value": json.dumps("en")})
    db.table("settings").insert({"scope": "ana", "key": "language", "value": json.dumps("es")})
    db.table("pieces").insert(
        {"id": "book1", "writer_id": "ana", "kind": "book", "title": "El gato", "created": WHEN, "updated": WHEN}
    )
    for position, words in enumerate(("El gato", "duerme")):
        db.table("pages").insert(
            {
                "id": f"p{position}",
                "piece_id": "book1",
                "position": position,
                "role": "cover" if position == 0 else "page",
                "words": words,
                "picture": "{}",
                "extras": "{}",
                "updated": WHEN,
            }
        )
    db.close()


@pytest.fixture
def old_read_only(data_dir: Path) -> Iterator[Path]:
    """The old library in a real immutable file and folder (as root; else skipped)."""
    make_old_library(data_dir)
    path = data_dir / LIBRARY_FILE
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("needs root and chattr +i to make a library that cannot be written")
    subprocess.run(["chattr", "+i", str(data_dir)], check=True)
    try:
        yield data_dir
    finally:
        subprocess.run(["chattr", "-i", str(data_dir), str(path)], check=True)


def test_an_old_library_that_cannot_be_written_is_opened_for_looking(old_read_only: Path, tmp_path: Path) -> None:
    before = (old_read_only / LIBRARY_FILE).read_bytes()
    library = Library.open(old_read_only)
    try:
        assert library.read_only
        assert library.notice == Notice("read_only", {"path": str(old_read_only / LIBRARY_FILE)})
        assert [(w.name, w.language) for w in library.writers()] == [("Ana", "es"), ("Leo", "en")]
        assert library.writer("ana").language == "es"
        assert library.setting("language", "ana") == "es"
        assert library.setting("language", "leo") == "en"
        assert library.setting("language") == "en"
        assert [p.words for p in library.pages("book1")] == ["El gato", "duerme"]
        # Packing a backpack reads each writer's language: it travels as the old setting said.
        packed = write_backpack(library, ["book1"], tmp_path / "ana.nook")
        assert packed.pieces == 1
    finally:
        library.close()
    assert (old_read_only / LIBRARY_FILE).read_bytes() == before
