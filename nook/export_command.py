"""`nook export`: talking books and PDFs without the window, for a teacher's script.

    nook export --format epub|pdf --writer NAME_OR_ID [--piece TITLE_OR_ID] [--finished] OUT
    nook export --class --format epub|pdf [--writer NAME_OR_ID ...] [--finished] OUT

Reads the library on a read-only connection, so it never changes it and runs while the
app is open on the same library. Exit status: 0 written, 2 nothing to write or a bad
request (unknown writer or piece, empty selection, no library), 1 the file could not
be written.
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
    parser.add_argument("out", metavar="OUT", help="the file to write")
    return parser.parse_args(argv)


def check_writable(out: Path) -> None:
    """Refuse early (before any work) an OUT that cannot be written."""
    if out.is_dir():
        raise OSError(f"{out} is a folder; give a file name")
    folder = out.parent
    if not folder.is_dir():
        raise OSError(f"the folder {folder} does not exist")
    try:
        fd, probe = tempfile.mkstemp(prefix=".nook-export-", dir=folder)
    except OSError as error:
        raise OSError(f"cannot write in {folder}: {error.strerror or error}") from error
    os.close(fd)
    os.unlink(probe)


def run_export(argv: list[str]) -> int:
    args = parse_export_args(argv)
    out = Path(args.out).expanduser()
    try:
        check_writable(out)
    except OSError as error:
        print(f"nook export: {error}", file=sys.stderr)
        return 1
    if args.piece and (args.class_book or len(args.writer) != 1):
        print("nook export: --piece needs exactly one --writer (and no --class)", file=sys.stderr)
        return 2
    if not args.class_book and len(args.writer) != 1:
        print("nook export: name one --writer, or make a --class book", file=sys.stderr)
        return 2
    # No window is shown: draw off screen wherever this runs (a server, a script).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from nook.core.read_only import CannotRead, open_read_only
    from nook.export.selection import SelectionError
    from nook.ui.app import create_application

    create_application([sys.argv[0]])
    try:
        library = open_read_only(resolve_data_dir(args.data_dir))
    except CannotRead as error:
        print(f"nook export: {error}", file=sys.stderr)
        return 2
    from nook.export.talking_book import Job

    job = Job()
    try:
        written = _export(library, args, out, job)
    except (SelectionError, ExportRefused) as error:
        print(f"nook export: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"nook export: could not write {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        library.close()
    for note in job.notes:
        print(f"nook export: {note}", file=sys.stderr)
    print(f"wrote {written} ({written.stat().st_size // 1024} KB)")
    return 0


def _export(library: Library, args: argparse.Namespace, out: Path, job: Job) -> Path:
    from nook.export.class_book import class_book_epub, class_book_pdf, class_book_title
    from nook.export.pdf import export_pdf
    from nook.export.selection import find_piece, find_writer, gather
    from nook.export.talking_book import export_talking_book
    from nook.i18n import translate

    writers = [find_writer(library, name) for name in args.writer]
    audio = not args.no_audio
    if args.piece:
        piece = find_piece(library, writers[0], args.piece)
        if args.finished and not piece.finished:
            raise ExportRefused(f"{piece.title or piece.kind} is not finished (leave out --finished to export it)")
        if args.format == "pdf":
            return export_pdf(library, piece.id, out, paper=args.paper)
        return export_talking_book(library, piece.id, out, job=job, audio=audio)
    groups = gather(library, writers or None, args.finished, args.since, args.until)
    if not groups:
        which = "finished pieces" if args.finished else "pieces"
        whose = ", ".join(w.name for w in writers) if writers else "any writer"
        raise ExportRefused(f"there are no {which} by {whose} to export")
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
