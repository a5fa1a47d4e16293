"""The library: one SQLite file per data folder holding writers, pieces, pages and media.

Every change goes through a method here (or a repository the library owns: the word
wall, the idea cards, the backpack's bookkeeping), runs in one transaction and is then
announced to subscribers as a typed `Change`, so each screen decides for itself whether
to refresh (the operations layer idea from Anki). Nothing else touches the schema. No Qt.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from nook.core import migrations, opening, settings
from nook.core.changes import Change, What
from nook.core.database import Database
from nook.core.library_base import shelf_where
from nook.core.library_pieces import PieceChanges
from nook.core.models import Writer, tidy_name
from nook.core.notices import Notice
from nook.core.opening import LibraryBusy, LibraryDamaged, LibraryDiskFull, LibraryRefused, LibraryTrouble
from nook.core.store import new_id, now

__all__ = [
    "LIBRARY_FILE",
    "Change",
    "Library",
    "LibraryBusy",
    "LibraryDamaged",
    "LibraryDiskFull",
    "LibraryRefused",
    "LibraryTrouble",
    "What",
    "new_id",
    "now",
    "shelf_where",
]

LIBRARY_FILE = "library.db"


# Tables a fresh library fills with bundled rows; rows rescued from a damaged file (a
# grown-up's edits, hidden cards) win over those (children first, for the foreign keys).
SEEDED_TABLES = ("word_bank_words", "word_banks", "idea_cards")


def _asked_to_rescue(conn: sqlite3.Connection) -> bool:
    try:
        row = conn.execute(
            "SELECT value FROM settings WHERE scope = 'state' AND key = ?", [opening.RESCUE_NEXT_START]
        ).fetchone()
    except sqlite3.Error:
        return False  # a library without its tables yet
    return row is not None and row[0] == "true"


def _emptied(path: Path) -> bool:
    """The library file is there and empty (as a power cut on a USB stick's FAT leaves
    it) while backups show there was a library: SQLite would open it as a new, empty one
    without a word, and the backups made after would be of that."""
    try:
        if path.stat().st_size:
            return False
    except OSError:
        return False  # not there: a new library; unreadable: opening says why
    from nook.core.backups import backup_files  # (backups reads libraries: not at import)

    return bool(backup_files(path.parent))


# What a setting read is kept as: values no caller can change in place.
_KEPT_KINDS = (str, int, float, bool, type(None))
_NOT_KEPT = object()


class Library(PieceChanges):
    """A writer's world in one file. Use from one thread (the UI thread).

    Built in layers, one file each: the connection and reads (library_base), page
    changes (library_pages), piece changes (library_pieces); here opening, writers,
    media, settings and remembered state, and rescue.
    """

    def __init__(self, db: Database, path: Path) -> None:
        super().__init__(db, path)
        self._settings_kept: dict[tuple[str, str | None], Any] = {}
        self._settings_seen: tuple[int, int] | None = None  # the library as they were read
        self.made_now = False  # made by this opening (its bundled rows seeded just now)

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | str, busy_wait: float = opening.BUSY_WAIT_SECONDS, check: bool = True) -> Library:
        """Open (creating or upgrading) the library in `data_dir`.

        Raises a `LibraryTrouble` saying what a grown-up can do: `LibraryBusy`,
        `LibraryDiskFull`, `LibraryRefused`, or `LibraryDamaged` (only for a file SQLite
        reports malformed, at open or by quick_check). A file or folder that cannot be
        written, or a library made by a newer Writing Nook, is opened read-only with a
        `notice` for the grown-up. Nothing is moved here.
        """
        path = Path(data_dir) / LIBRARY_FILE
        if _emptied(path):
            raise LibraryDamaged("damaged", path, "the library file is empty, and backups of it are beside it")
        opened = opening.connect(path, busy_wait)
        # No sqlite-utils plugins: we use none, and looking for them scans every
        # installed package's entry points at each start (12-18 ms).
        try:
            db = Database(opened.conn)
            checked_whole = not check
            if check:
                problems, checked_whole = opening.check_at_open(opened.conn, path)
                if problems:
                    raise LibraryDamaged("damaged", path, "; ".join(problems[:3]))
                if not opened.read_only and _asked_to_rescue(opened.conn):
                    raise LibraryDamaged("damaged", path, "a grown-up's check of the library found damage")
            if opened.read_only and opening.not_ours(opened.conn):
                raise LibraryRefused("not_ours", path)
            db.execute("PRAGMA foreign_keys=ON")
            if not opened.read_only:
                db.execute("PRAGMA synchronous=FULL")
            newer = migrations.unknown(db)
            if newer and not opened.read_only:
                # Our migrations could break a newer schema: look, never change.
                opened.conn.close()
                opened = opening.Opened(opening.connect_read_only(path), True)
                db = Database(opened.conn)
            library = cls(db, path)
            library.read_only = opened.read_only
            library.checked_whole = checked_whole
            if newer:
                library.notice = Notice("newer")
            else:
                library.notice = Notice("read_only", {"path": str(path)}) if opened.read_only else None
                pending = migrations.pending(db)
                if pending and not opened.read_only:
                    library._migrate()
                elif not set(pending) <= migrations.LOOKABLE_WITHOUT:
                    # Made by a much older version, and it cannot be brought up to date here.
                    raise LibraryRefused("older_read_only", path)
        except sqlite3.Error as exc:
            opened.conn.close()
            raise opening.classify(exc, path) from exc
        except LibraryTrouble:
            opened.conn.close()
            raise
        return library

    def _migrate(self) -> None:
        """Bring the schema up to date, then seed the bundled idea cards and word banks
        once: in the same transaction as the step that introduced them, so a library is
        seeded exactly once and a grown-up's later edits (even deleting every bank) stay."""
        with self.db.atomic():
            ran = migrations.migrate(self.db.utils)
            if migrations.SEED_BUNDLED in ran:
                self.word_wall.seed()
                self.ideas.seed()
                self.made_now = True
        self._strokes_table = None  # a step may have made page_strokes
        self._pictures_table = None  # and page_pictures
        self._language_column = None  # and given writers their language

    def close(self) -> None:
        self.checkpoint()
        self.db.close()

    def wait_for_locks(self, seconds: float) -> None:
        """How long SQLite waits for a lock another connection holds before it says
        "locked" (opening waits `busy_wait`; a window's thread must never wait that long)."""
        self.db.execute(f"PRAGMA busy_timeout={max(0, int(seconds * 1000))}")

    def checkpoint(self, mode: str = "TRUNCATE") -> bool:
        """Fold the WAL into the library file, so a copy of that one file is complete.

        TRUNCATE (periodic, at close) also empties the -wal; PASSIVE (after a quiet spell)
        never waits for a reader, and lets the next write start the -wal from its
        beginning instead of growing it."""
        if self.read_only or mode not in ("PASSIVE", "TRUNCATE"):
            return False
        try:
            busy = self.db.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()[0]
        except sqlite3.Error:
            return False
        return not busy

    # -- writers ------------------------------------------------------------------------------
    def add_writer(
        self,
        name: str,
        avatar: str,
        colour: str | None = None,
        writer_id: str | None = None,
        language: str | None = None,
    ) -> Writer:
        """A new writer at the end of the list (`writer_id`: one kept from another computer;
        `language`: theirs, else everyone's)."""
        name = tidy_name(name)
        language = settings.clean("language", language) if language else str(self.setting("language"))
        with self.transaction():
            position = self.db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM writers").fetchone()[0]
            row: dict[str, Any] = {
                "id": writer_id or new_id(),
                "name": name,
                "avatar": avatar,
                "colour": colour or "#1f4e9c",
                "position": position,
                "archived": 0,
                "created": now(),
                "language": language,
            }
            self.db.table("writers").insert(row)
            # A writer in a new language finds the starter word banks in it (once per library).
            self.word_wall.seed_language(language)
            self._announce(Change(What.WRITER, writer_id=row["id"]))
        return Writer.from_row(row)

    def update_writer(self, writer_id: str, **fields: Any) -> Writer:
        allowed = {"name", "avatar", "colour", "archived", "position", "language"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        if "name" in fields:
            fields["name"] = tidy_name(fields["name"])
        if "archived" in fields:
            fields["archived"] = int(bool(fields["archived"]))
        if "language" in fields:
            fields["language"] = settings.clean("language", fields["language"])
        with self.transaction():
            self.db.table("writers").update(writer_id, fields)
            self._announce(Change(What.WRITER, writer_id=writer_id))
            if "language" in fields:  # the screens follow a language as they follow a setting
                self.word_wall.seed_language(fields["language"])
                self._announce(Change(What.SETTING, writer_id=writer_id))
        writer = self.writer(writer_id)
        assert writer is not None
        return writer

    # -- media --------------------------------------------------------------------------------
    def put_media(self, data: bytes, mime: str, width: int = 0, height: int = 0) -> str:
        """Store image bytes once, by content; returns their hash."""
        digest = hashlib.sha256(data).hexdigest()
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO media (hash, data, mime, width, height, created) VALUES (?, ?, ?, ?, ?, ?)",
                [digest, data, mime, width, height, now()],
            )
        return digest

    def media(self, digest: str) -> bytes | None:
        row = self.db.execute("SELECT data FROM media WHERE hash = ?", [digest]).fetchone()
        return bytes(row[0]) if row else None

    def media_info(self, digest: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT hash, mime, width, height FROM media WHERE hash = ?", [digest]))
        return rows[0] if rows else None

    # -- settings and remembered state --------------------------------------------------------
    def own_settings(self, writer_id: str) -> dict[str, Any]:
        """The settings this writer has their own value for (key -> value)."""
        rows = self.db.execute("SELECT key, value FROM settings WHERE scope = ?", [writer_id]).fetchall()
        own = {}
        for key, value in rows:
            if key in settings.PER_WRITER:
                try:  # as setting() reads it: one it cannot read is not the writer's own
                    own[str(key)] = settings.clean(key, json.loads(value))
                except (ValueError, TypeError, OverflowError):
                    continue
        return own

    def use_everyones_settings(self, writer_id: str) -> None:
        """Drop a writer's own settings, so everyone's apply to them again."""
        with self.transaction():
            self.db.execute("DELETE FROM settings WHERE scope = ?", [writer_id])
            self._announce(Change(What.SETTING, writer_id=writer_id))

    def setting(self, key: str, writer_id: str | None = None) -> Any:
        """A setting: the writer's own, else everyone's, else its default.

        Read once and kept until the library changes: a page asks for its writer's
        language at every paint, the editor for ~20 settings as it opens (~97,000 reads
        in a run of the tests, one or two queries each). Any row this connection changes
        (its total_changes) or another connection commits (PRAGMA data_version: a second
        window or process on the folder) lets them go; nothing is kept inside a
        transaction, which may yet be rolled back."""
        conn = self.db.conn
        seen = (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
        if seen != self._settings_seen:
            self._settings_kept.clear()
            self._settings_seen = seen
        value = self._settings_kept.get((key, writer_id), _NOT_KEPT)
        if value is _NOT_KEPT:
            value = super().setting(key, writer_id)
            if isinstance(value, _KEPT_KINDS) and not conn.in_transaction:
                self._settings_kept[(key, writer_id)] = value
        return value

    def settings_for(self, writer_id: str | None = None) -> dict[str, Any]:
        return {key: self.setting(key, writer_id) for key in settings.DEFAULTS}

    def set_setting(self, key: str, value: Any, writer_id: str | None = None) -> None:
        value = settings.clean(key, value)
        if key == "language" and writer_id:
            self.update_writer(writer_id, language=value)  # kept on the writer (settings.py)
            return
        scope = writer_id if writer_id and key in settings.PER_WRITER else ""
        with self.transaction():
            self.db.table("settings").upsert(
                {"scope": scope, "key": key, "value": json.dumps(value)}, pk=("scope", "key")
            )
            if key == "language" and value:  # everyone's: the language new writers start with
                self.word_wall.seed_language(str(value))
            self._announce(Change(What.SETTING, writer_id=writer_id))

    def state(self, key: str, default: Any = None) -> Any:
        if key in self._state_in_memory:
            return self._state_in_memory[key]
        row = self.db.execute("SELECT value FROM settings WHERE scope = 'state' AND key = ?", [key]).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default  # a damaged value is forgotten, not a crash at every start

    def set_state(self, key: str, value: Any) -> None:
        """Remember where the app was (last writer, last piece); announces nothing.

        Where the app was is worth little next to starting at all: if the library cannot
        be written (read-only, full, busy) it is remembered for this visit only.
        """
        if self.read_only:
            self._state_in_memory[key] = value
            return
        text = json.dumps(value)
        try:
            if key not in self._state_in_memory:
                # Kept as it is already (every start stores where it opens): no write, no sync.
                row = self.db.execute("SELECT value FROM settings WHERE scope = 'state' AND key = ?", [key]).fetchone()
                if row is not None and row[0] == text:
                    return
            with self.db.atomic():
                self.db.execute(
                    "INSERT INTO settings (scope, key, value) VALUES ('state', ?, ?)"
                    " ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value",
                    [key, text],
                )
        except sqlite3.OperationalError:
            self._state_in_memory[key] = value
            return
        self._state_in_memory.pop(key, None)

    # -- rescue -------------------------------------------------------------------------------
    def take_rescued_rows(self, rows: dict[str, tuple[list[str], list[tuple[object, ...]]]]) -> dict[str, int]:
        """Copy rows read from a damaged library into this fresh one, in one transaction.

        `rows` maps a table to (its columns, its readable rows), parents before children.
        Bundled rows seeded here give way to the old file's own. Returns rows copied per table.
        """
        rescued: dict[str, int] = {}
        tables = self.db.table_names()
        with self.db.atomic():
            for table in SEEDED_TABLES:
                if rows.get(table, ([], []))[1]:
                    self.db.execute(f"DELETE FROM {table}")
            for table, (columns, found) in rows.items():
                wanted = set(self.db.table(table).columns_dict) if table in tables else set()
                rescued[table] = self._insert_rescued(table, wanted, columns, found)
            self.db.execute("DELETE FROM pieces_fts")
            self.db.execute(
                "INSERT INTO pieces_fts (rowid, title, search_words) SELECT rowid, title, search_words FROM pieces"
            )
        return rescued

    def _insert_rescued(self, table: str, wanted: set[str], columns: list[str], rows: list[tuple[object, ...]]) -> int:
        count = 0
        for row in rows:
            record = {k: v for k, v in zip(columns, row, strict=False) if k in wanted}
            if not record:
                continue
            try:
                cursor = self.db.execute(
                    f"INSERT OR IGNORE INTO {table} ({', '.join(record)}) VALUES ({', '.join('?' for _ in record)})",
                    list(record.values()),
                )
                count += max(cursor.rowcount, 0)  # a row already there is not counted as rescued
            except sqlite3.DatabaseError:
                continue
        return count
