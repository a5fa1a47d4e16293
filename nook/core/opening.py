"""Opening the library file: telling real damage from a lock, a full disk or a read-only place.

Only real damage is damage. A library another program holds, a full disk or a folder that
cannot be written is said plainly to a grown-up and nothing is moved; only a file SQLite
itself reports as malformed (at open, or by `PRAGMA quick_check`) counts as damaged and
may be rescued. No Qt here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

BUSY_WAIT_SECONDS = 10.0
# Remembered state set when a grown-up's full check found damage quick_check misses
# (an index that no longer matches its table): the next open rescues the library.
RESCUE_NEXT_START = "rescue_at_next_start"


# Why the library cannot be opened, as a fact (`LibraryTrouble.why`, with the path and a
# detail): the screens word each one in the language they speak (nook/ui/trouble_words.py);
# this English is for the log and the command line.
TROUBLES = {
    "busy": (
        "Another program is using the library file {path}, so Writing Nook cannot open it right now. "
        "Nothing was changed or moved. Close the other program (or the other Writing Nook window) and start again."
    ),
    "full": (
        "The disk that holds the library ({path}) is full, so Writing Nook cannot open it. Nothing was changed "
        "or moved. Make some room on the disk (empty the computer's trash, remove big files) and start again."
    ),
    "damaged": "{path} is damaged: {detail}",
    "cannot_open": "Writing Nook cannot open the library {path}: {detail}. Nothing was changed or moved.",
    "cannot_look": "Writing Nook cannot look at {path}: {detail}.",
    "not_a_file": "{path} is not an ordinary file, so Writing Nook will not open it as a library.",
    "copy_failed": (
        "Writing Nook cannot read the library {path} with its recent changes: making a copy to read "
        "failed ({detail}). Nothing was changed or moved."
    ),
    "not_allowed": "Writing Nook is not allowed to read the library {path}. Nothing was changed or moved.",
    "folder_not_writable": (
        "Writing Nook cannot make its library in {path}: that folder cannot be written. "
        "Choose another folder with --data-dir."
    ),
    "older_read_only": (
        "The library {path} is from an older Writing Nook and must be brought up to date, "
        "but it cannot be changed here. Move it to a folder you can write in."
    ),
    "rescue_failed": "Writing Nook could not rescue the library {path}: {detail}. Nothing was moved.",
    "not_ours": (
        "{path} is another program's file, not a Writing Nook library, so Writing Nook did not open "
        "or change it. Choose another folder with --data-dir."
    ),
}


class LibraryTrouble(Exception):
    """The library cannot be opened for a reason a grown-up can act on: `why` (a key of
    TROUBLES), the `path` it is about and a `detail` (the system's words); str() is English."""

    def __init__(self, why: str, path: Path | str, detail: str = "") -> None:
        self.why, self.path, self.detail = why, str(path), detail
        super().__init__(TROUBLES[why].format(path=path, detail=detail))


class LibraryDamaged(LibraryTrouble):
    """The library file cannot be read as a library: SQLite reports it malformed."""


class LibraryBusy(LibraryTrouble):
    """Another program (or another Writing Nook) holds the library; nothing was moved."""


class LibraryDiskFull(LibraryTrouble):
    """The disk holding the library is full; nothing was moved."""


class LibraryRefused(LibraryTrouble):
    """The library is not something we may open (not a regular file, cannot be read)."""


def primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def classify(exc: sqlite3.Error, path: Path) -> LibraryTrouble:
    """The grown-up's kind of trouble for a SQLite error met while opening `path`."""
    code = primary_code(exc)
    text = str(exc).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return LibraryBusy("busy", path)
    if code == SQLITE_FULL or "disk is full" in text:
        return LibraryDiskFull("full", path)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return LibraryDamaged("damaged", path, str(exc))
    return LibraryRefused("cannot_open", path, str(exc))


def failure_cause(exc: BaseException) -> str:
    """Why a store failed, as one word the screens turn into plain language:
    "full", "locked", "read_only", "damaged" or "other"."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return "full"
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "read_only"
        return "other"
    code = primary_code(exc)
    text = str(exc).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return "locked"
    if code == SQLITE_FULL or "disk is full" in text:
        return "full"
    if is_write_refused(exc):
        return "read_only"
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return "damaged"
    return "other"


def is_write_refused(exc: BaseException) -> bool:
    """True when a write failed because the file or folder cannot be written."""
    code = primary_code(exc)
    return code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN) or "readonly" in str(exc).lower()


def can_write(path: Path) -> bool:
    """Whether the library and its folder can be written (WAL needs its -wal and -shm beside it).

    `os.access` also answers False for an immutable file, even to root.
    """
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return False
    return all(
        not side.exists() or os.access(side, os.W_OK) for side in (path, _side(path, "-wal"), _side(path, "-shm"))
    )


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def check_regular(path: Path) -> None:
    """Refuse a library path that is a FIFO, a device or a folder (a FIFO would hang the open)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise LibraryRefused("cannot_look", path, str(exc.strerror or exc)) from exc
    if not stat.S_ISREG(mode):
        raise LibraryRefused("not_a_file", path)


def tolerant_text(data: bytes) -> str:
    """Text from the file, with bytes that are not UTF-8 (a damaged page) replaced, never raising."""
    return data.decode("utf-8", "replace")


@dataclass
class Opened:
    """A connection and how it was opened: read-only, or not."""

    conn: sqlite3.Connection
    read_only: bool


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open without ever writing; a WAL library in a folder we cannot write needs `immutable`.

    `immutable` makes SQLite ignore the -wal, so where a non-empty -wal sits beside the
    library (a crash, a copy taken while the app ran) the two are copied to a temporary
    folder, the WAL folded in there, and that copy is opened: the work in the -wal is seen.
    """
    base = f"file:{quote(str(path))}"
    last: sqlite3.Error | None = None
    for params in ("mode=ro", "mode=ro&immutable=1"):
        if "immutable" in params and _has_wal(path):
            return _connect_folded_copy(path)
        try:
            conn = sqlite3.connect(f"{base}?{params}", uri=True, check_same_thread=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.text_factory = tolerant_text
            return conn
        except sqlite3.Error as exc:
            last = exc
            if primary_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
                break
    assert last is not None
    raise classify(last, path) from last


def _has_wal(path: Path) -> bool:
    try:
        return _side(path, "-wal").stat().st_size > 0
    except OSError:
        return False


def _connect_folded_copy(path: Path) -> sqlite3.Connection:
    """A read-only connection to a temporary copy of `path` with its -wal folded in.

    The copy's files are removed at once: on Linux and macOS the open connection keeps
    them readable until it closes (elsewhere they stay in the temporary folder)."""
    work = Path(tempfile.mkdtemp(prefix="nook-look-only-"))
    copy = work / path.name
    try:
        shutil.copyfile(path, copy)
        shutil.copyfile(_side(path, "-wal"), _side(copy, "-wal"))
        folding = sqlite3.connect(copy)
        try:
            folding.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            folding.execute("PRAGMA journal_mode=DELETE")
        finally:
            folding.close()
        conn = sqlite3.connect(f"file:{quote(str(copy))}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.text_factory = tolerant_text
        return conn
    except sqlite3.Error as exc:
        raise classify(exc, path) from exc
    except OSError as exc:
        raise LibraryRefused("copy_failed", path, str(exc.strerror or exc)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def not_ours(conn: sqlite3.Connection) -> bool:
    """True for another program's SQLite file: it has tables, and not the list of our
    schema's steps that every library has had since its first (a music player's library.db
    in the folder chosen). Opening it as ours would write our tables into it."""
    names = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return "_migrations" not in names and any(not name.startswith("sqlite_") for name in names)


def connect(path: Path, busy_wait: float = BUSY_WAIT_SECONDS) -> Opened:
    """Open `path` for writing if we may, read-only if we may not; raise LibraryTrouble otherwise."""
    check_regular(path)
    if path.exists() and not os.access(path, os.R_OK):
        raise LibraryRefused("not_allowed", path)
    if not can_write(path):
        if not path.exists():
            raise LibraryRefused("folder_not_writable", path.parent)
        return Opened(connect_read_only(path), True)
    try:
        conn = sqlite3.connect(str(path), timeout=busy_wait, check_same_thread=False)
    except sqlite3.Error as exc:
        raise classify(exc, path) from exc
    conn.text_factory = tolerant_text
    try:
        conn.execute(f"PRAGMA busy_timeout={int(busy_wait * 1000)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not_ours(conn):  # before WAL mode, which rewrites the file's header
            conn.close()
            raise LibraryRefused("not_ours", path)
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        # Prove we can take the write lock now, waiting a bounded time for another holder:
        # a library another program holds for longer is busy, not damaged.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        conn.close()
        if is_write_refused(exc) and path.exists():
            return Opened(connect_read_only(path), True)
        raise classify(exc, path) from exc
    if str(mode).lower() != "wal":
        conn.close()
        raise LibraryBusy("busy", path)
    return Opened(conn, False)


# A library holding a year of photos is hundreds of MB, nearly all of it the photos' own
# bytes (the media table), and quick_check reads every page of the file: 0.3-0.5 s for
# 240 MB here at each start, seconds from an old laptop's disk. Above this size a start
# checks every table but the photos' (`check_at_open`); the whole file is checked after
# the first screen, on a read-only connection of its own (`check_whole`, nook.ui.whole_check).
WHOLE_CHECK_AT_OPEN_BYTES = 16 * 1024 * 1024
BULKY_TABLES = frozenset({"media"})


def library_bytes(path: Path) -> int:
    """The library file's size with its write-ahead log (0 for what is not there)."""
    total = 0
    for part in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            total += part.stat().st_size
    return total


def check_at_open(conn: sqlite3.Connection, path: Path) -> tuple[list[str], bool]:
    """Problems found as the library opens, and whether the whole file was checked.

    A small library is checked whole. A big one (photos) has each table checked but the
    photos' (`PRAGMA quick_check(table)`: that table, its indexes and the schema); what
    is left (the photos' pages, the free pages) is for `check_whole`.
    """
    if library_bytes(path) <= WHOLE_CHECK_AT_OPEN_BYTES:
        return quick_check(conn), True
    try:
        names = [str(row[0]) for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        problems: list[str] = []
        for name in names:
            if name in BULKY_TABLES:
                continue
            quoted = name.replace("'", "''")
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA quick_check('{quoted}')").fetchall()]
            if rows != ["ok"]:
                problems.extend(rows)
    except sqlite3.DatabaseError as exc:
        return [str(exc)], True
    return problems, False


def check_whole(path: Path, started: Callable[[sqlite3.Connection], None] | None = None) -> list[str] | None:
    """`quick_check` of the whole file on a read-only connection of its own (for a worker
    thread: it may take seconds). `started` is handed the connection (to interrupt it).
    None when the check could not be made or was interrupted: that is not damage."""
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        if started is not None:
            started(conn)
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check(20)").fetchall()]
    except sqlite3.OperationalError:
        return None  # interrupted, or the file is busy or gone: nothing was learnt
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def quick_check(conn: sqlite3.Connection, full: bool = False) -> list[str]:
    """Problems SQLite finds in the file's structure (empty when healthy).

    `full` runs integrity_check (also checks every index against its table: slower,
    for a grown-up who asks).
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows
