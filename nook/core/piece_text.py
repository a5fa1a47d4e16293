"""What a piece's pages say: the pages a new piece starts with, the text typed on a
page, and the title a piece takes from its first words. Pure rules, no storage."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

TITLE_LIMIT = 80
# Text-valued extras, after the page's words in reading order (the greeting comes
# before them). The child's own; then the grown-up line, a grown-up's spelling under a
# page: searchable, but never counted as the child's writing.
AFTER_WORDS = ("closing", "to", "from")
GROWN_UP_LINE = "grown_up_line"
# A grown-up line is one short line under the page's words (the page gives it about a
# quarter of the words' room), so it is kept to what fits there legibly.
GROWN_UP_LINE_LIMIT = 120
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def first_pages(kind: str, writer_name: str, language: str | None = None) -> list[dict[str, Any]]:
    """The pages a new piece of this kind starts with: never pre-written words (a
    letter's greeting and closing are the letter's frame, in the writer's language)."""
    if kind == "book":
        return [{"role": "cover"}, {"role": "page"}]
    if kind == "list":
        return [{"role": "cover"}, {"role": "item", "extras": {"ticked": False}}]
    if kind == "sign":
        return [{"role": "sign"}]
    if kind == "letter":
        from nook.core.language_data import letter_defaults  # (not needed to open a library)

        defaults = letter_defaults(language)
        extras = {"greeting": defaults.greeting, "closing": defaults.closing_for(writer_name)}
        return [{"role": "letter", "extras": extras}]
    raise ValueError(f"unknown kind {kind!r}")


def page_text(words: str, extras: dict[str, Any], grown_up: bool = True) -> list[str]:
    """Everything typed on one page, in reading order; `grown_up=False` leaves out the
    grown-up line and keeps only what the child wrote."""
    keys = ("greeting", None, *AFTER_WORDS, *((GROWN_UP_LINE,) if grown_up else ()))
    parts = [words if key is None else extras.get(key) for key in keys]
    return [p for p in parts if isinstance(p, str) and p.strip()]


def title_source(words: str, extras: dict[str, Any]) -> list[str]:
    """What may name a piece: the greeting and the words, never the closing."""
    greeting = extras.get("greeting")
    return [t for t in (greeting if isinstance(greeting, str) else "", words) if t.strip()]


def title_from(texts: Iterable[str]) -> str:
    from nook.core.language_data import untouched_letter_lines

    for text in texts:
        for line in text.splitlines():
            line = " ".join(line.split())
            if line and line.casefold() not in untouched_letter_lines():
                return line[:TITLE_LIMIT]
    return ""


def tidy_grown_up_line(text: str) -> str:
    """A grown-up line as it is kept: one line of plain text, spaces as typed but no
    line breaks or control characters, at most `GROWN_UP_LINE_LIMIT` characters."""
    one_line = _CONTROL.sub(" ", text.replace("\r\n", " ").replace("\n", " "))
    return one_line[:GROWN_UP_LINE_LIMIT]


def with_grown_up_line(extras: dict[str, Any], text: str) -> dict[str, Any]:
    """`extras` with the grown-up line set to `text` (tidied), or without one when blank."""
    line = tidy_grown_up_line(text)
    changed = {k: v for k, v in extras.items() if k != GROWN_UP_LINE}
    if line.strip():
        changed[GROWN_UP_LINE] = line
    return changed
