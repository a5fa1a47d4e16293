"""The idea cards' storage, owned by the library (`library.ideas`): bundled and a
grown-up's own cards, and a grown-up's words for a bundled card in one language.

A bundled card speaks each writer's language from the bundled data. When a grown-up
changes its words in a corner that speaks another language than English, those words
are that language's alone (`idea_card_words`): a Spanish teacher's "el hámster de la
clase" reaches Spanish writers and never replaces the English card. Words changed in
English stay in the card's own `text`, as before languages, and so reach every writer
who has no words of their own language for it. A card a grown-up made has one text.
Every change is announced as What.IDEAS. No Qt.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from nook.assets import manifest
from nook.core import language_data
from nook.core.changes import Change, What
from nook.core.ideas import IdeaCard, clean_card_text, words_language
from nook.core.models import KINDS
from nook.core.store import Store, new_id

WORDS = "idea_card_words"


def _card(row: dict[str, Any], words: dict[str, str] | None = None) -> IdeaCard:
    return IdeaCard(
        row["id"],
        row["kind"],
        row["text"],
        row["picture"],
        row["position"] or 0,
        bool(row["hidden"]),
        row["builtin"],
        dict(words or {}),
    )


class IdeaCardRepository:
    """Idea cards, bundled and a grown-up's own; every change is announced as What.IDEAS."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._db = store.db

    def seed(self) -> int:
        """Copy the bundled idea cards into an empty table; returns how many were added."""
        if self._db.execute("SELECT COUNT(*) FROM idea_cards").fetchone()[0]:
            return 0
        cards = manifest("ideas/idea_cards.json")["cards"]
        self._db.table("idea_cards").insert_all(
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

    def _words(self, card_id: str | None = None) -> dict[str, dict[str, str]]:
        """{card id: {language: words}}; none in a look-only library made before them."""
        found: dict[str, dict[str, str]] = defaultdict(dict)
        if WORDS not in self._db.table_names():
            return found
        where, params = ("WHERE card_id = ?", [card_id]) if card_id else ("", [])
        for row in self._db.query(f"SELECT card_id, language, text FROM {WORDS} {where}", params):
            found[row["card_id"]][row["language"]] = row["text"]
        return found

    def cards(self, kind: str | None = None, include_hidden: bool = False) -> list[IdeaCard]:
        # Only kinds this version knows (a newer one's, or damage: no badge, no piece to start).
        clauses, params = ["kind IN (" + ", ".join("?" * len(KINDS)) + ")"], list(KINDS)
        if not include_hidden:
            clauses.append("hidden = 0")
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        words = self._words()
        rows = self._db.query(f"SELECT * FROM idea_cards {where} ORDER BY position, id", params)
        return [_card(r, words.get(r["id"])) for r in rows]

    def card(self, card_id: str) -> IdeaCard | None:
        rows = list(self._db.query("SELECT * FROM idea_cards WHERE id = ?", [card_id]))
        return _card(rows[0], self._words(card_id).get(card_id)) if rows else None

    def add_card(self, kind: str, text: str, picture: str | None = None) -> IdeaCard:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        text = clean_card_text(text)
        if not text:
            raise ValueError("an idea card needs words")
        with self._store.transaction():
            position = self._db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM idea_cards").fetchone()[0]
            row = {
                "id": new_id(),
                "kind": kind,
                "text": text,
                "picture": picture,
                "position": position,
                "hidden": 0,
                "builtin": None,
            }
            self._db.table("idea_cards").insert(row)
            self._store.announce(Change(What.IDEAS))
        return _card(row)

    def update_card(self, card_id: str, language: str | None = None, **fields: Any) -> None:
        """Change a card's kind, text, picture, position or hidden flag. New words for a
        bundled card in `language` (other than English) are that language's alone."""
        unknown = set(fields) - {"kind", "text", "picture", "hidden", "position"}
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        if "kind" in fields and fields["kind"] not in KINDS:
            raise ValueError(f"unknown kind {fields['kind']!r}")
        if "text" in fields:
            fields["text"] = clean_card_text(fields["text"])
            if not fields["text"]:
                raise ValueError("an idea card needs words")
        if "hidden" in fields:
            fields["hidden"] = int(bool(fields["hidden"]))
        code = words_language(language)
        found = self.card(card_id) if "text" in fields and code != language_data.ENGLISH else None
        with self._store.transaction():
            if found is not None and found.builtin:
                self._set_words(found, code, fields.pop("text"))
            if fields:
                self._db.table("idea_cards").update(card_id, fields)
            self._store.announce(Change(What.IDEAS))

    def _set_words(self, card: IdeaCard, code: str, text: str) -> None:
        """A bundled card's words in one language; the words it would say anyway are not
        kept (saving a card's picture keeps it following the bundled words)."""
        self._db.execute(f"DELETE FROM {WORDS} WHERE card_id = ? AND language = ?", [card.id, code])
        if text != language_data.card_text(card.builtin, card.text, code):
            self._db.execute(f"INSERT INTO {WORDS} (card_id, language, text) VALUES (?, ?, ?)", [card.id, code, text])

    def delete_card(self, card_id: str) -> None:
        """Remove a card a grown-up made; bundled cards can only be hidden."""
        found = self.card(card_id)
        if found is None:
            return
        if found.builtin:
            self.update_card(card_id, hidden=True)
            return
        with self._store.transaction():
            self._db.execute("DELETE FROM idea_cards WHERE id = ?", [card_id])
            self._store.announce(Change(What.IDEAS))
