"""Schema migrations, the data folder, damaged files, and the core's independence from Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from nook.core import migrations
from nook.core.library import LIBRARY_FILE, Library, LibraryDamaged
from nook.core.paths import DATA_DIR_ENV, DataDirError, ensure_writable, resolve_data_dir
from nook.core.recovery import salvage


def test_a_library_made_by_the_first_migration_is_upgraded(data_dir: Path) -> None:
    db = Database(data_dir / LIBRARY_FILE)
    first = migrations.MIGRATIONS[0][0]
    assert migrations.migrate(db, upto=first) == [first]
    db.execute("INSERT INTO writers (id, name, avatar, created) VALUES ('w1', 'Old', 'fox', '2020')")
    db.conn.commit()
    db.close()
    library = Library.open(data_dir)
    try:
        assert migrations.pending(library.db) == []
        assert migrations.applied(library.db) == [name for name, _ in migrations.MIGRATIONS]
        assert library.writer("w1").name == "Old"
    finally:
        library.close()


def test_opening_twice_runs_no_migration_again(data_dir: Path) -> None:
    Library.open(data_dir).close()
    library = Library.open(data_dir)
    try:
        assert migrations.migrate(library.db) == []
    finally:
        library.close()


def test_a_failing_migration_leaves_no_half_schema(data_dir: Path) -> None:
    db = Database(data_dir / "half.db")

    def broken(db: Database) -> None:
        db["temporary"].create({"id": int}, pk="id")
        raise RuntimeError("boom")

    migrations.MIGRATIONS.append(("9999_broken", broken))
    try:
        with pytest.raises(RuntimeError):
            migrations.migrate(db)
    finally:
        migrations.MIGRATIONS.pop()
    assert "temporary" not in db.table_names()
    assert "9999_broken" not in migrations.applied(db)


def test_data_dir_comes_from_flag_then_env_then_platform(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv(DATA_DIR_ENV)
    assert "WritingNook" in str(resolve_data_dir(None))


def test_a_folder_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirError):
        ensure_writable(blocker / "library")
    if os.geteuid() != 0:  # root can write anywhere; the file case above covers root
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(DataDirError):
            ensure_writable(locked)


def test_a_damaged_library_is_kept_and_what_is_readable_rescued(data_dir: Path) -> None:
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[1].id, words="rescue me")
    library.close()
    path = data_dir / LIBRARY_FILE
    raw = bytearray(path.read_bytes())
    raw[0:16] = b"garbage garbage!"  # the header: SQLite no longer knows the file
    path.write_bytes(bytes(raw))
    with pytest.raises(LibraryDamaged):
        Library.open(data_dir)
    rescued, kept, counts = salvage(data_dir)
    try:
        assert kept.exists() and kept.read_bytes() == bytes(raw)
        # The header is rebuilt on a copy, so the rows behind it come back.
        assert [w.name for w in rescued.writers()] == ["Maya"]
        assert counts["pieces"] == 1 and [p.title for p in rescued.search(writer.id, "rescue")] == ["rescue me"]
    finally:
        rescued.close()


def test_salvage_copies_rows_from_a_readable_old_file(data_dir: Path) -> None:
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[1].id, words="rescue me")
    library.close()
    rescued, kept, counts = salvage(data_dir)
    try:
        assert counts["pieces"] == 1 and counts["pages"] == 2
        assert [p.title for p in rescued.search(writer.id, "rescue")] == ["rescue me"]
        assert kept.name.startswith(LIBRARY_FILE + ".damaged-")
    finally:
        rescued.close()


def test_the_core_imports_no_qt() -> None:
    code = (
        "import sys, nook.core.library, nook.core.recovery, nook.core.settings, nook.core.paths, nook.assets\n"
        "import pkgutil, importlib, nook.core\n"
        "for m in pkgutil.walk_packages(nook.core.__path__, 'nook.core.'): importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_salvage_keeps_a_grown_ups_word_banks_and_cards_over_the_starter_ones(data_dir: Path) -> None:
    library = Library.open(data_dir)
    bank_id, bank_name = library.db.execute("SELECT id, name FROM word_banks ORDER BY position LIMIT 1").fetchone()
    card_id = library.db.execute("SELECT id FROM idea_cards LIMIT 1").fetchone()[0]
    counts = [library.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("word_banks", "idea_cards")]
    library.db.execute("UPDATE word_banks SET name = 'Our pets' WHERE id = ?", [bank_id])
    library.db.execute("UPDATE idea_cards SET hidden = 1 WHERE id = ?", [card_id])
    library.db.conn.commit()
    library.close()
    rescued, _kept, _counts = salvage(data_dir)
    try:
        assert rescued.db.execute("SELECT name FROM word_banks WHERE id = ?", [bank_id]).fetchone()[0] == "Our pets"
        assert rescued.db.execute("SELECT hidden FROM idea_cards WHERE id = ?", [card_id]).fetchone()[0] == 1
        again = [rescued.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("word_banks", "idea_cards")]
        assert again == counts and bank_name != "Our pets"
    finally:
        rescued.close()
