"""`nook export`: talking books and PDFs without the window, for a teacher's script.

    nook export --format epub|pdf --writer NAME_OR_ID [--piece TITLE_OR_ID] [--finished] OUT
    nook export --class --format epub|pdf [--writer NAME_OR_ID ...] [--finished] OUT

Reads the library on a read-only connection, so it never changes it and runs while the
app is open on the same library. Exit status: 0 written, 2 nothing to write or a bad
request (unknown writer or piece, empty selection, no library), 1 the file could not
be written.

What it says (errors, notes, the class book's own pages) is in the language asked for:
--language, else the environment's (LC_ALL, LC_MESSAGES, LANG), else the one writer's
named, else the grown-up corner's. A piece is worded in its own language, as in the app.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from nook import command_line
from nook.core.library import Library
from nook.error_words import reason_for
from nook.i18n import locale, phrases_in, translate

if TYPE_CHECKING:
    from nook.export.talking_book import Job
from nook.core.paths import resolve_data_dir


class ExportRefused(Exception):
    """A request that cannot be met; str() says why, in plain words."""


def parse_export_args(argv: list[str]) -> argparse.Namespace:
    """The command's arguments; its help, usage and mistakes are said in the language
    asked for (--language, else the environment's)."""
    language = command_line.asked_language(argv)
    with phrases_in(language):
        parser = command_line.WordedParser(
            language, prog="nook export", description=translate("ExportCommand", "Make a talking book (ePub) or a PDF.")
        )
        add = parser.add_argument
        add("--data-dir", metavar="DIR", help=translate("ExportCommand", "folder of the library (default: as the app)"))
        add(
            "--format",
            choices=("epub", "pdf"),
            required=True,
            help=translate("ExportCommand", "epub: a talking book; pdf: paper"),
        )
        add(
            "--writer",
            action="append",
            default=[],
            metavar="NAME_OR_ID",
            help=translate("ExportCommand", "whose pieces"),
        )
        add(
            "--piece",
            metavar="TITLE_OR_ID",
            help=translate("ExportCommand", "one piece of the writer (default: all of them)"),
        )
        add("--finished", action="store_true", help=translate("ExportCommand", "only pieces marked finished"))
        add(
            "--class",
            dest="class_book",
            action="store_true",
            help=translate("ExportCommand", "one class book of many writers"),
        )
        add(
            "--since",
            type=_day,
            metavar="YYYY-MM-DD",
            help=translate("ExportCommand", "pieces started on or after"),
        )
        add(
            "--until",
            type=_day,
            metavar="YYYY-MM-DD",
            help=translate("ExportCommand", "pieces started on or before"),
        )
        add("--name", default=None, help=translate("ExportCommand", "the class's or family's name on the cover"))
        add(
            "--paper",
            choices=("auto", "a4", "letter"),
            default="auto",
            help=translate("ExportCommand", "PDF paper size"),
        )
        add("--no-audio", action="store_true", help=translate("ExportCommand", "a talking book without the voice"))
        add(
            "--language",
            metavar="CODE",
            help=translate("ExportCommand", "the language of messages and the class book (en, es)"),
        )
        add("out", metavar="OUT", help=translate("ExportCommand", "the file to write"))
    return parser.parse(argv)


def _day(text: str) -> date:
    """A --since or --until date; one not written like 2026-03-02 is said plainly."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("ExportCommand", "{text} is not a date written like 2026-03-02").format(text=text)
        ) from None


def asked_language(args: argparse.Namespace) -> str | None:
    """The language asked for: --language, else the computer's ("es_MX.UTF-8" is
    "es"); None when neither names one ("C", "POSIX", nothing)."""
    if args.language:
        return command_line.plain_code(args.language)
    return command_line.computer_language()


def speak(code: str | None) -> None:
    """Put in `code`'s translation (English when it has none), as the app does."""
    from nook.ui.language import LanguageSwitch, translated_languages

    LanguageSwitch.shared().use(code if code in translated_languages() else "en")


def say(message: str) -> None:
    print(f"nook export: {message}", file=sys.stderr)


def check_writable(out: Path) -> None:
    """Refuse early (before any work) an OUT that cannot be written."""
    if out.is_dir():
        raise OSError(translate("ExportCommand", "{path} is a folder; give a file name").format(path=out))
    folder = out.parent
    if not folder.is_dir():
        raise OSError(translate("ExportCommand", "the folder {folder} does not exist").format(folder=folder))
    try:
        fd, probe = tempfile.mkstemp(prefix=".nook-export-", dir=folder)
    except OSError as error:
        raise OSError(
            translate("ExportCommand", "cannot write in {folder}: {reason}").format(
                folder=folder, reason=reason_for(error)
            )
        ) from error
    os.close(fd)
    os.unlink(probe)


def run_export(argv: list[str]) -> int:
    args = parse_export_args(argv)
    out = Path(args.out).expanduser()
    # No window is shown: draw off screen wherever this runs (a server, a script).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from nook.core.read_only import CannotRead, open_read_only
    from nook.export.problems import cannot_read_words
    from nook.export.selection import SelectionError
    from nook.ui.app import create_application

    create_application([sys.argv[0]])
    asked = asked_language(args)
    speak(asked)
    try:
        check_writable(out)
    except OSError as error:
        say(str(error))
        return 1
    if args.piece and (args.class_book or len(args.writer) != 1):
        say(translate("ExportCommand", "--piece needs exactly one --writer (and no --class)"))
        return 2
    if not args.class_book and len(args.writer) != 1:
        say(translate("ExportCommand", "name one --writer, or make a --class book"))
        return 2
    try:
        library = open_read_only(resolve_data_dir(args.data_dir))
    except CannotRead as error:
        say(cannot_read_words(error))
        return 2
    if asked is None:
        speak(_library_language(library, args))
    from nook.export.talking_book import Job

    job = Job()
    try:
        written = _export(library, args, out, job)
    except (SelectionError, ExportRefused) as error:
        say(str(error))
        return 2
    except OSError as error:
        say(translate("ExportCommand", "could not write {path}: {reason}").format(path=out, reason=reason_for(error)))
        return 1
    finally:
        library.close()
    for note in job.notes:
        say(note)
    size = translate("ExportCommand", "{size} KB").format(size=locale().toString(written.stat().st_size // 1024))
    print(translate("ExportCommand", "wrote {path} ({size})").format(path=written, size=size))
    return 0


def _library_language(library: Library, args: argparse.Namespace) -> str:
    """No language asked for: the one writer's named, else the grown-up corner's."""
    from nook.export.selection import SelectionError, find_writer, writer_language

    if len(args.writer) == 1 and not args.class_book:
        try:
            return writer_language(library, find_writer(library, args.writer[0]).id)
        except SelectionError:
            pass  # said in a moment, in the corner's language
    return str(library.setting("language") or "en")


def _export(library: Library, args: argparse.Namespace, out: Path, job: Job) -> Path:
    from nook.export.class_book import class_book_epub, class_book_pdf, class_book_title
    from nook.export.page_parts import kind_title
    from nook.export.pdf import export_pdf
    from nook.export.selection import find_piece, find_writer, gather
    from nook.export.talking_book import export_talking_book

    writers = [find_writer(library, name) for name in args.writer]
    audio = not args.no_audio
    if args.piece:
        piece = find_piece(library, writers[0], args.piece)
        if args.finished and not piece.finished:
            raise ExportRefused(
                translate("ExportCommand", "{title} is not finished (leave out --finished to export it)").format(
                    title=piece.title or kind_title(piece.kind)
                )
            )
        if args.format == "pdf":
            return export_pdf(library, piece.id, out, paper=args.paper)
        return export_talking_book(library, piece.id, out, job=job, audio=audio)
    groups = gather(library, writers or None, args.finished, args.since, args.until)
    if not groups:
        raise ExportRefused(nothing_to_export(args.finished, [w.name or w.id for w in writers]))
    if not args.class_book and len(groups[0].pieces) == 1:
        piece = groups[0].pieces[0]
        if args.format == "pdf":
            return export_pdf(library, piece.id, out, paper=args.paper)
        return export_talking_book(library, piece.id, out, job=job, audio=audio)
    if args.class_book:
        title = class_book_title()
    else:
        title = translate("Export", "{name}'s writing").format(name=writers[0].name)
    name = args.name if args.name is not None else str(library.setting("class_name") or "")
    if args.format == "pdf":
        return class_book_pdf(library, groups, out, name, date.today(), job=job, paper=args.paper, title=title)
    return class_book_epub(library, groups, out, name, date.today(), job=job, audio=audio, title=title)


def nothing_to_export(finished: bool, names: list[str]) -> str:
    if not names:
        if finished:
            return translate("ExportCommand", "there are no finished pieces by any writer to export")
        return translate("ExportCommand", "there are no pieces by any writer to export")
    whose = ", ".join(names)
    if finished:
        return translate("ExportCommand", "there are no finished pieces by {names} to export").format(names=whose)
    return translate("ExportCommand", "there are no pieces by {names} to export").format(names=whose)
