"""Why a backpack was refused, in the grown-up's words and the language now installed.

The core says *which* refusal it was (`BackpackRefused.why`, with the file's name and a
detail); here it is worded when it is shown, so a language switched meanwhile words it
anew. An entry's name or the system's own words are kept as they are (a file name is
the same in every language).
"""

from __future__ import annotations

from collections.abc import Callable

from nook.core.backpack import BackpackRefused, UnpackResult
from nook.core.library import Library
from nook.error_words import reason_for
from nook.i18n import isolated, translate

# Each refusal's phrase; {name} is the backpack's file name, {detail} a file in it (or
# the system's words). A wrong manifest's detail is for the log only (a developer's words).
_WORDS: dict[str, Callable[[], str]] = {
    "too_big": lambda: translate("Backpack", "{name} is too big to be a Writing Nook backpack."),
    "not_a_file": lambda: translate("Backpack", "{name} is not an ordinary file, so it is not a backpack."),
    "unreadable": lambda: translate("Backpack", "The backpack {name} cannot be read: {why}."),
    "too_many_files": lambda: translate("Backpack", "{name} holds too many files to be a backpack."),
    "not_a_zip": lambda: translate(
        "Backpack", "{name} is damaged or is not a Writing Nook backpack (it is not a readable zip)."
    ),
    "foreign_file": lambda: translate("Backpack", "{name} holds a file that does not belong in a backpack ({detail})."),
    "file_twice": lambda: translate("Backpack", "{name} holds the same file twice ({detail})."),
    "password": lambda: translate("Backpack", "{name} is locked with a password; backpacks never are."),
    "strange_packing": lambda: translate("Backpack", "{name} is packed in a way Writing Nook does not make."),
    "file_too_big": lambda: translate("Backpack", "{name} holds a file that is too big ({detail})."),
    "zip_bomb": lambda: translate(
        "Backpack", "{name} is packed suspiciously tightly (a zip bomb?), so it was not opened."
    ),
    "too_much_data": lambda: translate("Backpack", "{name} would unpack to too much data, so it was not opened."),
    "no_manifest": lambda: translate(
        "Backpack", "{name} has no list of what is inside (manifest.json); it is not a backpack."
    ),
    "damaged_file": lambda: translate("Backpack", "{name} is damaged ({detail} cannot be read)."),
    "wrong_size": lambda: translate("Backpack", "{name} is damaged ({detail} is not the size it claims)."),
    "damaged_manifest": lambda: translate("Backpack", "{name} has a damaged list of what is inside (manifest.json)."),
    "not_a_backpack": lambda: translate("Backpack", "{name} is not a Writing Nook backpack."),
    "wrong_manifest": lambda: translate("Backpack", "{name} has a wrong list of what is inside."),
    "newer": lambda: translate(
        "Backpack", "{name} was made by a newer Writing Nook. Update Writing Nook on this computer to open it."
    ),
    "newer_version": lambda: translate(
        "Backpack",
        "{name} was made by a newer Writing Nook ({detail}). Update Writing Nook on this computer to open it.",
    ),
    "photo_changed": lambda: translate("Backpack", "{name} is damaged (a photo is not what it should be)."),
    "photo_mislabelled": lambda: translate("Backpack", "{name} holds a photo that is not what it says it is."),
    "photo_too_big": lambda: translate("Backpack", "{name} holds a photo that is far too big."),
    "damaged_photo": lambda: translate("Backpack", "{name} holds a damaged photo."),
    "damaged_recording": lambda: translate("Backpack", "{name} holds a damaged recording."),
    "too_many_pieces": lambda: translate(
        "Backpack", "{name} has too many pieces for one backpack. Pack fewer pieces in each backpack."
    ),
    "too_many_pages": lambda: translate(
        "Backpack", "{name} has too many pages for one backpack. Pack fewer pieces in each backpack."
    ),
    "too_many_words": lambda: translate(
        "Backpack", "{name} has too many words for one backpack. Pack fewer pieces in each backpack."
    ),
    "too_many_photos": lambda: translate(
        "Backpack",
        "{name} has too many photos and recordings for one backpack. Pack fewer pieces in each backpack.",
    ),
    "piece_too_long": lambda: translate(
        "Backpack", "{name} has a piece with more pages than Writing Nook keeps in one piece."
    ),
    "gone": lambda: translate(
        "Backpack",
        "{name} cannot be read any more (was the USB stick taken out?). Put it back, then tap Bring them in again.",
    ),
    "changed": lambda: translate(
        "Backpack", "{name} changed after it was opened. Open it again to see what it holds now."
    ),
}


def refusal(refused: BackpackRefused) -> str:
    """Why this backpack was not opened, for a grown-up."""
    words = _WORDS.get(refused.why)
    phrase = words() if words is not None else translate("Backpack", "{name} cannot be opened as a backpack.")
    # {why}: the computer's trouble in a few words, never the system's English.
    return phrase.format(name=isolated(refused.name), detail=isolated(refused.detail), why=reason_for(refused))


def describe(result: UnpackResult, library: Library) -> str:
    """What opening a backpack did, in a grown-up's words."""
    if not result.changed_anything:
        return translate("GrownUp", "Everything in this backpack is already here. Nothing was added.")
    # lupdate finds a plural only when its count is a plain name.
    added, updated, both = len(result.added), len(result.updated), len(result.side_by_side)
    parts = []
    if added:
        parts.append(translate("GrownUp", "%n new piece(s)", None, added))
    if updated:
        parts.append(translate("GrownUp", "%n piece(s) brought up to date", None, updated))
    if both:
        parts.append(
            translate(
                "GrownUp",
                "%n piece(s) changed on both computers, kept side by side with the copy here",
                None,
                both,
            )
        )
    text = translate("GrownUp", "Brought in: {what}.").format(what="; ".join(parts))
    if result.writers_added:
        nameless = translate("GrownUp", "a new writer")
        names = ", ".join(isolated(w.name) or nameless for w in map(library.writer, result.writers_added) if w)
        writers = len(result.writers_added)
        text += " " + translate("GrownUp", "%n new writer(s): {names}.", None, writers).format(names=names)
    return text
