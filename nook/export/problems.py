"""What can go wrong making a file, as facts and as words for the grown-up.

An export raises (and logs, and its tests match) plain English facts; where one is shown
to a grown-up it is worded with ``worded`` in the language installed there. Wording
them where they happen would not do: a piece's pages are worded in the language of its
words (nook.i18n.phrases_in), which need not be the grown-up's.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from nook.core.read_only import CannotRead
from nook.error_words import reason_for
from nook.i18n import translate

NO_PAGES = "this piece has no pages"
NO_PAGES_TO_PRINT = "this piece has no pages to print"
NOTHING_CHOSEN = "no pieces were chosen"
CANNOT_DRAW = "cannot start drawing the pages"
CANNOT_TURN = "cannot start a new page"
EMPTY_PDF = "the PDF came out empty"
CUT_SHORT = "the PDF was not written whole"
NO_PICTURE = "the picture could not be made"
DID_NOT_RUN = "the export did not run"
# The voice and the sound of a talking book.
ESPEAK_MISSING = "espeak-ng is not installed ("  # then the reason and ")"
ESPEAK_SILENT = "espeak-ng did not start"
NO_AAC = "this computer's QtMultimedia cannot write AAC audio"
NO_SOUND = "there is no sound to encode"
TOO_LONG = "the audio encoder took too long"
EMPTY_AUDIO = "the audio file came out empty"


def worded(problem: str) -> str:
    """`problem` in the language installed; one not known here (the system's own words
    for a full disk, say) stays as it is."""
    if problem.startswith(ESPEAK_MISSING):
        return translate("Export", "espeak-ng is not installed ({error})").format(
            error=problem.removeprefix(ESPEAK_MISSING).removesuffix(")")
        )
    phrases = {
        NO_PAGES: translate("Export", "this piece has no pages"),
        NO_PAGES_TO_PRINT: translate("Export", "this piece has no pages to print"),
        NOTHING_CHOSEN: translate("Export", "no pieces were chosen"),
        CANNOT_DRAW: translate("Export", "the pages could not be drawn"),
        CANNOT_TURN: translate("Export", "a new page could not be started"),
        EMPTY_PDF: translate("Export", "the PDF came out empty"),
        CUT_SHORT: translate("Export", "the PDF was not written whole"),
        NO_PICTURE: translate("Export", "the picture could not be made"),
        DID_NOT_RUN: translate("Export", "the export did not run"),
        ESPEAK_SILENT: translate("Export", "espeak-ng did not start"),
        NO_AAC: translate("Export", "this computer cannot write the talking book's sound (AAC)"),
        NO_SOUND: translate("Export", "there is no sound to put in the book"),
        TOO_LONG: translate("Export", "making the sound took too long"),
        EMPTY_AUDIO: translate("Export", "the sound file came out empty"),
    }
    return phrases.get(problem, problem)


def cannot_read_words(error: CannotRead) -> str:
    """Why the library cannot be read for an export, in the language installed: one
    wording for the grown-up corner and the `nook export` command."""
    if error.why == "no_library":
        return translate("Trouble", "There is no library in {path}.").format(path=error.path)
    if error.why == "not_ours":  # the same words as the app's when it will not open it
        return translate(
            "Trouble",
            "{path} is another program's file, not a Writing Nook library, so Writing Nook did not open "
            "or change it. Choose another folder with --data-dir.",
        ).format(path=error.path)
    if error.why == "older":
        return translate(
            "Trouble", "The library {path} is from an older Writing Nook: open it in Writing Nook once first."
        ).format(path=error.path)
    return translate("Trouble", "The library {path} cannot be read: {why}.").format(
        path=error.path, why=reason_for(error)
    )


# Qt's PDF writer says only that it failed (a page not turned, a painter not begun), or
# nothing at all: a disk that fills under it leaves a file cut short. The disk is asked
# instead, with a write of this many bytes beside the file while the half file is there.
PROBE_BYTES = 256 * 1024
_WRITER_FAILED = (CANNOT_DRAW, CANNOT_TURN)


@contextmanager
def pdf_written(temp: Path) -> Iterator[None]:
    """Around writing a PDF at `temp` with Qt's writer: a failure it does not explain (a
    page not turned, a painter not begun) is raised as the disk's own error when the
    disk has one (full, taken out), so the grown-up hears "the disk is full" rather than
    "a new page could not be started"."""
    try:
        yield
    except OSError as error:
        if str(error) in _WRITER_FAILED:
            raise _disk_trouble(temp.parent) or error from error
        raise


def check_whole(temp: Path) -> None:
    """Raise if the PDF at `temp` (its writer let go) does not end as a PDF ends
    ("%%EOF"): a disk that fills under Qt's writer leaves a file cut short, and the
    writer says nothing. The disk's own error when it has one."""
    if not _ends_whole(temp):
        raise _disk_trouble(temp.parent) or OSError(EMPTY_PDF if _size(temp) == 0 else CUT_SHORT)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _ends_whole(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - 64))
            return b"%%EOF" in handle.read()
    except OSError:
        return False


def _disk_trouble(folder: Path) -> OSError | None:
    """The error a write of PROBE_BYTES into `folder` meets, if any."""
    if not folder.is_dir():
        return FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
    probe = folder / f".nook-room-{secrets.token_hex(4)}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, bytes(PROBE_BYTES))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as error:
        return error
    finally:
        probe.unlink(missing_ok=True)
    return None
