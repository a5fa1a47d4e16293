"""The library's connection: what every start needs straight from SQLite, the rest
from sqlite-utils, imported the first time it is used.

Opening the library and filling the first shelf only run statements and read rows
(`execute`, `query`, `atomic`, `table_names`); importing sqlite-utils (with click,
pluggy and dateutil behind it) took ~60 ms of every start, before a child saw anything.
So those are done here the way sqlite-utils does them, and `table()` and everything
else hand over to a sqlite-utils `Database` on the same connection, made when first
asked for (`warm()` makes it once the first screen is up, so the first edit does not
wait for the import). No Qt.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database as UtilsDatabase
    from sqlite_utils.db import Table

Parameters = Sequence[Any] | dict[str, Any] | None

# Statements that end or open transactions themselves: `execute` leaves them be.
TRANSACTION_CONTROL = frozenset({"BEGIN", "SAVEPOINT", "ROLLBACK", "END", "COMMIT", "RELEASE"})
_SAVEPOINTS = itertools.count(1)  # names unique within the process
NOT_ROWS = "query() can only be used with SQL that returns rows - use execute() for other statements"


def first_keyword(sql: str) -> str:
    """The statement's first keyword, upper case (after spaces, `;` and comments)."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def unique_keys(keys: Iterable[str]) -> list[str]:
    """Column names made unique as sqlite-utils makes them: a repeat gets _2, _3 ..."""
    keys = list(keys)
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    result = []
    for key in keys:
        if key in seen:
            new_key, suffix = key, 2
            while new_key in seen or new_key in taken:
                new_key = f"{key}_{suffix}"
                suffix += 1
            key = new_key
        seen.add(key)
        result.append(key)
    return result


class Database:
    """One SQLite connection, used as sqlite-utils' `Database` is (no plugins, recursive
    triggers on); sqlite-utils itself only for what needs it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: UtilsDatabase | None = None
        self.execute("PRAGMA recursive_triggers=on;")

    def execute(self, sql: str, parameters: Parameters = None) -> sqlite3.Cursor:
        """Run one statement. A write outside a transaction is committed at once (an
        implicit transaction is never left open); one that fails is rolled back."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and first_keyword(sql) not in TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: Parameters = None) -> Iterator[dict[str, Any]]:
        """The rows of a statement that returns rows, as dictionaries (read as iterated)."""
        if first_keyword(sql) not in ("SELECT", "WITH", "VALUES", "PRAGMA"):
            # Writes with RETURNING and the like: sqlite-utils' own guarded way.
            return self.utils.query(sql, params)
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError(NOT_ROWS)
        keys = unique_keys(column[0] for column in cursor.description)
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [row[0] for row in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """Statements stored together or not at all; a nested block is a savepoint."""
        if self.conn.in_transaction:
            savepoint = f"nook_{next(_SAVEPOINTS)}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                # An error (a RAISE(ROLLBACK) trigger) may have ended the transaction already.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    @property
    def utils(self) -> UtilsDatabase:
        """sqlite-utils' `Database` on this connection (imported the first time)."""
        if self._utils is None:
            from sqlite_utils import Database as UtilsDatabase

            # Recursive triggers are on already; no plugins: looking scans every package.
            self._utils = UtilsDatabase(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._utils

    def warm(self) -> None:
        """Import sqlite-utils now (after the first paint), not at a child's first edit."""
        self.utils  # noqa: B018 - made for its side effect

    def table(self, name: str, **kwargs: Any) -> Table:
        return self.utils.table(name, **kwargs)

    def __getitem__(self, name: str) -> Table:
        return self.utils.table(name)

    def __getattr__(self, name: str) -> Any:
        # Everything else sqlite-utils offers (only reached for names not defined here).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.utils, name)
