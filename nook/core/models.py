"""Plain records for writers, pieces and pages, as the library hands them out."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

KINDS = ("book", "list", "sign", "letter")

# What each page is for, by kind. A book has a cover and pages; a list a title card and
# items; a sign one big page; a letter one letter page and, if wanted, an envelope.
PAGE_ROLES = ("cover", "page", "item", "sign", "letter", "envelope")
# The most pages (a list's items, a book's cover and pages) one piece has: the editor adds
# no more, and a backpack carries no piece with more (backpack_manifest).
MAX_PAGES_PER_PIECE = 1000
NAME_LIMIT = 60  # letters in a writer's name (the name box takes as many)
# What a name never holds: control characters, and the explicit direction controls
# (embeddings, overrides, isolates). A name from a backpack with a right-to-left override
# never closed turned every word after it backwards in the sentences that say it.
# Arabic and Hebrew names need none of them: their letters carry their direction.
_NOT_IN_NAMES = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def tidy_name(name: str) -> str:
    """A writer's name as it is kept: its letters, single spaces, at most NAME_LIMIT."""
    spaced = " ".join(str(name).split())  # line breaks and tabs are spaces between words
    return " ".join(_NOT_IN_NAMES.sub("", spaced).split())[:NAME_LIMIT]


@dataclass(frozen=True)
class Writer:
    id: str
    name: str
    avatar: str
    colour: str = "#1f4e9c"
    position: int = 0
    archived: bool = False
    created: str = ""
    # The writer's language (a code such as "en" or "es"): the words on screen, the voice,
    # sticker names, cards and banks while this writer writes.
    language: str = "en"

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Writer:
        return cls(
            id=row["id"],
            name=row["name"] or "",
            avatar=row["avatar"],
            colour=row["colour"] or "#1f4e9c",
            position=row["position"] or 0,
            archived=bool(row["archived"]),
            created=row["created"],
            language=row.get("language") or "en",
        )


@dataclass(frozen=True)
class Piece:
    id: str
    writer_id: str
    kind: str
    title: str
    created: str
    updated: str
    finished: bool = False
    trashed: bool = False
    look: str = ""
    origin_id: str | None = None
    revision: int = 0

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Piece:
        return cls(
            id=row["id"],
            writer_id=row["writer_id"],
            kind=row["kind"],
            title=row["title"] or "",
            created=row["created"],
            updated=row["updated"],
            finished=bool(row["finished"]),
            trashed=bool(row["trashed"]),
            look=row["look"] or "",
            origin_id=row["origin_id"],
            revision=row["revision"] or 0,
        )


@dataclass(frozen=True)
class Page:
    id: str
    piece_id: str
    position: int
    role: str
    words: str = ""
    picture: dict[str, Any] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Page:
        return cls(
            id=row["id"],
            piece_id=row["piece_id"],
            position=row["position"],
            role=row["role"],
            words=row["words"] or "",
            picture=load_json_object(row["picture"]),
            extras=load_json_object(row["extras"]),
        )


def load_json_object(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
