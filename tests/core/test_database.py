"""The library's connection behaves as sqlite-utils' Database did for what it does itself
(statements, rows, transactions), and hands the rest to sqlite-utils on the same file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nook.core.database import Database, first_keyword
from nook.core.library import Library

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(sqlite3.connect(tmp_path / "t.db"))
    database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    return database


def rows_seen_by_another_connection(tmp_path: Path) -> list[tuple[int, str]]:
    other = sqlite3.connect(tmp_path / "t.db")
    try:
        return other.execute("SELECT id, name FROM t ORDER BY id").fetchall()
    finally:
        other.close()


def test_a_write_outside_a_transaction_is_committed_at_once(db: Database, tmp_path: Path) -> None:
    db.execute("INSERT INTO t (id, name) VALUES (?, ?)", [1, "fox"])
    assert not db.conn.in_transaction
    assert rows_seen_by_another_connection(tmp_path) == [(1, "fox")]


def test_a_failed_write_leaves_no_transaction_open(db: Database, tmp_path: Path) -> None:
    db.execute("INSERT INTO t (id, name) VALUES (1, 'fox')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (id, name) VALUES (1, 'again')")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO t (id, name) VALUES (2, 'owl')")
    assert rows_seen_by_another_connection(tmp_path) == [(1, "fox"), (2, "owl")]


def test_rows_are_dictionaries_and_a_repeated_column_is_kept(db: Database) -> None:
    db.execute("INSERT INTO t (id, name) VALUES (1, 'fox')")
    assert list(db.query("SELECT * FROM t")) == [{"id": 1, "name": "fox"}]
    assert list(db.query("SELECT name, name, id AS name_2 FROM t")) == [{"name": "fox", "name_3": "fox", "name_2": 1}]
    with pytest.raises(ValueError):
        list(db.query("PRAGMA user_version = 3"))


def test_atomic_stores_all_or_nothing_and_nests(db: Database, tmp_path: Path) -> None:
    with db.atomic():
        db.execute("INSERT INTO t (id, name) VALUES (1, 'fox')")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t (id, name) VALUES (2, 'owl')")
            raise RuntimeError("the inner block fails")
        assert db.conn.in_transaction
    assert rows_seen_by_another_connection(tmp_path) == [(1, "fox")]
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t (id, name) VALUES (3, 'cat')")
        raise RuntimeError("the whole block fails")
    assert not db.conn.in_transaction
    assert rows_seen_by_another_connection(tmp_path) == [(1, "fox")]


def test_the_rest_is_sqlite_utils_on_the_same_connection(db: Database, tmp_path: Path) -> None:
    db.table("t").insert({"id": 5, "name": "bee"})
    db["t"].upsert({"id": 5, "name": "wasp"}, pk="id")
    assert db.table_names() == ["t"]
    assert db.utils.conn is db.conn
    assert rows_seen_by_another_connection(tmp_path) == [(5, "wasp")]


def test_first_keyword_skips_comments_and_spaces() -> None:
    assert first_keyword("  -- a note\n /* more */ select 1") == "SELECT"
    assert first_keyword(";\ufeffInsert into t") == "INSERT"
    assert first_keyword("-- only a note") == ""


def test_opening_a_library_and_reading_its_shelf_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    # Its import (click, pluggy, dateutil behind it) was ~60 ms of every start.
    library = Library.open(tmp_path)
    writer = library.add_writer("Maya", "fox")
    library.new_piece(writer.id, "book")
    library.close()
    code = (
        "import sys\n"
        "from nook.core.library import Library\n"
        "library = Library.open(sys.argv[1])\n"
        "writer = library.writers()[0]\n"
        "assert len(library.pieces(writer.id)) == 1\n"
        "library.set_state('last_writer', writer.id)\n"
        "library.close()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert found.stdout.strip() == "False"
