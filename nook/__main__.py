"""`nook` and `python -m nook`: parse flags, open the library, show the window."""

from __future__ import annotations

import gc

if __name__ == "__main__":
    gc.disable()  # from the first import on: see pause_collector

import argparse
import contextlib
import errno
import logging
import os
import sys
from pathlib import Path

from nook.core import opening, recordings
from nook.core.library import LIBRARY_FILE, Library, LibraryBusy, LibraryDamaged, LibraryTrouble
from nook.core.notices import Notice
from nook.core.paths import DataDirError, ensure_writable, make_folder, resolve_data_dir
from nook.first_screen import VOICE_LATEST_MS, pause_collector, resume_collector, start_up

log = logging.getLogger("nook")


def say(message: str) -> None:
    """A message for whoever started Writing Nook from a terminal."""
    print(f"Writing Nook: {message}", file=sys.stderr)


def _worded(fact: Notice | Exception) -> str:
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
        say(_worded(notice))
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


def export_argv(argv: list[str]) -> list[str] | None:
    """The export subcommand's own arguments (`nook [--data-dir D] export ...`), or None."""
    if argv[:1] == ["export"]:
        return argv[1:]
    if len(argv) >= 3 and argv[0] == "--data-dir" and argv[2] == "export":
        return [*argv[3:], "--data-dir", argv[1]]
    return None


# How long the first start waits for a lock before anything is on screen; then the
# trouble screen says it is waiting while a worker waits the rest (busy_wait).
FIRST_LOOK_SECONDS = 0.5
RESTORE = 7  # app.exit code: a grown-up chose a backup to put back
RETRY = 8  # app.exit code: try opening the library again


def main(argv: list[str] | None = None) -> int:
    exporting = export_argv(sys.argv[1:] if argv is None else argv)
    if exporting is not None:
        resume_collector()
        from nook.export_command import run_export

        return run_export(exporting)
    pause_collector()
    try:
        return _start(argv)
    finally:
        resume_collector()  # (at once if the window never got so far)


def _start(argv: list[str] | None) -> int:
    from nook.command_line import parse_args

    args = parse_args(argv)
    data_dir = resolve_data_dir(args.data_dir)
    try:
        writable = prepare_data_dir(data_dir)
    except DataDirError as exc:
        from nook.command_line import data_dir_words
        from nook.i18n import phrases_in
        from nook.ui.language import computer_language

        with phrases_in(computer_language()):
            say(data_dir_words(exc))
        return 2
    from nook.ui.app import create_application, start_logging
    from nook.ui.single_instance import WAIT_SECONDS, SingleInstance

    # A log line that cannot be written (a full disk) is lost quietly, not a traceback.
    logging.raiseExceptions = False
    # nook.log is rotated and Qt's messages are rate-limited: a storm cannot fill the disk.
    start_logging(data_dir if writable else None)
    app = create_application([sys.argv[0]])
    guard = SingleInstance(data_dir, wait_seconds=lock_wait(WAIT_SECONDS))
    # The lock now; listening for a later start once the first screen is up (below).
    if not guard.claim(listen=False):
        if guard.answered:
            log.info("Writing Nook is already open on %s: asked it to come forward", data_dir)
            return 0
        return _held_elsewhere(app, args, data_dir)
    try:
        return _run(app, args, data_dir, guard)
    finally:
        guard.release()


def _run(app, args: argparse.Namespace, data_dir: Path, guard) -> int:
    """Open the library and show the window, again after a restore or a retry."""
    pending_note: Notice | None = None
    # The trouble screen stays up until what follows it is shown (the window, or the
    # screen again): a grown-up who tapped "Try again" or restored always sees a window.
    cover = None
    reopened: Library | None = None
    # The first look waits briefly: a library another program holds is then waited for
    # with the trouble screen up, saying so (--smoke has no screen: it waits the whole time).
    first_look: float | None = None if args.smoke else min(FIRST_LOOK_SECONDS, busy_wait())
    while True:
        try:
            library = reopened or open_library(data_dir, first_look)
        except LibraryTrouble as trouble:
            resume_collector()  # the trouble screen may be up for long
            log.warning("the library cannot be opened: %s", trouble)
            say(_worded(trouble))
            if args.smoke:
                return 3
            guard.listen()
            keep_trying = first_look is not None and isinstance(trouble, LibraryBusy)
            first_look = None
            choice, chosen, reopened, cover = _show_trouble(app, trouble, data_dir, cover, keep_trying)
            if choice == RESTORE and chosen is not None:
                pending_note = _restore(data_dir, chosen)
                continue
            if choice == RETRY and reopened is not None:
                continue
            cover.close()
            return 3
        reopened = first_look = None
        waiting = None
        if not library.read_only:
            # A recording cut off by a crash last time was never stored; its file goes now
            # (only here, past the one-app-per-library guard, so a running app keeps its own).
            recordings.clear_unfinished(data_dir)
            waiting = _bring_back_held_work(library)
        if pending_note:
            _tell_the_grown_up(library, pending_note)
            pending_note = None
        status, chosen = _show_window(app, args, library, guard, cover, waiting)
        cover = None
        # Before a restore no backup is made: the library is kept aside whole anyway, and
        # thinning the backups could remove the very one the grown-up chose.
        if not library.read_only and status != RESTORE:
            from nook.core import backups

            try:
                backups.make_backup(library.path)
            except backups.BackupFailed as failed:
                log.warning("the backup at close failed: %s", failed)
        if status == RESTORE and chosen is not None:
            pending_note = _restore(data_dir, chosen)
            continue
        return int(status)


def _tell_the_grown_up(library: Library, note: Notice) -> None:
    """How a restore the grown-up asked for went: kept in Library safety and said first,
    before the library's own notice (a failed restore on a read-only library came back
    with only the read-only banner, never saying the restore did not work; the failure's
    words say the disk cannot be written)."""
    from nook.core import safety

    safety.add_note(library, note)
    library.notice = note


def _held_elsewhere(app, args: argparse.Namespace, data_dir: Path) -> int:
    """The library's lock is held by a Writing Nook that did not answer (another user's on
    a shared folder, or one that hangs): said as a library another program holds is, on
    the trouble screen, with nothing to try or restore over a library in use. It used to
    quit with nothing on the screen, as if the other window had come forward."""
    trouble = LibraryBusy("busy", data_dir / LIBRARY_FILE, "its Writing Nook lock is held, and no one answers")
    log.warning("the library's lock is held by a Writing Nook that does not answer: %s", data_dir)
    say(_worded(trouble))
    if args.smoke:
        return 3
    from nook.ui.trouble import show_trouble_screen

    screen = show_trouble_screen(app, trouble, data_dir)
    for part in (screen.retry_button, screen.restore_button, screen.backup_list, screen.or_label):
        part.hide()
    app.exec()
    return 3


def _bring_back_held_work(library: Library):
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


def _restore(data_dir: Path, chosen: Path) -> Notice | None:
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


def _show_trouble(app, trouble: Exception, data_dir: Path, cover=None, keep_trying: bool = False):
    """The trouble screen (in place of `cover`, the one before) until the grown-up chooses:
    (what they chose, the backup to restore, the library "Try again" opened, the screen,
    left up for the caller to close once what follows is shown). `keep_trying`: it tries
    again at once, as if "Try again" had been tapped (a lock found at the first look)."""
    from nook.ui.trouble import Reopening, show_trouble_screen

    screen = show_trouble_screen(app, trouble, data_dir)
    if cover is not None:
        cover.close()
        cover.deleteLater()
    chosen: list[Path] = []
    opened: list[Library] = []
    reopening = Reopening(screen, lambda: open_library(data_dir))

    def reopened(library: Library) -> None:
        opened.append(library)
        app.exit(RETRY)

    def restore(path: Path) -> None:
        chosen.append(path)
        app.exit(RESTORE)

    reopening.opened.connect(reopened)
    screen.restore.connect(restore)
    if keep_trying:
        reopening.start()
    status = app.exec()
    return status, (chosen[0] if chosen else None), (opened[0] if opened else None), screen


def _show_window(
    app, args: argparse.Namespace, library: Library, guard, cover=None, waiting=None
) -> tuple[int, Path | None]:
    from PySide6.QtCore import Qt, QTimer

    from nook.speech import ForwardingVoice
    from nook.ui.keeper import LibraryKeeper
    from nook.ui.kit import drawn_icons
    from nook.ui.main_window import MainWindow
    from nook.ui.quit_signals import QuitOnSignals

    # The buttons' pictures drawn at an earlier start are read back, not drawn again.
    drawn_icons.keep_in(library.path.parent / drawn_icons.FOLDER, writable=not library.read_only)
    voice = ForwardingVoice()
    window = MainWindow(library, voice, second_taps_now=False, recovered=waiting)  # taps: from the first paint
    window.showMaximized()
    if cover is not None:  # the trouble screen, up until now
        cover.close()
        cover.deleteLater()
    keeper = LibraryKeeper(library, window)
    chosen: list[Path] = []

    def restore(path: Path) -> None:
        chosen.append(path)
        app.exit(RESTORE)

    def come_forward() -> None:
        log.info("another start asked this window to come forward")
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized | Qt.WindowState.WindowActive)
        window.show()
        window.raise_()
        window.activateWindow()

    window.restore_wanted.connect(restore)
    guard.come_forward.connect(come_forward)

    watch = start_up(app.exit, window, voice, args)
    # A shutdown's or a session's end's request to stop closes as the window does.
    stops = QuitOnSignals(lambda: app.exit(0), window)
    # A later start on this library brings this window forward: listened for once the
    # shelf is up (it keeps asking until then), or after a while if it is never painted.
    watch.ready.connect(guard.listen)
    QTimer.singleShot(VOICE_LATEST_MS, window, guard.listen)
    try:
        status = app.exec()
    finally:
        stops.restore()
        # A book half made is dropped; its thread must end first. No export module loaded
        # means none was ever started: quitting does not import them all just to see.
        exports = sys.modules.get("nook.ui.kit.export_runner")
        if exports is not None:
            exports.stop_all_exports()
        window.flush()
        kept = drawn_icons.kept()
        if kept is not None:
            kept.keep_new()  # the pictures drawn this visit (and not kept yet), for the next start
        guard.come_forward.disconnect(come_forward)
        window.leaving = True  # ending (the loop is over): no close is refused now
        window.close()
        voice.shutdown()
        keeper.wait()
        keeper.in_place.keep()  # a library file removed while open is written back first
        window.deleteLater()
        library.close()
    return int(status), (chosen[0] if chosen else None)


def gui_main() -> None:
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
