"""A page in the other language: a writer with two languages (English at school,
Spanish at home) marks a page's words (a list item, a sign) as the other one, and that
page is read aloud in that language's voice and exported with that language's tag.

A page's language is a plain code in its extras (`"language": "es"`), kept only while it
differs from the writer's own language: an unmarked page is in the writer's language,
whatever that is now. No Qt here; the screens word it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

PAGE_LANGUAGE = "language"
# The languages a page can be marked with: those the app has a voice and a name for.
LANGUAGES = ("en", "es")
# The espeak-ng voice each is read in (es-419: Latin American Spanish, like the app's).
VOICES = {"en": "gmw/en-US", "es": "roa/es-419"}
# Each language's name in itself: what the language button says, in that language's
# voice, so a child who cannot read hears which language the page is now in.
NAMES = {"en": "English", "es": "Español"}
# The tag a file gives text in each language (BCP 47, as ePub and PDF want).
TAGS = {"en": "en", "es": "es-419"}


def plain_code(code: object) -> str | None:
    """`code` as one of LANGUAGES ("es-419" and "ES" are "es"), or None."""
    if not isinstance(code, str):
        return None
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else None


def page_language(extras: dict[str, Any], writer_language: str) -> str:
    """The language a page's words are in: its mark, else the writer's."""
    return plain_code(extras.get(PAGE_LANGUAGE)) or plain_code(writer_language) or LANGUAGES[0]


def with_page_language(extras: dict[str, Any], code: str, writer_language: str) -> dict[str, Any]:
    """`extras` with the page marked as `code` (unmarked when that is the writer's)."""
    changed = {k: v for k, v in extras.items() if k != PAGE_LANGUAGE}
    chosen = plain_code(code)
    if chosen is not None and chosen != (plain_code(writer_language) or LANGUAGES[0]):
        changed[PAGE_LANGUAGE] = chosen
    return changed


def other_language(writer_language: str, second_language: object) -> str | None:
    """A writer's other language: the second one a grown-up gave them, if it is one the
    app knows and not their first; else None (a writer with one language)."""
    first = plain_code(writer_language) or LANGUAGES[0]
    second = plain_code(second_language)
    return second if second is not None and second != first else None


def piece_language(pages: Iterable[dict[str, Any]], writer_language: str) -> str:
    """The language of a whole piece from the extras of its pages with words: the one
    they all share, else the writer's (a piece in one language, a page in the other)."""
    found = {page_language(extras, writer_language) for extras in pages}
    if len(found) == 1:
        return found.pop()
    return plain_code(writer_language) or LANGUAGES[0]


def tag(code: str) -> str:
    """The language tag for files (ePub xml:lang, PDF /Lang)."""
    plain = plain_code(code) or LANGUAGES[0]
    return TAGS[plain]
