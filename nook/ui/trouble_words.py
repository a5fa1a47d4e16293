"""The library's troubles and notices in a grown-up's words, in the language now installed.

The core reports facts: why the library cannot be opened (`LibraryTrouble.why`), why a
backup failed (`BackupFailed.why`), a notice (`Notice.kind` and its facts). They are
worded here when they are shown, so a language switched meanwhile words them anew. A
path, a file name or the system's own words (a detail) are kept as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from nook.core.backups import FAILURES, BackupFailed
from nook.core.notices import Notice
from nook.core.opening import LibraryTrouble
from nook.i18n import translate

# {path} is the library (or its folder), {detail} the system's own words.
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
    "damaged": lambda: translate("Trouble", "{path} is damaged: {detail}"),
    "cannot_open": lambda: translate(
        "Trouble", "Writing Nook cannot open the library {path}: {detail}. Nothing was changed or moved."
    ),
    "cannot_look": lambda: translate("Trouble", "Writing Nook cannot look at {path}: {detail}."),
    "not_a_file": lambda: translate(
        "Trouble", "{path} is not an ordinary file, so Writing Nook will not open it as a library."
    ),
    "copy_failed": lambda: translate(
        "Trouble",
        "Writing Nook cannot read the library {path} with its recent changes: making a copy to read "
        "failed ({detail}). Nothing was changed or moved.",
    ),
    "not_allowed": lambda: translate(
        "Trouble", "Writing Nook is not allowed to read the library {path}. Nothing was changed or moved."
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
        "Trouble", "Writing Nook could not rescue the library {path}: {detail}. Nothing was moved."
    ),
}

# {name} is the backup's file name, {detail} the system's own words.
_BACKUP_FAILURES: dict[str, Callable[[], str]] = {
    "unreadable": lambda: translate("Trouble", "The backup {name} cannot be read: {detail}."),
    "damaged": lambda: translate("Trouble", "The backup {name} is damaged: {detail}."),
    "incomplete": lambda: translate("Trouble", "The backup {name} does not hold every row ({detail})."),
    "not_made": lambda: translate("Trouble", "A backup of the library could not be made: {detail}."),
    "not_put_in_place": lambda: translate(
        "Trouble", "The backup {name} could not be put in place: {detail}. Nothing was moved."
    ),
}


def trouble_words(trouble: LibraryTrouble) -> str:
    """Why the library cannot be opened, and what to do."""
    words = _TROUBLES.get(trouble.why)
    if words is None:
        return translate("Trouble", "Writing Nook cannot open the library {path}.").format(path=trouble.path)
    return words().format(path=trouble.path, detail=trouble.detail)


def backup_failure_words(failed: BackupFailed) -> str:
    """Why a backup could not be made, checked or put back."""
    words = _BACKUP_FAILURES.get(failed.why)
    if words is None:
        return translate("Trouble", "A backup of the library could not be made: {detail}.").format(detail=failed)
    return words().format(name=failed.name, detail=cause_words(failed.cause) or failed.detail)


def cause_words(cause: str) -> str:
    """Why storing failed, in a few words, when the system's error says one of the
    usual things ("" otherwise: the system's own words are shown)."""
    if cause == "full":
        return translate("Trouble", "the disk is full")
    if cause == "locked":
        return translate("Trouble", "another program is holding the library")
    if cause == "read_only":
        return translate("Trouble", "the folder cannot be written")
    return ""


def failure_words(error: object) -> str:
    """Any failure a grown-up is told of: worded when the core said which; else the
    system's own words."""
    if isinstance(error, LibraryTrouble):
        return trouble_words(error)
    if isinstance(error, BackupFailed):
        return backup_failure_words(error)
    return str(error)


def notice_words(notice: Notice) -> str:
    """A notice for the grown-up (see nook/core/notices.py for the kinds and their facts)."""
    facts = notice.facts
    if notice.kind == "read_only":
        return translate(
            "Trouble",
            "This library can't be changed here: the file or its folder ({path}) cannot be written. "
            "The children can look at and read their work, but nothing new is stored. "
            "Move the library to a folder you can write in, or start with --data-dir.",
        ).format(path=facts.get("path", ""))
    if notice.kind == "newer":
        return translate(
            "Trouble",
            "This library was made by a newer Writing Nook. It is opened only for looking, so nothing in it is "
            "changed. Install the newer Writing Nook to keep writing in it.",
        )
    if notice.kind == "rescued":
        pieces = int(facts.get("pieces", 0))
        return translate(
            "Trouble",
            "The library file was damaged. It was kept as {kept}, and everything that could be read "
            "(%n piece(s)) was copied into a fresh library. Look in the grown-up corner, Library safety, "
            "to put back a backup instead.",
            None,
            pieces,
        ).format(kept=facts.get("kept", ""))
    if notice.kind == "restored":
        return translate(
            "Trouble", "The backup {backup} was put back. The library before it was kept as {kept}."
        ).format(backup=facts.get("backup", ""), kept=facts.get("kept", ""))
    if notice.kind == "restore_failed":
        return translate("Trouble", "Putting back the backup {backup} did not work: {why}").format(
            backup=facts.get("backup", ""), why=backup_failure_words(_failure(facts, "backup"))
        )
    if notice.kind == "work_put_back":
        pages = int(facts.get("pages", 0))
        return translate(
            "Trouble",
            "Last time Writing Nook could not store some work (the disk was full, or the library could not be "
            "written), so it kept it in {files}. It has now been put back into its pieces (%n page(s)).",
            None,
            pages,
        ).format(files=facts.get("files", ""))
    if notice.kind == "backup_failed":
        return translate("Trouble", "{why} Make some room on the disk; Writing Nook tries again later.").format(
            why=backup_failure_words(_failure(facts, "name"))
        )
    return str(facts.get("text", ""))


def _failure(facts: Mapping[str, str | int], name_key: str) -> BackupFailed:
    """A backup failure told in a notice's facts (why, the file's name, detail, cause)."""
    why = str(facts.get("why", ""))
    return BackupFailed(
        why if why in FAILURES else "not_made",
        str(facts.get(name_key, "")),
        str(facts.get("detail", "")),
        str(facts.get("cause", "other")),
    )
