"""What a piece's pages say: the pages a new piece starts with, the text typed on a
page, and the title a piece takes from its first words. Pure rules, no storage."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

TITLE_LIMIT = 80
# Text-valued extras a child or grown-up types (letter parts, envelope, grown-up line):
# searchable; the greeting is also a source for the piece's title.
TEXT_EXTRAS = ("greeting", "closing", "to", "from", "grown_up_line")


def first_pages(kind: str, writer_name: str) -> list[dict[str, Any]]:
    """The pages a new piece of this kind starts with: never pre-written words."""
    if kind == "book":
        return [{"role": "cover"}, {"role": "page"}]
    if kind == "list":
        return [{"role": "cover"}, {"role": "item", "extras": {"ticked": False}}]
    if kind == "sign":
        return [{"role": "sign"}]
    if kind == "letter":
        closing = f"Love,\n{writer_name}" if writer_name else "Love,"
        return [{"role": "letter", "extras": {"greeting": "Dear ", "closing": closing}}]
    raise ValueError(f"unknown kind {kind!r}")


def page_text(words: str, extras: dict[str, Any]) -> list[str]:
    """Everything typed on one page, in reading order."""
    parts: list[str] = []
    if isinstance(extras.get("greeting"), str):
        parts.append(extras["greeting"])
    parts.append(words)
    for key in ("closing", "to", "from", "grown_up_line"):
        if isinstance(extras.get(key), str):
            parts.append(extras[key])
    return [p for p in parts if p and p.strip()]


def title_source(words: str, extras: dict[str, Any]) -> list[str]:
    """What may name a piece: the greeting and the words, never the closing."""
    greeting = extras.get("greeting")
    return [t for t in (greeting if isinstance(greeting, str) else "", words) if t.strip()]


def title_from(texts: Iterable[str]) -> str:
    for text in texts:
        for line in text.splitlines():
            line = " ".join(line.split())
            if line and line.lower() not in ("dear", "love,"):
                return line[:TITLE_LIMIT]
    return ""
