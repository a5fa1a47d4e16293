"""The windows of a start, one after another until the app ends: the trouble screen while
the library cannot be opened (until the grown-up tries again or puts a backup back), then
the main window until it closes; after a restore, the library is opened again.

`run` is the loop; `held_elsewhere` is the screen for a library whose Writing Nook does not
answer. The library itself is opened and mended in nook/library_start.py.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from nook.core import recordings
from nook.core.library import LIBRARY_FILE, Library, LibraryBusy, LibraryTrouble
from nook.core.notices import Notice
from nook.first_screen import VOICE_LATEST_MS, resume_collector, start_up
from nook.library_start import (
    bring_back_held_work,
    busy_wait,
    open_library,
    restore_backup,
    say,
    tell_the_grown_up,
    worded,
)

log = logging.getLogger("nook")

# How long the first start waits for a lock before anything is on screen; then the
# trouble screen says it is waiting while a worker waits the rest (busy_wait).
FIRST_LOOK_SECONDS = 0.5
RESTORE = 7  # app.exit code: a grown-up chose a backup to put back
RETRY = 8  # app.exit code: try opening the library again


def run(app, args: argparse.Namespace, data_dir: Path, guard) -> int:
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
            say(worded(trouble))
            if args.smoke:
                return 3
            guard.listen()
            keep_trying = first_look is not None and isinstance(trouble, LibraryBusy)
            first_look = None
            choice, chosen, reopened, cover = _show_trouble(app, trouble, data_dir, cover, keep_trying)
            if choice == RESTORE and chosen is not None:
                pending_note = restore_backup(data_dir, chosen)
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
            waiting = bring_back_held_work(library)
        if pending_note:
            tell_the_grown_up(library, pending_note)
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
            pending_note = restore_backup(data_dir, chosen)
            continue
        return int(status)


def held_elsewhere(app, args: argparse.Namespace, data_dir: Path) -> int:
    """The library's lock is held by a Writing Nook that did not answer (another user's on
    a shared folder, or one that hangs): said as a library another program holds is, on
    the trouble screen, with nothing to try or restore over a library in use. It used to
    quit with nothing on the screen, as if the other window had come forward."""
    trouble = LibraryBusy("busy", data_dir / LIBRARY_FILE, "its Writing Nook lock is held, and no one answers")
    log.warning("the library's lock is held by a Writing Nook that does not answer: %s", data_dir)
    say(worded(trouble))
    if args.smoke:
        return 3
    from nook.ui.trouble import show_trouble_screen

    screen = show_trouble_screen(app, trouble, data_dir)
    for part in (screen.retry_button, screen.restore_button, screen.backup_list, screen.or_label):
        part.hide()
    app.exec()
    return 3


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
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer

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
        # Gone now, not at some later turn of a loop: after a restore the next window is
        # made at once, and putting the writer's language back (the corner's was in) told
        # this closed one too; its pages read their closed library and the app crashed.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        library.close()
    return int(status), (chosen[0] if chosen else None)
