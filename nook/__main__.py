"""`nook` and `python -m nook`: parse flags, make the data folder ready, take the one-app
lock, then hand over to the start's loop (nook/start_loop.py); `nook export` goes to
nook/export_command.py."""

from __future__ import annotations

import gc

if __name__ == "__main__":
    gc.disable()  # from the first import on: see pause_collector

import logging
import sys

from nook.core.paths import DataDirError, resolve_data_dir
from nook.first_screen import pause_collector, resume_collector
from nook.library_start import lock_wait, prepare_data_dir, say
from nook.start_loop import held_elsewhere, run

log = logging.getLogger("nook")


def export_argv(argv: list[str]) -> list[str] | None:
    """The export subcommand's own arguments (`nook [--data-dir D] export ...`), or None."""
    if argv[:1] == ["export"]:
        return argv[1:]
    if len(argv) >= 3 and argv[0] == "--data-dir" and argv[2] == "export":
        return [*argv[3:], "--data-dir", argv[1]]
    return None


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
    # The lock now; listening for a later start once the first screen is up (start_loop).
    if not guard.claim(listen=False):
        if guard.answered:
            log.info("Writing Nook is already open on %s: asked it to come forward", data_dir)
            return 0
        return held_elsewhere(app, args, data_dir)
    try:
        return run(app, args, data_dir, guard)
    finally:
        guard.release()


def gui_main() -> None:
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
