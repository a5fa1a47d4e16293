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

from nook.core.library import Library
from nook.i18n import locale, translate

if TYPE_CHECKING:
    from nook.export.talking_book import Job
from nook.core.paths import resolve_data_dir


class ExportRefused(Exception):
    """A request that cannot be met; str() says why, in plain words."""


def parse_export_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nook export", description="Make a talking book (ePub) or a PDF.")
    parser.add_argument("--data-dir", metavar="DIR", help="folder of the library (default: as the app)")
    parser.add_argument("--format", choices=("epub", "pdf"), required=True, help="epub: a talking book; pdf: paper")
    parser.add_argument("--writer", action="append", default=[], metavar="NAME_OR_ID", help="whose pieces")
    parser.add_argument("--piece", metavar="TITLE_OR_ID", help="one piece of the writer (default: all of them)")
    parser.add_argument("--finished", action="store_true", help="only pieces marked finished")
    parser.add_argument("--class", dest="class_book", action="store_true", help="one class book of many writers")
    parser.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="pieces started on or after")
    parser.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD", help="pieces started on or before")
    parser.add_argument("--name", default=None, help="the class's or family's name on the cover")
    parser.add_argument("--paper", choices=("auto", "a4", "letter"), default="auto", help="PDF paper size")
    parser.add_argument("--no-audio", action="store_true", help="a talking book without the voice")
    parser.add_argument("--language", metavar="CODE", help="the language of messages and the class book (en, es)")
    parser.add_argument("out", metavar="OUT", help="the file to write")
    return parser.parse_args(argv)


def asked_language(args: argparse.Namespace) -> str | None:
    """The language asked for: --language, else the environment's ("es_MX.UTF-8" is
    "es"); None when neither names one ("C", "POSIX", nothing)."""
    if args.language:
        return _plain_code(args.language)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return _plain_code(value)
    return None


def _plain_code(value: str) -> str | None:
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return None if code in ("", "c", "posix") else code


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
                folder=folder, reason=error.strerror or error
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
    from nook.export.problems import cannot_read_words, worded
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
        say(
            translate("ExportCommand", "could not write {path}: {reason}").format(
                path=out, reason=worded(error.strerror or str(error))
            )
        )
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
