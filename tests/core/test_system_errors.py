"""The computer's troubles as kinds a screen can word: real OS and SQLite errors."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from nook.core.system_errors import KINDS, kind_of


def raised(action) -> BaseException:
    with pytest.raises(Exception) as caught:
        action()
    return caught.value


def test_os_errors_by_their_number(tmp_path: Path) -> None:
    assert kind_of(raised(lambda: (tmp_path / "nope.nook").open("rb"))) == "missing"
    assert kind_of(raised(lambda: tmp_path.open("rb"))) == "is_folder"
    (tmp_path / "file").write_text("x")
    assert kind_of(raised(lambda: (tmp_path / "file" / "inside").open("rb"))) == "not_a_folder"
    assert kind_of(raised(lambda: (tmp_path / ("n" * 300)).open("rb"))) == "name_too_long"
    assert kind_of(raised(lambda: (tmp_path / "file").mkdir(parents=True, exist_ok=True))) == "exists"
    for number, kind in (
        (errno.ENOSPC, "full"),
        (errno.EACCES, "not_allowed"),
        (errno.EPERM, "not_allowed"),
        (errno.EROFS, "read_only"),
        (errno.EIO, "disk_error"),
        (errno.ENOENT, "missing"),
        (errno.EPIPE, "other"),
    ):
        assert kind_of(OSError(number, "words")) == kind


def test_sqlite_errors_by_their_code(tmp_path: Path) -> None:
    cannot_open = raised(lambda: sqlite3.connect(tmp_path / "no folder" / "library.db"))
    assert kind_of(cannot_open) == "cannot_open"
    not_a_library = tmp_path / "notes.db"
    not_a_library.write_bytes(b"these are words, not a database" * 100)
    assert kind_of(raised(lambda: sqlite3.connect(not_a_library).execute("SELECT * FROM sqlite_master"))) == (
        "not_a_library"
    )
    holder = sqlite3.connect(tmp_path / "held.db", isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    waiting = sqlite3.connect(tmp_path / "held.db", timeout=0)
    assert kind_of(raised(lambda: waiting.execute("SELECT * FROM t"))) == "locked"
    holder.rollback()
    assert kind_of(sqlite3.OperationalError("attempt to write a readonly database")) == "read_only"


def test_a_fact_raised_from_an_error_has_its_kind() -> None:
    class Fact(Exception):
        pass

    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as error:
            raise Fact("the backup could not be made") from error
    except Fact as fact:
        assert kind_of(fact) == "full"
    assert kind_of(Fact("no error behind it")) == "other"
    assert kind_of(None) == "other"
    assert "other" in KINDS
