"""Reading what is still readable from a damaged SQLite file, row by row and page-tolerant.

Two readers, whose rows are merged (SQLite's own wins for a row both can read): SQLite
reading each table by rowid ranges, stepping over ranges that fail; and our page reader
(`nook.core.page_reader`), which decodes rows straight from the b-tree pages for a file
SQLite refuses. A damaged 100-byte header is rebuilt first (on a copy), since without it
SQLite refuses the whole file. The original file is never written. No Qt here.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
from pathlib import Path

from nook.core import page_reader
from nook.core.opening import tolerant_text

MAGIC = b"SQLite format 3\x00"
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)


def copy_with_sides(source: Path, folder: Path) -> Path:
    """Copy a library and its WAL beside it into `folder` (we work on copies only)."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "damaged.db"
    shutil.copyfile(source, copy)
    wal = source.with_name(source.name + "-wal")
    if wal.is_file():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    return copy


def header_is_sound(data: bytes) -> bool:
    if len(data) < 100 or not data.startswith(MAGIC):
        return False
    size = struct.unpack(">H", data[16:18])[0]
    size = 65536 if size == 1 else size
    return size in PAGE_SIZES and data[21:24] == b"\x40\x20\x20"


def guess_page_size(data: bytes) -> int:
    """The page size at which the most rows can be read (the header that said it is lost)."""
    scores = {size: page_reader.readable_rows(data, size) for size in PAGE_SIZES if size < len(data)}
    return max(scores, key=lambda size: scores[size]) if scores else 4096


def rebuilt_header(data: bytes) -> bytes:
    """A fresh 100-byte header for `data`: page size guessed, UTF-8, the legacy (rollback) format."""
    size = guess_page_size(data)
    pages = max(1, len(data) // size)
    header = bytearray(100)
    header[0:16] = MAGIC
    header[16:18] = struct.pack(">H", 1 if size == 65536 else size)
    header[18] = 1  # rollback journal: a WAL header would send SQLite to a -wal we may not have
    header[19] = 1
    header[21:24] = b"\x40\x20\x20"
    header[24:28] = struct.pack(">I", 1)
    header[28:32] = struct.pack(">I", pages)
    header[40:44] = struct.pack(">I", 1)  # schema cookie
    header[44:48] = struct.pack(">I", 4)  # schema format
    header[56:60] = struct.pack(">I", 1)  # UTF-8
    header[92:96] = struct.pack(">I", 1)
    header[96:100] = struct.pack(">I", sqlite3.sqlite_version_info[0] * 1_000_000)
    return bytes(header)


def repair_header(copy: Path) -> bool:
    """Rebuild the header of `copy` in place if it is damaged; True if it was."""
    with copy.open("rb+") as handle:
        data = handle.read()
        if header_is_sound(data):
            return False
        handle.seek(0)
        handle.write(rebuilt_header(data))
    wal = copy.with_name(copy.name + "-wal")
    if wal.exists():
        wal.unlink()  # the WAL belongs to a header we no longer trust
    return True


def open_readable(path: Path) -> sqlite3.Connection | None:
    try:
        conn = sqlite3.connect(path)
        conn.text_factory = tolerant_text
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        return None
    return conn


def read_table(conn: sqlite3.Connection, table: str) -> dict[int, dict[str, object]]:
    """Every row of `table` SQLite can read (rowid -> column -> value), stepping around damage."""
    try:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    except sqlite3.DatabaseError:
        return {}
    try:
        rows = {int(r[0]): tuple(r[1:]) for r in conn.execute(f"SELECT rowid, * FROM {table}")}
    except sqlite3.DatabaseError:
        rows = _read_around_damage(conn, table)
    return {rowid: dict(zip(columns, row, strict=False)) for rowid, row in rows.items()}


def shapes(conn: sqlite3.Connection) -> dict[str, page_reader.Shape]:
    """The shape of each table with rows in the library at `conn` (page_reader.fits): the
    kind of value each column holds, by SQLite's rules for its declared type, and NOT NULL."""
    found: dict[str, page_reader.Shape] = {}
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall():
        text = str(sql or "").upper()
        if text.startswith("CREATE VIRTUAL") or "WITHOUT ROWID" in text:
            continue  # no rows on table pages of their own
        columns = conn.execute(f"PRAGMA table_info({_quoted(name)})").fetchall()
        keys = [c for c in columns if c[5]]
        found[name] = [_kind(c[2], bool(c[5]) and len(keys) == 1, bool(c[3])) for c in columns]
    return found


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _kind(declared: str, only_key: bool, not_null: bool) -> tuple[str, bool]:
    """A column's kind of value (SQLite's type affinity) and whether NULL is refused."""
    upper = (declared or "").upper()
    if only_key and upper == "INTEGER":
        return "rowid", False  # the rowid itself: NULL in the stored row
    if "INT" in upper:
        return "int", not_null
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return "text", not_null
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return "real", not_null
    return "any", not_null  # BLOB, no type, NUMERIC: any value


def read_pages(
    path: Path, tables: dict[str, list[str]], table_shapes: dict[str, page_reader.Shape] | None = None
) -> dict[str, dict[int, dict[str, object]]]:
    """Rows of each table decoded from the pages of `path`, named by the columns given
    (`table_shapes`, of every table, tells apart tables of one width: see `shapes`)."""
    data = path.read_bytes()[:100]
    size = struct.unpack(">H", data[16:18])[0] if len(data) >= 18 else 0
    size = 65536 if size == 1 else size
    try:
        found = page_reader.read_tables(path, size, {name: len(cols) for name, cols in tables.items()}, table_shapes)
    except (OSError, ValueError, struct.error):
        return {}
    named: dict[str, dict[int, dict[str, object]]] = {}
    for name, rows in found.items():
        columns = tables[name]
        named[name] = {rowid: dict(zip(columns, row, strict=False)) for rowid, row in rows.items()}
        shape = (table_shapes or {}).get(name, [])
        for column, (kind, _required) in zip(columns, shape, strict=False):
            if kind == "rowid":  # stored as NULL: the row's own rowid is its value
                for rowid, row in named[name].items():
                    row[column] = rowid
    return named


def _read_around_damage(conn: sqlite3.Connection, table: str) -> dict[int, tuple[object, ...]]:
    found: dict[int, tuple[object, ...]] = {}
    try:
        top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    limit = max(int(top or 0), 1_000_000 if top is None else 0)
    rowid, step = 0, 1
    while rowid <= limit:
        try:
            rows = conn.execute(
                f"SELECT rowid, * FROM {table} WHERE rowid >= ? ORDER BY rowid LIMIT 64", [rowid]
            ).fetchall()
        except sqlite3.DatabaseError:
            rowid += step  # skip the damaged range, a little further each time it fails again
            step = min(step * 2, 4096)
            continue
        if not rows:
            break
        step = 1
        for row in rows:
            found[int(row[0])] = tuple(row[1:])
        rowid = int(rows[-1][0]) + 1
    return found
