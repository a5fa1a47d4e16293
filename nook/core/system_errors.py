"""What the computer said went wrong, as one fact the screens word in their language.

The system's own words ("unable to open database file", "[Errno 28] No space left on
device") are English whatever the grown-up reads. A screen words `kind_of(error)`
instead, and keeps the system's words for the log and a "details for a helper" line.
The kind comes from the error's number (errno) or SQLite's result code, looking through
the errors it was raised from. No Qt.
"""

from __future__ import annotations

import errno
import sqlite3

# Every kind, in the order a screen's table of phrases may list them.
KINDS = (
    "full",  # no room left on the disk (or over a quota)
    "not_allowed",  # this user may not read or change it
    "read_only",  # the disk or file can only be read
    "missing",  # not there (moved, renamed, a USB stick taken out)
    "disk_error",  # the disk could not be read or written: failing, or taken out
    "name_too_long",
    "is_folder",  # a folder where a file was wanted
    "not_a_folder",  # a file where a folder was wanted on the way
    "exists",  # something of that name is already there (a file where a folder is made)
    "damaged",  # SQLite: the file is damaged
    "not_a_library",  # SQLite: the file is not a database at all
    "locked",  # another program holds it
    "cannot_open",  # SQLite could not open the file and said no more
    "too_many_open",  # the computer has too many files open
    "other",
)

_ERRNOS = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EFBIG: "full",
    errno.EACCES: "not_allowed",
    errno.EPERM: "not_allowed",
    errno.EROFS: "read_only",
    errno.ENOENT: "missing",
    errno.ENODEV: "missing",
    errno.ENXIO: "missing",
    errno.EIO: "disk_error",
    errno.ENAMETOOLONG: "name_too_long",
    errno.EISDIR: "is_folder",
    errno.ENOTDIR: "not_a_folder",
    errno.EEXIST: "exists",
    errno.EBUSY: "locked",
    errno.ETXTBSY: "locked",
    errno.EMFILE: "too_many_open",
    errno.ENFILE: "too_many_open",
}

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE = {
    3: "not_allowed",  # SQLITE_PERM
    5: "locked",  # SQLITE_BUSY
    6: "locked",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY
    10: "disk_error",  # SQLITE_IOERR
    11: "damaged",  # SQLITE_CORRUPT
    13: "full",  # SQLITE_FULL
    14: "cannot_open",  # SQLITE_CANTOPEN
    23: "not_allowed",  # SQLITE_AUTH
    26: "not_a_library",  # SQLITE_NOTADB
}

# Where an error carries no code (some of Python's sqlite3 errors), its words.
_SQLITE_WORDS = (
    ("disk is full", "full"),
    ("database is locked", "locked"),
    ("readonly", "read_only"),
    ("malformed", "damaged"),
    ("not a database", "not_a_library"),
    ("unable to open", "cannot_open"),
    ("disk i/o error", "disk_error"),
)


def kind_of(error: BaseException | None) -> str:
    """The kind (one of KINDS) of an OS or SQLite error, or of the first error it was
    raised from that has one; "other" when none says."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        found = _own_kind(error)
        if found is not None:
            return found
        error = error.__cause__ or error.__context__
    return "other"


def _own_kind(error: BaseException) -> str | None:
    if isinstance(error, OSError) and error.errno is not None:
        return _ERRNOS.get(error.errno, "other")
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and int(code) & 0xFF in _SQLITE:
            return _SQLITE[int(code) & 0xFF]
        text = str(error).lower()
        return next((kind for words, kind in _SQLITE_WORDS if words in text), "other")
    return None
