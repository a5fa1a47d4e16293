"""`nook` and `python -m nook`: parse flags, open the library, show the window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from nook import __version__
from nook.core import recordings
from nook.core.library import Library, LibraryDamaged
from nook.core.paths import DataDirError, ensure_writable, resolve_data_dir

log = logging.getLogger("nook")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nook", description="Writing Nook: make books, lists, signs and letters.")
    parser.add_argument("--version", action="version", version=f"Writing Nook {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="folder for the library (default: your data folder, or $NOOK_DATA_DIR)"
    )
    parser.add_argument(
        "--no-speech", action="store_true", help="start without the speech engine (a computer with no speakers)"
    )
    parser.add_argument("backpack", nargs="?", help="a .nook backpack file to open (the grown-up brings it in)")
    parser.add_argument(
        "--smoke", action="store_true", help="start, show the shelf, and quit (for tests and packaging)"
    )
    return parser.parse_args(argv)


def open_library(data_dir: Path) -> Library:
    """Open the library; a damaged file is kept aside and what can be read is rescued."""
    try:
        return Library.open(data_dir)
    except LibraryDamaged as exc:
        from nook.core.recovery import salvage

        library, kept, rescued = salvage(data_dir)
        log.warning("The library was damaged (%s). It was kept as %s; rescued %s.", exc, kept, rescued)
        print(
            f"Writing Nook: the library file was damaged. It was kept as {kept} and "
            f"everything that could be read was copied into a fresh library.",
            file=sys.stderr,
        )
        library.set_state("recovered_from", str(kept))
        return library


def _qt_message_to_log(mode, context, message: str) -> None:
    """Qt's own messages go to the log file, not the terminal a grown-up started us from."""
    from PySide6.QtCore import QtMsgType

    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger(f"qt.{context.category or 'default'}").log(level, "%s", message)


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
        from nook.export_command import run_export

        return run_export(exporting)
    args = parse_args(argv)
    try:
        data_dir = ensure_writable(resolve_data_dir(args.data_dir))
    except DataDirError as exc:
        print(f"Writing Nook: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        filename=str(data_dir / "nook.log"), level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    library = open_library(data_dir)
    # A recording cut off by a crash last time was never stored; its file goes now.
    recordings.clear_unfinished(data_dir)

    from PySide6.QtCore import QTimer, qInstallMessageHandler

    from nook.speech import ForwardingVoice, make_voice
    from nook.ui.app import create_application
    from nook.ui.main_window import MainWindow

    qInstallMessageHandler(_qt_message_to_log)
    app = create_application([sys.argv[0]])
    voice = ForwardingVoice()
    window = MainWindow(library, voice)
    window.showMaximized()

    def start_engine() -> None:
        # After the first screen is up: starting the speech engine takes a moment.
        engine = make_voice("auto")
        if not engine.is_available():
            log.warning("speech is not available: %s", engine.unavailable_reason())
        voice.attach(engine)

    if not args.no_speech:
        # Without speech the voice never gets an engine: it stays the one that cannot
        # speak (every utterance over at once, unheard), and says "No voice is connected."
        QTimer.singleShot(0, start_engine)
    if args.backpack and not args.smoke:
        # A backpack handed to the app (a double-click on a .nook file), after the voice.
        QTimer.singleShot(0, lambda: window.open_backpack(Path(args.backpack).expanduser()))
    if args.smoke:
        # Quit once the first screen is shown and the voice is ready.
        QTimer.singleShot(0, app.quit)
    try:
        status = app.exec()
    finally:
        window.flush()
        voice.shutdown()
        library.close()
    return int(status)


def gui_main() -> None:
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
