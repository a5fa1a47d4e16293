"""The library's troubles and notices in a grown-up's words, in the language now installed.

The core reports facts: why the library cannot be opened (`LibraryTrouble.why`), why a
backup failed (`BackupFailed.why`), a notice (`Notice.kind` and its facts). They are
worded here when they are shown, so a language switched meanwhile words them anew. A
path or a file name is kept as it is; the system's own words (a detail) never go inside
a sentence: its kind is worded (nook/error_words.py), the words go to `helper_words`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate, QLocale, QTime

from nook.core.backups import FAILURES, BackupFailed, made_at
from nook.core.notices import Notice
from nook.core.opening import LibraryTrouble
from nook.core.system_errors import KINDS
from nook.error_words import for_a_helper, reason, reason_for
from nook.i18n import POP_DIRECTIONAL_ISOLATE, locale, translate

LEFT_TO_RIGHT_ISOLATE = "\u2066"


def isolated_path(path: object) -> str:
    """A file's or folder's path set into a phrase, as a left-to-right unit of its own
    where it holds Arabic or Hebrew letters (a folder named after a writer, a family's
    home folder). Bare, the bidi algorithm ran such a folder's name together with the
    words and punctuation beside it ("library.db, and" came out between its parts). A
    path's separators run left to right on every system, so it is isolated as
    left-to-right (U+2066 ... U+2069), not by its first letter as a name is
    (i18n.isolated): "/سارة/library.db" would otherwise read "library.db/سارة/". A path
    wholly in left-to-right letters is returned as it is."""
    text = str(path)
    if text.startswith(LEFT_TO_RIGHT_ISOLATE) or not any(
        unicodedata.bidirectional(ch) in ("R", "AL", "AN") for ch in text
    ):
        return text
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


# {path} is the library (or its folder), {why} the computer's trouble in a few words
# (nook/error_words.py): the system's own English stays out of the sentence.
_TROUBLES: dict[str, Callable[[], str]] = {
    "busy": lambda: translate(
        "Trouble",
        "Another program is using the library file {path}, so Writing Nook cannot open it right now. "
        "Nothing was changed or moved. Close the other program (or the other Writing Nook window) and start again.",
    ),
    "full": lambda: translate(
        "Trouble",
        "The disk that holds the library ({path}) is full, so Writing Nook cannot open it. Nothing was changed "
        "or moved. Make some room on the disk (empty the computer's trash, remove big files) and start again.",
    ),
    "damaged": lambda: translate("Trouble", "The library {path} is damaged."),
    "cannot_open": lambda: translate(
        "Trouble", "Writing Nook cannot open the library {path}: {why}. Nothing was changed or moved."
    ),
    "cannot_look": lambda: translate("Trouble", "Writing Nook cannot look at {path}: {why}."),
    "not_a_file": lambda: translate(
        "Trouble", "{path} is not an ordinary file, so Writing Nook will not open it as a library."
    ),
    "copy_failed": lambda: translate(
        "Trouble",
        "Writing Nook cannot read the library {path} with its recent changes: a copy to read could not be "
        "made ({why}). Nothing was changed or moved.",
    ),
    "not_allowed": lambda: translate(
        "Trouble", "Writing Nook is not allowed to read the library {path}. Nothing was changed or moved."
    ),
    "not_ours": lambda: translate(
        "Trouble",
        "{path} is another program's file, not a Writing Nook library, so Writing Nook did not open "
        "or change it. Choose another folder with --data-dir.",
    ),
    "folder_not_writable": lambda: translate(
        "Trouble",
        "Writing Nook cannot make its library in {path}: that folder cannot be written. "
        "Choose another folder with --data-dir.",
    ),
    "older_read_only": lambda: translate(
        "Trouble",
        "The library {path} is from an older Writing Nook and must be brought up to date, "
        "but it cannot be changed here. Move it to a folder you can write in.",
    ),
    "rescue_failed": lambda: translate(
        "Trouble", "Writing Nook could not rescue the library {path}: {why}. Nothing was moved."
    ),
}

# {name} is the backup's file name, {why} the computer's trouble in a few words.
_BACKUP_FAILURES: dict[str, Callable[[], str]] = {
    "unreadable": lambda: translate("Trouble", "The backup {name} cannot be read: {why}."),
    "damaged": lambda: translate("Trouble", "The backup {name} is damaged."),
    "incomplete": lambda: translate("Trouble", "The backup {name} does not hold everything the library holds."),
    "not_made": lambda: translate("Trouble", "A backup of the library could not be made: {why}."),
    "not_put_in_place": lambda: translate(
        "Trouble", "The backup {name} could not be put in place: {why}. Nothing was moved."
    ),
}


def trouble_words(trouble: LibraryTrouble) -> str:
    """Why the library cannot be opened, and what to do."""
    words = _TROUBLES.get(trouble.why)
    if words is None:
        return translate("Trouble", "Writing Nook cannot open the library {path}.").format(
            path=isolated_path(trouble.path)
        )
    return words().format(path=isolated_path(trouble.path), why=reason_for(trouble))


def backup_failure_words(failed: BackupFailed, kind: str | None = None) -> str:
    """Why a backup could not be made, checked or put back (`kind`: the computer's
    trouble, where the failure no longer carries the error it came from)."""
    words = _BACKUP_FAILURES.get(failed.why) or _BACKUP_FAILURES["not_made"]
    return words().format(name=failed.name, why=reason(kind or failed.kind))


def failure_words(error: object) -> str:
    """Any failure a grown-up is told of: worded when the core said which; else the
    computer's trouble in a few words (the system's own are `helper_words`)."""
    if isinstance(error, LibraryTrouble):
        return trouble_words(error)
    if isinstance(error, BackupFailed):
        return backup_failure_words(error)
    if isinstance(error, BaseException):
        return translate("Trouble", "Something did not work: {why}.").format(why=reason_for(error))
    return str(error)


def helper_words(error: object) -> str:
    """The system's own words about a failure, labelled for a helper ("" when none)."""
    detail = getattr(error, "detail", None)
    if detail is None and isinstance(error, BaseException):
        detail = str(error)
    return for_a_helper(str(detail or ""))


Facts = Mapping[str, str | int]


# Phrases with a count are functions of their own: lupdate finds a plural only when its
# count is a plain name.
def _rescued(facts: Facts) -> str:
    pieces = int(facts.get("pieces", 0))
    return translate(
        "Trouble",
        "The library file was damaged. It was kept as {kept}, and everything that could be read "
        "(%n piece(s)) was copied into a fresh library.",
        None,
        pieces,
    ).format(kept=isolated_path(str(facts.get("kept", ""))))


# Where to go next, said only away from there (the grown-up corner's Library safety page
# said "look in the grown-up corner, Library safety" to a grown-up reading it there).
_WHERE_TO_LOOK: dict[str, Callable[[], str]] = {
    "rescued": lambda: translate(
        "Trouble", "To put back a backup instead, look in the grown-up corner, Library safety."
    ),
}


def _work_put_back(facts: Facts) -> str:
    pages = int(facts.get("pages", 0))
    return translate(
        "Trouble",
        "Last time Writing Nook could not store some work (the disk was full, or the library could not be "
        "written), so it kept it in {files}. It has now been put back into its pieces (%n page(s)).",
        None,
        pages,
    ).format(files=isolated_path(facts.get("files", "")))


def _backup_day(name: object) -> str | None:
    """A backup's day and time as the backups are listed ("Sunday, November 29, 2026,
    3:00 PM"), from its file name; None for a name that tells no time."""
    made = made_at(str(name))
    if made is None:
        return None
    words = locale()
    day = words.toString(QDate(made.year, made.month, made.day), QLocale.FormatType.LongFormat)
    return f"{day}, {words.toString(QTime(made.hour, made.minute), QLocale.FormatType.ShortFormat)}"


# The backup put back is named as the grown-up chose it, by its day and time: the notice
# said "library-20261129-150000.db".
def _restored(facts: Facts) -> str:
    kept = isolated_path(facts.get("kept", ""))
    day = _backup_day(facts.get("backup", ""))
    if day is None:
        return translate(
            "Trouble", "The backup {backup} was put back. The library before it was kept as {kept}."
        ).format(backup=facts.get("backup", ""), kept=kept)
    return translate("Trouble", "The backup of {day} was put back. The library before it was kept as {kept}.").format(
        day=day, kept=kept
    )


def _restore_failed(facts: Facts) -> str:
    why = _backup_failure(facts, "backup")
    day = _backup_day(facts.get("backup", ""))
    if day is None:
        return translate("Trouble", "Putting back the backup {backup} did not work: {why}").format(
            backup=facts.get("backup", ""), why=why
        )
    return translate("Trouble", "Putting back the backup of {day} did not work: {why}").format(day=day, why=why)


# Each notice's words from its facts (nook/core/notices.py has the kinds and their facts).
_NOTICES: dict[str, Callable[[Facts], str]] = {
    "read_only": lambda facts: translate(
        "Trouble",
        "This library can't be changed here: the file or its folder ({path}) cannot be written. "
        "The children can look at and read their work, but nothing new is stored. "
        "Move the library to a folder you can write in, or start with --data-dir.",
    ).format(path=isolated_path(facts.get("path", ""))),
    "newer": lambda facts: translate(
        "Trouble",
        "This library was made by a newer Writing Nook. It is opened only for looking, so nothing in it is "
        "changed. Install the newer Writing Nook to keep writing in it.",
    ),
    "rescued": lambda facts: _rescued(facts),
    "restored": lambda facts: _restored(facts),
    "restore_failed": lambda facts: _restore_failed(facts),
    "work_put_back": lambda facts: _work_put_back(facts),
    "library_put_back": lambda facts: translate(
        "Trouble",
        "The library file ({path}) was removed while Writing Nook was open. Writing Nook wrote everything "
        "it had open back in its place. If it was removed on purpose, close Writing Nook first next time.",
    ).format(path=isolated_path(facts.get("path", ""))),
    "backup_failed": lambda facts: translate(
        "Trouble", "{why} Make some room on the disk; Writing Nook tries again later."
    ).format(why=_backup_failure(facts, "name")),
}


def notice_words(notice: Notice, in_library_safety: bool = False) -> str:
    """A notice for the grown-up; an old note stored as English words is shown as it was.
    Away from Library safety it says to look there where that is what to do next."""
    words = _NOTICES.get(notice.kind)
    if words is None:
        return str(notice.facts.get("text", ""))
    said = words(notice.facts)
    where = _WHERE_TO_LOOK.get(notice.kind)
    return f"{said} {where()}" if where is not None and not in_library_safety else said


def _backup_failure(facts: Facts, name_key: str) -> str:
    """A backup failure told in a notice's facts (why, the file's name, detail, cause,
    and the kind of the computer's trouble; before kinds were kept, its cause)."""
    why = str(facts.get("why", ""))
    cause = str(facts.get("cause", "other"))
    failed = BackupFailed(why if why in FAILURES else "not_made", str(facts.get(name_key, "")), "", cause)
    kind = str(facts.get("kind") or cause)
    return backup_failure_words(failed, kind if kind in KINDS else "other")
