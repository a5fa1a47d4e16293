"""The library as a start finds it: the data folder made ready, the library opened (a
damaged one rescued, a new one in the computer's language), a backup put back, work held
in recovery files brought back; and how long a start waits for a lock another holds.

No window here: what the grown-up must hear is said to the terminal (`say`) and left as
the library's notice for the screens (nook/start_loop.py) to show.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from pathlib import Path

from nook.core import opening
from nook.core.library import Library, LibraryDamaged
from nook.core.notices import Notice
from nook.core.paths import DataDirError, ensure_writable, make_folder

log = logging.getLogger("nook")


def say(message: str) -> None:
    """A message for whoever started Writing Nook from a terminal."""
    print(f"Writing Nook: {message}", file=sys.stderr)


def worded(fact: Notice | Exception) -> str:
    """A notice or a trouble in the environment's language (the terminal's reader's)."""
    from nook.i18n import phrases_in
    from nook.ui.language import computer_language
    from nook.ui.trouble_words import failure_words, notice_words

    with phrases_in(computer_language()):
        return notice_words(fact) if isinstance(fact, Notice) else failure_words(fact)


def open_library(data_dir: Path, wait: float | None = None) -> Library:
    """Open the library; a damaged file is rescued into a new one beside it, then kept aside.

    Raises LibraryTrouble (busy, full, refused, or a rescue that could not be done), with
    nothing moved, for the caller to show the grown-up. `wait`: how long to wait for a
    lock another program holds (`busy_wait()` unless said).
    """
    try:
        library = Library.open(data_dir, busy_wait=busy_wait() if wait is None else wait)
    except LibraryDamaged as exc:
        from nook.core import mishaps, safety
        from nook.core.recovery import salvage

        library, kept, rescued = salvage(data_dir)
        _hold_the_backups(data_dir)
        log.warning("The library was damaged (%s). It was kept as %s; rescued %s.", exc, kept, rescued)
        library.set_state("recovered_from", str(kept))
        mishaps.record(library, mishaps.Mishap(mishaps.stamp(), "damaged", str(kept)))
        notice = Notice("rescued", {"kept": str(kept), "pieces": rescued.get("pieces", 0)})
        say(worded(notice))
        safety.add_note(library, notice)
        library.notice = notice
        return library
    if library.made_now and not library.read_only:
        from nook.ui.language import start_in_the_computers_language

        start_in_the_computers_language(library)
    return library


def _hold_the_backups(data_dir: Path) -> None:
    """The backups from before the damage are held until a grown-up puts one back or lets
    them go: the closes that follow back up the rescued library, and thinning would push
    the class's good backups out within a week."""
    from nook.core import backups

    try:
        backups.hold_all(data_dir)
    except OSError as error:
        log.warning("the backups from before the damage could not be held: %s", error)


def busy_wait() -> float:
    """How long to wait for a library another program holds (NOOK_BUSY_WAIT_SECONDS, for tests)."""
    try:
        return max(0.0, float(os.environ.get("NOOK_BUSY_WAIT_SECONDS", opening.BUSY_WAIT_SECONDS)))
    except ValueError:
        return opening.BUSY_WAIT_SECONDS


def lock_wait(usual: float) -> float:
    """How long a start waits for the Writing Nook holding the library's lock to answer:
    `usual`, or less where NOOK_BUSY_WAIT_SECONDS says (for tests)."""
    return min(usual, busy_wait()) if "NOOK_BUSY_WAIT_SECONDS" in os.environ else usual


def prepare_data_dir(folder: Path) -> bool:
    """Make the data folder if needed; True if it can be written (else the library is read-only)."""
    make_folder(folder)
    try:
        ensure_writable(folder)
    except DataDirError as exc:
        # On a read-only filesystem even removing a file that is not there fails (EROFS).
        with contextlib.suppress(OSError):
            (folder / ".nook-write-test").unlink(missing_ok=True)
        # A full disk is not a read-only folder: the library says "full" when it opens.
        return isinstance(exc.__cause__, OSError) and exc.__cause__.errno == errno.ENOSPC
    return True


def tell_the_grown_up(library: Library, note: Notice) -> None:
    """How a restore the grown-up asked for went: kept in Library safety and said first,
    before the library's own notice (a failed restore on a read-only library came back
    with only the read-only banner, never saying the restore did not work; the failure's
    words say the disk cannot be written)."""
    from nook.core import safety

    safety.add_note(library, note)
    library.notice = note


def bring_back_held_work(library: Library):
    """Work the library could not take last time (a full disk), kept in a recovery file
    at quit, goes back into its pieces now; the grown-up is told where it had been.
    If the library cannot take it yet, what the files hold (the window holds it)."""
    import sqlite3

    from nook.core import held_work

    try:
        brought = held_work.bring_back(library)
    except (sqlite3.Error, OSError) as error:
        log.warning("work kept in a recovery file cannot be put back yet (it is held and tried again): %s", error)
        return held_work.waiting(library.path.parent)
    if brought is None:
        return None
    from nook.core import mishaps, safety

    log.info("put back %d held pages from %s", brought.pages, ", ".join(map(str, brought.files)))
    note = Notice("work_put_back", {"files": ", ".join(str(path) for path in brought.files), "pages": brought.pages})
    try:
        safety.add_note(library, note)
        mishaps.record(library, mishaps.Mishap(mishaps.stamp(), "recovered", ", ".join(map(str, brought.files))))
    except (sqlite3.Error, OSError) as error:
        log.warning("the note about the work put back could not be stored: %s", error)
    library.notice = library.notice or note
    return None


def restore_backup(data_dir: Path, chosen: Path) -> Notice | None:
    """Put a backup back; what the grown-up is told of it (nothing when there was no library before)."""
    from nook.core import backups

    try:
        kept = backups.restore(data_dir, chosen)
    except backups.BackupFailed as failed:
        log.warning("restoring %s failed: %s", chosen, failed)
        facts = {
            "backup": chosen.name,
            "why": failed.why,
            "detail": failed.detail,
            "cause": failed.cause,
            "kind": failed.kind,
        }
        return Notice("restore_failed", facts)
    log.warning("restored %s; the library before was kept as %s", chosen, kept)
    return Notice("restored", {"backup": chosen.name, "kept": str(kept)}) if kept else None
