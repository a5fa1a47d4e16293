"""Rescuing what can be read from a damaged library file, so nothing is thrown away."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from nook.core.library import LIBRARY_FILE, Library

# Parents before children, so foreign keys hold while rows are copied back.
TABLES = (
    "writers",
    "pieces",
    "pages",
    "media",
    "settings",
    "word_banks",
    "word_bank_words",
    "idea_cards",
    "backpack_sync",
    "backpack_seen",
    "backpack_writers",
)


def set_aside(data_dir: Path) -> Path:
    """Move a damaged library (and its WAL files) aside, never deleting it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = data_dir / f"{LIBRARY_FILE}.damaged-{stamp}"
    source = data_dir / LIBRARY_FILE
    shutil.move(str(source), str(kept))
    for suffix in ("-wal", "-shm"):
        side = data_dir / f"{LIBRARY_FILE}{suffix}"
        if side.exists():
            shutil.move(str(side), str(kept) + suffix)
    return kept


def salvage(data_dir: Path) -> tuple[Library, Path, dict[str, int]]:
    """Set the damaged file aside, open a fresh library, copy back every row it can read.

    Returns the new library, where the damaged file was kept, and rows rescued per table.
    """
    kept = set_aside(data_dir)
    library = Library.open(data_dir)
    try:
        old = sqlite3.connect(f"file:{kept}?mode=ro", uri=True)
    except sqlite3.Error:
        return library, kept, {}
    try:
        rows = {table: _read_table(old, table) for table in TABLES}
    finally:
        old.close()
    return library, kept, library.take_rescued_rows(rows)


def _read_table(old: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple[object, ...]]]:
    """Every row of `table` that can still be read (stops at the first damaged one)."""
    found: list[tuple[object, ...]] = []
    try:
        columns = [row[1] for row in old.execute(f"PRAGMA table_info({table})")]
        cursor = old.execute(f"SELECT * FROM {table}")
    except sqlite3.DatabaseError:
        return [], []
    while True:
        try:
            row = cursor.fetchone()
        except sqlite3.DatabaseError:
            break
        if row is None:
            break
        found.append(tuple(row))
    return columns, found
