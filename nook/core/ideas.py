"""Idea cards: optional prompts with a picture, an invitation and never an assignment.

Bundled cards (assets/ideas/idea_cards.json) are seeded once by a migration; a grown-up
may then add, edit and hide cards. Choosing a card starts a new piece of its kind with
nothing pre-written. Changes are announced as Change("ideas"). No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from nook.assets import manifest
from nook.core.library import Change, Library, new_id
from nook.core.models import KINDS, Piece

TEXT_LIMIT = 120


@dataclass(frozen=True)
class IdeaCard:
    id: str
    kind: str
    text: str
    picture: str | None
    position: int
    hidden: bool
    builtin: str | None


def _card(row: dict[str, Any]) -> IdeaCard:
    return IdeaCard(
        row["id"], row["kind"], row["text"], row["picture"], row["position"] or 0, bool(row["hidden"]), row["builtin"]
    )


def _clean_text(text: str) -> str:
    return " ".join(str(text).split())[:TEXT_LIMIT]


def seed_bundled_cards(db: Database) -> int:
    """Copy the bundled idea cards into an empty table; returns how many were added."""
    if db.execute("SELECT COUNT(*) FROM idea_cards").fetchone()[0]:
        return 0
    cards = manifest("ideas/idea_cards.json")["cards"]
    db.table("idea_cards").insert_all(
        {
            "id": card["id"],
            "kind": card["kind"],
            "text": card["text"],
            "picture": card.get("picture"),
            "position": position,
            "hidden": 0,
            "builtin": card["id"],
        }
        for position, card in enumerate(cards)
    )
    return len(cards)


def cards(library: Library, kind: str | None = None, include_hidden: bool = False) -> list[IdeaCard]:
    clauses, params = [], []
    if not include_hidden:
        clauses.append("hidden = 0")
    if kind is not None:
        clauses.append("kind = ?")
        params.append(kind)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return [_card(r) for r in library.db.query(f"SELECT * FROM idea_cards {where} ORDER BY position, id", params)]


def card(library: Library, card_id: str) -> IdeaCard | None:
    rows = list(library.db.query("SELECT * FROM idea_cards WHERE id = ?", [card_id]))
    return _card(rows[0]) if rows else None


def add_card(library: Library, kind: str, text: str, picture: str | None = None) -> IdeaCard:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    text = _clean_text(text)
    if not text:
        raise ValueError("an idea card needs words")
    position = library.db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM idea_cards").fetchone()[0]
    row = {
        "id": new_id(),
        "kind": kind,
        "text": text,
        "picture": picture,
        "position": position,
        "hidden": 0,
        "builtin": None,
    }
    with library.transaction():
        library.db.table("idea_cards").insert(row)
        library._announce(Change("ideas"))
    return _card(row)


def update_card(library: Library, card_id: str, **fields: Any) -> None:
    """Change a card's kind, text, picture or hidden flag."""
    unknown = set(fields) - {"kind", "text", "picture", "hidden", "position"}
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    if "kind" in fields and fields["kind"] not in KINDS:
        raise ValueError(f"unknown kind {fields['kind']!r}")
    if "text" in fields:
        fields["text"] = _clean_text(fields["text"])
        if not fields["text"]:
            raise ValueError("an idea card needs words")
    if "hidden" in fields:
        fields["hidden"] = int(bool(fields["hidden"]))
    with library.transaction():
        library.db.table("idea_cards").update(card_id, fields)
        library._announce(Change("ideas"))


def hide_card(library: Library, card_id: str, hidden: bool = True) -> None:
    update_card(library, card_id, hidden=hidden)


def delete_card(library: Library, card_id: str) -> None:
    """Remove a card a grown-up made; bundled cards can only be hidden."""
    found = card(library, card_id)
    if found is None:
        return
    if found.builtin:
        hide_card(library, card_id)
        return
    with library.transaction():
        library.db.execute("DELETE FROM idea_cards WHERE id = ?", [card_id])
        library._announce(Change("ideas"))


def start_piece(library: Library, writer_id: str, card_id: str) -> Piece:
    """A new piece of the card's kind: the card is an invitation, nothing is pre-written."""
    found = card(library, card_id)
    if found is None:
        raise KeyError(card_id)
    return library.new_piece(writer_id, found.kind)
