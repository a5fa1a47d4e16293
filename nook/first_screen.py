"""What a start does once its window is shown, and Python's collector around it.

The voice starts when the first screen is ready (painted, the shelf with its visible
covers drawn), never before, so the speech engine's start does not delay what a child
first sees; what the first screen did not need (sqlite-utils, old covers removed, the
pictures drawn kept, the editor warmed up) follows while the child looks at it; `--smoke`
quits only then. Python's cycle collector waits while the window is built.
"""

from __future__ import annotations

import argparse
import gc
import logging
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("nook")


def pause_collector() -> None:
    """Python's cycle collector waits while the window is built. A start makes long-lived
    things (modules, classes, Qt's types and enums, the widgets) and next to no garbage,
    yet the collector walks them again and again as they are made (~10 ms of a start)."""
    gc.disable()


def resume_collector() -> None:
    """The collector again (the first screen is ready, or the start went another way).
    What the start made is set aside first (gc.freeze): it lives as long as the app, and
    no later collection walks it again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def set_aside_warm_up() -> None:
    """What the editor's warm-up made (its modules, classes and pictures) lives as long as
    the app too: set aside as the start's was (for a start that paused the collector), so
    the collector's first full walk after it, likely in the child's first tap on a cover,
    does not walk it (one over what a start and warm-up make took 22 ms of a first open
    in bench_open_piece)."""
    if gc.isenabled():
        gc.freeze()


SMOKE_LIMIT_MS = 60_000  # a smoke start that never gets painted fails rather than hangs
VOICE_LATEST_MS = 3_000  # the voice starts by then even if the window is never painted (hidden)


def start_up(leave: Callable[[int], None], window, voice, args: argparse.Namespace):
    """What happens once the window is shown: the voice starts when the first screen is
    ready (painted, the shelf with its visible covers drawn), never before, so the speech
    engine's start does not delay what a child first sees; `--smoke` quits only then
    (`leave(status)` ends the event loop: the app's exit)."""
    from PySide6.QtCore import QTimer

    from nook.speech import make_voice
    from nook.ui.kit import drawn_icons
    from nook.ui.ready import StartWatch, note_mark

    note_mark("shown")
    collector_paused = not gc.isenabled()  # (pause_collector: set aside at ready, see below)
    watch = StartWatch(window)
    watch.ready.connect(lambda: log.info("ready"))
    # The collector, paused while the window was built (pause_collector), is back once the
    # first screen is ready, or after a while if it is never painted (hidden).
    watch.ready.connect(resume_collector)
    QTimer.singleShot(VOICE_LATEST_MS, window, resume_collector)
    # Double taps are looked at from when there is something to tap: an application-wide
    # filter sees every event of the start, and its cost would come before the first paint.
    watch.ready.connect(window.second_taps.listen)
    QTimer.singleShot(VOICE_LATEST_MS, window, window.second_taps.listen)

    def start_engine() -> None:
        if voice.is_ready():
            return
        engine = make_voice("auto")
        if not engine.is_available():
            log.warning("speech is not available: %s", engine.unavailable_reason())
        voice.attach(engine)
        note_mark("voice")

    # What the first screen did not need, done while the child looks at it: sqlite-utils
    # for the library's writes (the first edit then does not wait for it), the shelf
    # covers kept for pieces that are gone removed, the pictures this start drew kept, and a
    # big library's file checked whole (nook/ui/whole_check.py).
    def settle() -> None:
        window.library.db.warm()
        # A library too big to check whole before the first screen is checked now.
        from nook.ui.whole_check import check_later

        window.whole_check = check_later(window.library, window)
        window.shelf_screen.thumbnails.store.prune()
        kept = drawn_icons.kept()
        if kept is not None:
            kept.keep_new()

    watch.ready.connect(lambda: QTimer.singleShot(0, window, settle))

    # The editor too (its modules, pictures, sticker names), a small step a turn: the
    # child's first tap on a cover then waits no longer than any later one.
    def warm_up() -> None:
        # (A window closed before its first screen was ready has no child to wait for it,
        # and its library may be closed already.)
        if window.isVisible():
            from nook.ui.editor.warm import warm_up_editor

            warm = warm_up_editor(window)
            if collector_paused:
                warm.done.connect(set_aside_warm_up)

    watch.ready.connect(warm_up)
    if not args.no_speech:
        # Without speech the voice never gets an engine: it stays the one that cannot
        # speak (every utterance over at once, unheard), and says "No voice is connected."
        watch.ready.connect(start_engine)
        QTimer.singleShot(VOICE_LATEST_MS, window, start_engine)
    if args.backpack and not args.smoke:
        # A backpack handed to the app (a double-click on a .nook file), once it is ready.
        watch.ready.connect(lambda: window.open_backpack(Path(args.backpack).expanduser()))
    if args.smoke:
        # Quit once the first screen is painted with its covers, and the voice started.
        watch.ready.connect(lambda: leave(0))

        def too_long() -> None:
            log.error("the first screen was not painted within %d ms", SMOKE_LIMIT_MS)
            leave(4)

        QTimer.singleShot(SMOKE_LIMIT_MS, watch, too_long)
    return watch
