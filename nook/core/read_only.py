"""The library opened only to read it: for exports, which run beside the open app (in a
worker thread, or a teacher's script on the command line) and must never change it.

SQLite's read-only mode with `query_only` on top: no statement can write, nothing is
migrated, and a reader in WAL mode neither waits for the app nor makes it wait. No Qt.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from nook.core import migrations, opening
from nook.core.database import Database
from nook.core.library import LIBRARY_FILE, Library


class ReadOnlyLibrary(Library):
    """A library that is only read: closing it never checkpoints (a checkpoint is a write,
    and it would wait on, and hold up, the app storing a child's work)."""

    def close(self) -> None:
        self.db.close()


# Why the library cannot be read for an export, as a fact (`CannotRead.why`, the path, a
# detail): the screens word it (nook/ui/trouble_words.py); this English is for the log
# and the command line.
REASONS = {
    "no_library": "there is no library in {path}",
    "unreadable": "the library {path} cannot be read: {detail}",
    "older": "the library {path} is from an older Writing Nook: open it in the app once first",
    "not_ours": "{path} is another program's file, not a Writing Nook library",
}


class CannotRead(Exception):
    """The library cannot be read for export: `why` (a key of REASONS), `path`, `detail`."""

    def __init__(self, why: str, path: Path | str, detail: str = "") -> None:
        self.why, self.path, self.detail = why, str(path), detail
        super().__init__(REASONS[why].format(path=path, detail=detail))


def open_read_only(data_dir: Path | str) -> Library:
    """A `Library` on its own read-only connection (use it from the thread that opened it)."""
    path = Path(data_dir) / LIBRARY_FILE
    if not path.is_file():
        raise CannotRead("no_library", Path(data_dir))
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        conn.execute("PRAGMA query_only=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        db = Database(conn)
        pending = migrations.pending(db)
        not_ours = opening.not_ours(conn)
    except sqlite3.DatabaseError as error:
        raise CannotRead("unreadable", path, str(error)) from error
    if not_ours:  # the app refuses it too: no Writing Nook ever made it
        conn.close()
        raise CannotRead("not_ours", path)
    if pending:
        conn.close()
        raise CannotRead("older", path)
    return ReadOnlyLibrary(db, path)
