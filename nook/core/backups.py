"""Automatic backups: verified copies of the whole library in the data folder's `backups/`.

A copy is made with SQLite's online backup API from its own read connection, so it is
consistent even while the app keeps writing, and it can run off the UI thread. Each copy
is written under a temporary name, checked (quick_check and the rows counted against the
library) and only then given its real name. The last 7 days keep one copy each, and the
4 weeks before them one copy each; besides those, the newest few a grown-up made by hand
("Back up now": one in the morning and one after school are both kept). After a damaged
library is rescued, the backups from before the damage are held (`hold_all`) besides
those, until a grown-up puts one back or lets them go. Restoring keeps the current
library aside first and works when the current file will not open at all. No Qt here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from nook.core import opening, system_errors
from nook.core.library import LIBRARY_FILE
from nook.core.recovery import set_aside

BACKUP_FOLDER = "backups"
PREFIX = "library-"
SUFFIX = ".db"
STAMP = "%Y%m%d-%H%M%S"
DAILY_KEPT = 7
WEEKLY_KEPT = 4
BY_HAND_KEPT = 4  # backups a grown-up asked for, kept besides the days' and weeks'
BY_HAND = "-byhand"  # in a hand-made backup's name, after its time
COUNTED = ("writers", "pieces", "pages", "media")
HELD_LIST = "held-since-rescue.txt"  # in backups/: names of the backups from before a damage
ROOM_LEFT = 1024 * 1024  # free after a backup, besides room for the library to grow as big again


# Why a backup failed, as a fact (`BackupFailed.why`, the backup's file name, a detail):
# the screens word it (nook/ui/trouble_words.py); this English is for the log.
FAILURES = {
    "unreadable": "The backup {name} cannot be read: {detail}.",
    "damaged": "The backup {name} is damaged: {detail}.",
    "incomplete": "The backup {name} does not hold every row ({detail}).",
    "not_made": "A backup of the library could not be made: {detail}.",
    "not_put_in_place": "The backup {name} could not be put in place: {detail}. Nothing was moved.",
}


class BackupFailed(Exception):
    """A backup could not be made or checked, or a restore could not be done: `why` (a
    key of FAILURES), the backup's file `name`, a `detail` (the system's words) and its
    `cause` where it is known ("full", "locked", "read_only"; else "other": see
    opening.failure_cause), so the screens can say "the disk is full" in their language."""

    def __init__(self, why: str, name: str = "", detail: str = "", cause: str = "other") -> None:
        self.why, self.name, self.detail, self.cause = why, name, detail, cause
        super().__init__(FAILURES[why].format(name=name, detail=detail))

    @property
    def kind(self) -> str:
        """The computer's trouble behind it (a kind of nook.core.system_errors), from the
        error it was raised from, else its cause; kept with it in a notice's facts."""
        found = system_errors.kind_of(self)
        return self.cause if found == "other" and self.cause in system_errors.KINDS else found


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    pieces: int
    writers: int


def folder_of(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_FOLDER


def _made(path: Path) -> datetime | None:
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    try:
        return datetime.strptime(name[len(PREFIX) : -len(SUFFIX)][:15], STAMP)
    except ValueError:
        return None


def made_at(name: str) -> datetime | None:
    """When the backup of this file name was made (None: not a backup's name)."""
    return _made(Path(name))


def _made_by_hand(path: Path) -> bool:
    return path.name.endswith(f"{BY_HAND}{SUFFIX}")


def _connect_ro(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    conn.text_factory = opening.tolerant_text
    return conn


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table in COUNTED}


def verify(path: Path, expected: dict[str, int] | None = None) -> dict[str, int]:
    """Check a backup file: SQLite finds no damage and (if given) the rows counted match."""
    try:
        conn = _connect_ro(path)
        try:
            problems = opening.quick_check(conn)
            found = counts(conn) if not problems else {}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupFailed("unreadable", path.name, str(exc)) from exc
    if problems:
        raise BackupFailed("damaged", path.name, problems[0])
    if expected is not None and found != expected:
        raise BackupFailed("incomplete", path.name, f"{found} instead of {expected}")
    return found


def _room_for_a_copy(library_file: Path, name: str) -> None:
    """A backup must not take the room the children's work needs: after the copy, the
    disk must still have room for the library to grow as big again, and ROOM_LEFT. Found
    live: a daily backup on a nearly full disk succeeded, took the last room, and the
    child's next words could not be stored."""
    size = opening.library_bytes(library_file)
    free = shutil.disk_usage(library_file.parent).free
    if free < 2 * size + ROOM_LEFT:
        error = OSError(errno.ENOSPC, f"{free} bytes free, {2 * size + ROOM_LEFT} wanted for a copy of {size} bytes")
        raise BackupFailed("not_made", name, str(error), "full") from error


def make_backup(library_file: Path, now: datetime | None = None, by_hand: bool = False) -> Backup:
    """Copy the library at `library_file` into `backups/`, check it, and thin out old copies
    (refused while the disk has too little room: `_room_for_a_copy`). `by_hand`: a
    grown-up asked for it (kept besides the day's newest)."""
    now = now or datetime.now()
    folder = folder_of(library_file.parent)
    mark = BY_HAND if by_hand else ""
    final = folder / f"{PREFIX}{now.strftime(STAMP)}{mark}{SUFFIX}"
    n = 1
    while final.exists():  # two in one second (a close just before a restore): never overwrite one
        n += 1
        final = folder / f"{PREFIX}{now.strftime(STAMP)}-{n}{mark}{SUFFIX}"
    temp = folder / f".{final.name}.part"
    try:
        _room_for_a_copy(library_file, final.name)
        folder.mkdir(exist_ok=True)
        source = sqlite3.connect(str(library_file), timeout=opening.BUSY_WAIT_SECONDS)
        try:
            target = sqlite3.connect(str(temp))
            try:
                # One step: the whole copy is made inside one read transaction, so it is
                # one consistent moment of the library even while the app writes.
                with source:
                    source.execute("BEGIN")
                    expected = counts(source)
                    source.backup(target)
                    source.execute("COMMIT")
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        verify(temp, expected)
        os.replace(temp, final)
    except (OSError, sqlite3.Error) as exc:
        _remove(temp)
        raise BackupFailed("not_made", final.name, str(exc), opening.failure_cause(exc)) from exc
    except BackupFailed:
        _remove(temp)
        raise
    prune(folder)
    return Backup(final, now.replace(microsecond=0), expected["pieces"], expected["writers"])


def _remove(path: Path) -> None:
    """Take `path` away if it is there. On a read-only filesystem `unlink` says "Read-only
    file system" (EROFS), not "no such file", even for a file that was never made: that
    is not there either (it made a refused restore a crash)."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        if path.exists():
            raise


def backup_files(data_dir: Path) -> list[tuple[datetime, Path]]:
    """Backup files with the time each was made, newest first."""
    folder = folder_of(data_dir)
    if not folder.is_dir():
        return []
    found = [(made, path) for path in folder.iterdir() if (made := _made(path)) is not None and path.is_file()]
    return sorted(found, reverse=True)


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups a grown-up may restore, newest first, with how many pieces each holds."""
    result: list[Backup] = []
    for made, path in backup_files(data_dir):
        try:
            conn = _connect_ro(path)
            try:
                found = counts(conn)
            finally:
                conn.close()
        except sqlite3.Error:
            continue  # a damaged copy is not offered
        result.append(Backup(path, made, found["pieces"], found["writers"]))
    return result


def kept_by_rule(made: list[datetime], by_hand: Collection[datetime] = ()) -> set[datetime]:
    """Which backups stay: the newest of each of the last 7 days with a backup, then the
    newest of each of the 4 weeks before those, and the newest 4 made by hand."""
    newest_first = sorted(made, reverse=True)
    days: dict[object, datetime] = {}
    for moment in newest_first:
        days.setdefault(moment.date(), moment)
    daily = list(days.values())[:DAILY_KEPT]
    keep = set(daily)
    oldest_daily = min(daily) if daily else None
    weeks: dict[object, datetime] = {}
    for moment in newest_first:
        if oldest_daily is not None and moment.date() >= oldest_daily.date():
            continue
        weeks.setdefault(moment.isocalendar()[:2], moment)
    keep.update(list(weeks.values())[:WEEKLY_KEPT])
    keep.update(sorted(by_hand, reverse=True)[:BY_HAND_KEPT])
    return keep


def held(data_dir: Path) -> set[str]:
    """Names of the backups held since a rescue (`hold_all`): never thinned out."""
    try:
        text = (folder_of(data_dir) / HELD_LIST).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return set()
    return {line for line in text.splitlines() if _made(Path(line)) is not None}


def hold_all(data_dir: Path) -> set[str]:
    """Hold every backup there is now, besides the rule, until a grown-up puts one back
    (`restore`) or lets them go (`let_go_of_held`); returns the names held. Called when a
    damaged library has been rescued: the backups made at each close after it are of the
    rescued (often nearly empty) library, and thinning would push the class's good backups
    out within days. The disk stays bounded: only the backups already there are held (at
    most what the rule keeps, 7 + 4 + 4), and no new one joins them."""
    names = held(data_dir) | {path.name for _made, path in backup_files(data_dir)}
    if names:
        listing = folder_of(data_dir) / HELD_LIST
        part = listing.with_name(f".{listing.name}.part")
        part.write_text("".join(f"{name}\n" for name in sorted(names)), encoding="utf-8")
        os.replace(part, listing)
    return names


def let_go_of_held(data_dir: Path) -> None:
    """The backups held since a rescue are thinned by the rule again (from the next backup)."""
    _remove(folder_of(data_dir) / HELD_LIST)


def prune(folder: Path) -> list[Path]:
    """Remove backups the rule no longer keeps (and half-written ones), never one held
    since a rescue; returns those removed."""
    files = backup_files(folder.parent)
    keep = kept_by_rule([made for made, _ in files], [made for made, path in files if _made_by_hand(path)])
    holding = held(folder.parent)
    removed = [path for made, path in files if made not in keep and path.name not in holding]
    for path in removed:
        _remove(path)
    return removed


def due(data_dir: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is a day old or there is none."""
    files = backup_files(data_dir)
    now = now or datetime.now()
    return not files or now - files[0][0] >= timedelta(days=1)


def restore(data_dir: Path, backup: Path) -> Path | None:
    """Put `backup` in place of the library (which must be closed); returns where the old one was kept.

    The backup is checked first; the current library (damaged or not) is renamed aside,
    never deleted, and only after the copy is complete beside it.
    """
    data_dir = Path(data_dir)
    verify(backup)
    library_file = data_dir / LIBRARY_FILE
    part = data_dir / f".{library_file.name}.restoring"
    try:
        with backup.open("rb") as source, part.open("wb") as target:
            while chunk := source.read(1 << 20):
                target.write(chunk)
            target.flush()
            os.fsync(target.fileno())
        kept = set_aside(data_dir, "before-restore") if library_file.exists() else None
        os.replace(part, library_file)
    except OSError as exc:
        _remove(part)
        raise BackupFailed(
            "not_put_in_place", backup.name, str(exc.strerror or exc), opening.failure_cause(exc)
        ) from exc
    with contextlib.suppress(OSError):  # (if it stays, they are only kept longer)
        let_go_of_held(data_dir)  # a grown-up chose: the backups are thinned as usual again
    return kept
