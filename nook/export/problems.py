"""What can go wrong making a file, as facts and as words for the grown-up.

An export raises (and logs, and its tests match) plain English facts; where one is shown
to a grown-up it is worded with ``worded`` in the language installed there. Wording
them where they happen would not do: a piece's pages are worded in the language of its
words (nook.i18n.phrases_in), which need not be the grown-up's.
"""

from __future__ import annotations

from nook.core.read_only import CannotRead
from nook.error_words import reason_for
from nook.i18n import translate

NO_PAGES = "this piece has no pages"
NO_PAGES_TO_PRINT = "this piece has no pages to print"
NOTHING_CHOSEN = "no pieces were chosen"
CANNOT_DRAW = "cannot start drawing the pages"
CANNOT_TURN = "cannot start a new page"
EMPTY_PDF = "the PDF came out empty"
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
    if error.why == "older":
        return translate(
            "Trouble", "The library {path} is from an older Writing Nook: open it in Writing Nook once first."
        ).format(path=error.path)
    return translate("Trouble", "The library {path} cannot be read: {why}.").format(
        path=error.path, why=reason_for(error)
    )
