"""Rescuing what can be read from a damaged library file, so nothing is thrown away.

A new library is made and filled beside the damaged one first; only when that has
worked is the damaged file renamed aside (never deleted) and the new one put in its
place. A full disk part way leaves the damaged file exactly where it was.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from nook.core import opening, reading_damaged
from nook.core.library import LIBRARY_FILE, Library, LibraryDiskFull, LibraryRefused

# Parents before children, so foreign keys hold while rows are copied back.
TABLES = (
    "writers",
    "pieces",
    "pages",
    "page_pictures",
    "page_strokes",
    "media",
    "settings",
    "word_banks",
    "word_bank_words",
    "idea_cards",
    "idea_card_words",
    "backpack_sync",
    "backpack_seen",
    "backpack_writers",
)


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def set_aside(data_dir: Path, label: str = "damaged") -> Path:
    """Rename the library (and its WAL files) aside, never deleting it; returns where it went."""
    base = f"{LIBRARY_FILE}.{label}-{_stamp()}"
    kept = data_dir / base
    n = 1
    while kept.exists():
        n += 1
        kept = data_dir / f"{base}-{n}"
    os.replace(data_dir / LIBRARY_FILE, kept)
    for suffix in ("-wal", "-shm"):
        side = data_dir / f"{LIBRARY_FILE}{suffix}"
        if side.exists():
            os.replace(side, str(kept) + suffix)
    return kept


def salvage(data_dir: Path) -> tuple[Library, Path, dict[str, int]]:
    """Rescue a damaged library: everything readable goes into a new library made beside it.

    The damaged file is set aside only once the new library has been made and filled, and
    it is renamed, never deleted. A full disk (or another failure while making the new
    one) leaves the damaged file where it was and raises LibraryDiskFull (or
    LibraryRefused). Returns the new library, where the damaged file was kept, and rows
    rescued per table.
    """
    data_dir = Path(data_dir)
    work = data_dir / f".rescue-{_stamp()}"
    source = data_dir / LIBRARY_FILE
    try:
        rescued = _rescue_into(source, work)
        kept = set_aside(data_dir)
        os.replace(work / LIBRARY_FILE, source)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise LibraryDiskFull("full", source) from exc
        raise LibraryRefused("rescue_failed", source, str(exc)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return Library.open(data_dir), kept, rescued


def _rescue_into(source: Path, work: Path) -> dict[str, int]:
    """Make a fresh library in `work` holding every row readable from `source`."""
    copy = reading_damaged.copy_with_sides(source, work / "copy")
    if not reading_damaged.repair_header(copy):
        _fold_wal(copy)
    try:
        library = Library.open(work)
    except LibraryDiskFull as full:
        raise OSError(errno.ENOSPC, str(full)) from full
    try:
        tables = library.db.table_names()
        columns = {t: list(library.db.table(t).columns_dict) for t in TABLES if t in tables}
        # Rows the page reader decodes, then SQLite's own reading where it can (it wins).
        rows = reading_damaged.read_pages(copy, columns, reading_damaged.shapes(library.db.conn))
        old = reading_damaged.open_readable(copy)
        if old is not None:
            for table in columns:
                rows.setdefault(table, {}).update(reading_damaged.read_table(old, table))
            old.close()
        found = {
            table: (names, [tuple(row.get(c) for c in names) for row in rows.get(table, {}).values()])
            for table, names in columns.items()
        }
        rescued = library.take_rescued_rows(found)
        library.set_state(opening.RESCUE_NEXT_START, None)  # asked for, and done
    except sqlite3.Error as exc:
        library.close()
        if opening.primary_code(exc) == opening.SQLITE_FULL:
            raise OSError(errno.ENOSPC, "disk full") from exc
        raise
    library.close()
    return rescued


def _fold_wal(copy: Path) -> None:
    """Let SQLite fold the copy's WAL into it, so the page reader sees the newest pages."""
    try:
        conn = sqlite3.connect(copy)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
    except sqlite3.Error:
        pass
