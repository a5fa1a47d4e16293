"""Runs of one script in a text, so each can be read by a voice that knows it.

A child in an English or Spanish class writes a friend's name in Arabic letters
("My friend سارة"). espeak-ng's English and Spanish voices spell Arabic letter by
letter ("Arabic seen, Arabic alif …"); its ``ar`` voice says the name. So read
aloud cuts the text into runs of Arabic script and the rest, and reads each run
with its own voice. Hebrew is not cut out: espeak-ng's ``he`` voice reads written
Hebrew (which leaves out most vowels) as bare consonants ("דוד" is "dvd"), no
better for a listener than the letter names. No Qt in this module.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

ARABIC = "ar"

# Arabic, Arabic Supplement, Arabic Extended-B and -A, Presentation Forms-A and -B.
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


@dataclass(frozen=True, slots=True)
class Run:
    """``text[start:start + len(run.text)]``, in ``language`` (None: the voice's own)."""

    start: int
    text: str
    language: str | None


def is_arabic(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _ARABIC_BLOCKS)


def _script_of(ch: str) -> str | None:
    """ARABIC, "" (any other letter) or None (spaces, punctuation, digits: either side's)."""
    if is_arabic(ch):  # its letters, vowel marks and digits; not its comma or question mark
        return ARABIC if ch.isalnum() or unicodedata.category(ch).startswith("M") else None
    return "" if ch.isalpha() else None


def script_runs(text: str) -> list[Run]:
    """``text`` cut where its letters change between Arabic and other scripts.

    What is neither (spaces, punctuation, digits) stays with the run before it, so
    a sentence's full stop stays with its last word. The runs cover the whole text,
    in order; a text with no Arabic letter is one run.
    """
    runs: list[Run] = []
    current: str | None = None  # the script of the run being built
    start = 0
    for index, ch in enumerate(text):
        script = _script_of(ch)
        if script is None:
            continue
        if current is None:
            current = script
        elif script != current:
            runs.append(Run(start, text[start:index], current or None))
            start, current = index, script
    if start < len(text) or not runs:
        runs.append(Run(start, text[start:], current or None))
    return runs
