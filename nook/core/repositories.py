"""Repositories the library owns: the word wall, the backpack's bookkeeping and the
recordings (my voice); the idea cards' is `idea_repository.py`. With the library they
are the only code that touches the schema; the rest of the core (and the UI) reaches
them as `library.word_wall`, `library.ideas`, `library.backpack` and
`library.recordings`. No Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from nook.assets import manifest
from nook.core import language_data
from nook.core.changes import Change, What
from nook.core.models import load_json_object
from nook.core.recordings import MIME as RECORDING_MIME
from nook.core.recordings import with_recording
from nook.core.store import Store, new_id, now
from nook.core.word_wall import BankWord, WordBank, builtin_for, clean_bank_name, clean_word

# Where the library remembers which languages' starter banks it has added (English at
# its making), so a grown-up's later edits to them, even deleting them, stay.
SEEDED_BANK_LANGUAGES = "starter_bank_languages"


def _bank(row: dict[str, Any]) -> WordBank:
    return WordBank(row["id"], row["name"], row["picture"], row["position"] or 0, bool(row["hidden"]), row["builtin"])


def _word(row: dict[str, Any]) -> BankWord:
    return BankWord(row["id"], row["bank_id"], row["word"], row["picture"], row["position"] or 0)


class WordWallRepository:
    """Word banks and their words; every change is announced as What.WORD_WALL."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._db = store.db

    def seed(self) -> int:
        """Copy the bundled starter banks into an empty word wall; returns banks added."""
        if self._db.execute("SELECT COUNT(*) FROM word_banks").fetchone()[0]:
            return 0
        return self._insert_starters(language_data.ENGLISH, manifest("word_wall/starter_banks.json")["banks"], 0)

    def seeded_languages(self) -> list[str]:
        row = self._db.execute(
            "SELECT value FROM settings WHERE scope = 'state' AND key = ?", [SEEDED_BANK_LANGUAGES]
        ).fetchone()
        try:
            found = json.loads(row[0]) if row else []
        except ValueError:
            found = []
        return [language_data.ENGLISH, *(str(code) for code in found if code != language_data.ENGLISH)]

    def seed_language(self, language: str) -> int:
        """Add the starter banks of `language` (after the banks there), once per library:
        a writer in Spanish finds "Colores" beside the grown-up's own banks. Returns banks
        added; 0 when the language has no banks of its own or they were added before."""
        code, banks = language_data.starter_banks(language)
        seeded = self.seeded_languages()
        if code in seeded:
            return 0
        with self._store.transaction():
            start = self._db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM word_banks").fetchone()[0]
            added = self._insert_starters(code, banks, start)
            self._db.table("settings").upsert(
                {"scope": "state", "key": SEEDED_BANK_LANGUAGES, "value": json.dumps([*seeded, code])},
                pk=("scope", "key"),
            )
            self._store.announce(Change(What.WORD_WALL))
        return added

    def _insert_starters(self, code: str, banks: list[dict[str, Any]], start: int) -> int:
        # Ids from the starter bank's own id, so a library rebuilt from a damaged one (which
        # seeds, then copies the old rows back) does not end up with every bank twice.
        for position, bank in enumerate(banks, start):
            builtin = builtin_for(bank["id"], code)
            bank_id = f"starter-{builtin.replace(':', '-')}"
            self._db.table("word_banks").insert(
                {
                    "id": bank_id,
                    "name": bank["name"],
                    "picture": bank.get("picture"),
                    "position": position,
                    "hidden": 0,
                    "builtin": builtin,
                }
            )
            self._db.table("word_bank_words").insert_all(
                {
                    "id": f"{bank_id}-{i}",
                    "bank_id": bank_id,
                    "word": w["word"],
                    "picture": w.get("picture"),
                    "position": i,
                }
                for i, w in enumerate(bank["words"])
            )
        return len(banks)

    def banks(self, include_hidden: bool = False) -> list[WordBank]:
        where = "" if include_hidden else "WHERE hidden = 0"
        return [_bank(r) for r in self._db.query(f"SELECT * FROM word_banks {where} ORDER BY position, name")]

    def bank(self, bank_id: str) -> WordBank | None:
        rows = list(self._db.query("SELECT * FROM word_banks WHERE id = ?", [bank_id]))
        return _bank(rows[0]) if rows else None

    def words(self, bank_id: str) -> list[BankWord]:
        rows = self._db.query("SELECT * FROM word_bank_words WHERE bank_id = ? ORDER BY position, word", [bank_id])
        return [_word(r) for r in rows]

    def add_bank(self, name: str, picture: str | None = None) -> WordBank:
        name = clean_bank_name(name) or "Words"
        with self._store.transaction():
            position = self._db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM word_banks").fetchone()[0]
            row = {"id": new_id(), "name": name, "picture": picture, "position": position, "hidden": 0, "builtin": None}
            self._db.table("word_banks").insert(row)
            self._store.announce(Change(What.WORD_WALL))
        return _bank(row)

    def update_bank(self, bank_id: str, **fields: Any) -> None:
        """Change a bank's name, picture, hidden flag or position."""
        unknown = set(fields) - {"name", "picture", "hidden", "position"}
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        if "name" in fields:
            fields["name"] = clean_bank_name(fields["name"]) or "Words"
        if "hidden" in fields:
            fields["hidden"] = int(bool(fields["hidden"]))
        with self._store.transaction():
            self._db.table("word_banks").update(bank_id, fields)
            self._store.announce(Change(What.WORD_WALL))

    def delete_bank(self, bank_id: str) -> None:
        with self._store.transaction():
            self._db.execute("DELETE FROM word_bank_words WHERE bank_id = ?", [bank_id])
            self._db.execute("DELETE FROM word_banks WHERE id = ?", [bank_id])
            self._store.announce(Change(What.WORD_WALL))

    def add_word(self, bank_id: str, word: str, picture: str | None = None) -> BankWord | None:
        """Add a word at the end of a bank; None if the word is empty."""
        word = clean_word(word)
        if not word:
            return None
        with self._store.transaction():
            position = self._db.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM word_bank_words WHERE bank_id = ?", [bank_id]
            ).fetchone()[0]
            row = {"id": new_id(), "bank_id": bank_id, "word": word, "picture": picture, "position": position}
            self._db.table("word_bank_words").insert(row)
            self._store.announce(Change(What.WORD_WALL))
        return _word(row)

    def update_word(self, word_id: str, *, word: str | None = None, picture: str | None = "") -> None:
        """Change a word's spelling or picture (picture None removes it; "" leaves it)."""
        fields: dict[str, Any] = {}
        if word is not None and clean_word(word):
            fields["word"] = clean_word(word)
        if picture != "":
            fields["picture"] = picture
        if not fields:
            return
        with self._store.transaction():
            self._db.table("word_bank_words").update(word_id, fields)
            self._store.announce(Change(What.WORD_WALL))

    def remove_word(self, word_id: str) -> None:
        with self._store.transaction():
            self._db.execute("DELETE FROM word_bank_words WHERE id = ?", [word_id])
            self._store.announce(Change(What.WORD_WALL))

    def move_word(self, word_id: str, new_position: int) -> None:
        row = self._db.execute("SELECT bank_id FROM word_bank_words WHERE id = ?", [word_id]).fetchone()
        if row is None:
            raise KeyError(word_id)
        order = [w.id for w in self.words(row[0])]
        order.remove(word_id)
        order.insert(max(0, min(new_position, len(order))), word_id)
        with self._store.transaction():
            for position, wid in enumerate(order):
                self._db.execute("UPDATE word_bank_words SET position = ? WHERE id = ?", [position, wid])
            self._store.announce(Change(What.WORD_WALL))


class BackpackRepository:
    """What the backpack remembers: the versions of pieces shared with other computers,
    and which local writer an incoming writer was matched to. Announces nothing: these
    rows are bookkeeping no screen shows."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._db = store.db

    def remember(self, piece_id: str, origin: str, digest: str, revision: int) -> None:
        """This piece last had `digest` (at `revision`) in common with a backpack."""
        known = self._db.execute(
            "SELECT origin, base_hash, base_revision FROM backpack_sync WHERE piece_id = ?", [piece_id]
        ).fetchone()
        if known is not None and tuple(known) == (origin, digest, revision):
            return  # already known: opening a backpack twice writes nothing the second time
        with self._store.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO backpack_sync (piece_id, origin, base_hash, base_revision, synced) "
                "VALUES (?,?,?,?,?)",
                [piece_id, origin, digest, revision, now()],
            )
            self._db.execute(
                "INSERT OR IGNORE INTO backpack_seen (origin, content_hash) VALUES (?, ?)", [origin, digest]
            )

    def has_seen(self, origin: str, digest: str) -> bool:
        """Whether this version of a piece was packed or opened here before."""
        row = self._db.execute(
            "SELECT 1 FROM backpack_seen WHERE origin = ? AND content_hash = ?", [origin, digest]
        ).fetchone()
        return row is not None

    def local_versions(self, origin: str) -> list[tuple[str, str | None, int]]:
        """Local pieces of this origin (oldest first), each with what it last had in
        common with a backpack: (piece id, base hash or None, base revision)."""
        rows = self._db.execute(
            "SELECT p.id, s.base_hash, s.base_revision FROM pieces p LEFT JOIN backpack_sync s ON s.piece_id = p.id "
            "WHERE p.id = ? OR p.origin_id = ? ORDER BY p.created, p.id",
            [origin, origin],
        ).fetchall()
        return [(str(piece_id), base_hash, int(base_revision or 0)) for piece_id, base_hash, base_revision in rows]

    def matched_writer(self, remote_id: str) -> str | None:
        """The local writer an incoming writer id was matched to before, if any."""
        row = self._db.execute("SELECT writer_id FROM backpack_writers WHERE remote_id = ?", [remote_id]).fetchone()
        return str(row[0]) if row else None

    def match_writer(self, remote_id: str, writer_id: str) -> None:
        """Remember that writer `remote_id` from another computer is `writer_id` here."""
        with self._store.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO backpack_writers (remote_id, writer_id) VALUES (?, ?)", [remote_id, writer_id]
            )


@dataclass(frozen=True)
class VoiceSpace:
    """How many recordings a writer's pages hold and the bytes they take."""

    count: int
    size: int


# A page's recording, or NULL; NULL too for extras that are not JSON (damage), on which
# json_extract would raise and stop the whole query (CASE never evaluates it then).
_VOICE_MEDIA = "CASE WHEN json_valid({extras}) THEN json_extract({extras}, '$.voice.media') END"

_WRITER_RECORDINGS = f"""
    SELECT pg.id, pg.piece_id, pg.extras, {_VOICE_MEDIA.format(extras="pg.extras")} AS media
    FROM pages pg JOIN pieces p ON p.id = pg.piece_id
    WHERE p.writer_id = ? AND media IS NOT NULL
"""


class RecordingRepository:
    """The recordings on writers' pages, for the grown-up corner: how many, how big, and
    deleting a writer's voice for good (pages and bytes) in one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._db = store.db

    def space(self, writer_id: str) -> VoiceSpace:
        """Recordings on a writer's pages (trashed pieces too: they still take space)."""
        rows = self._db.execute(_WRITER_RECORDINGS, [writer_id]).fetchall()
        digests = sorted({str(row[3]) for row in rows})
        size = 0
        if digests:
            marks = ",".join("?" * len(digests))
            found = self._db.execute(f"SELECT SUM(length(data)) FROM media WHERE hash IN ({marks})", digests)
            size = int(found.fetchone()[0] or 0)
        return VoiceSpace(len(rows), size)

    def delete_all(self, writer_id: str, initiator: object = None) -> int:
        """Take every recording off a writer's pages and forget the bytes no other page
        uses (a copied piece may share them); returns how many pages lost one."""
        with self._store.transaction(initiator):
            rows = self._db.execute(_WRITER_RECORDINGS, [writer_id]).fetchall()
            stamp = now()
            for page_id, piece_id, extras, _ in rows:
                kept = with_recording(load_json_object(extras), None)
                self._db.execute(
                    "UPDATE pages SET extras = ?, updated = ? WHERE id = ?",
                    [json.dumps(kept, ensure_ascii=False), stamp, page_id],
                )
                # A new revision, so a backpack carries the change to the other computer.
                self._db.execute("UPDATE pieces SET revision = revision + 1 WHERE id = ?", [piece_id])
                self._store.announce(Change(What.PAGE, writer_id=writer_id, piece_id=piece_id, page_id=page_id))
            self.forget_unused()
        return len(rows)

    def forget_unused(self) -> int:
        """Delete recordings no page points at any more; returns how many."""
        with self._store.transaction():
            if self._db.execute("SELECT 1 FROM pages WHERE extras != '' AND NOT json_valid(extras) LIMIT 1").fetchone():
                return 0  # a damaged page may point at any of them: none is thrown away
            gone = self._db.execute(
                "SELECT hash FROM media WHERE mime = ? AND hash NOT IN (SELECT json_extract(extras, '$.voice.media') "
                "FROM pages WHERE json_extract(extras, '$.voice.media') IS NOT NULL)",
                [RECORDING_MIME],
            ).fetchall()
            for (digest,) in gone:
                self._db.execute("DELETE FROM media WHERE hash = ?", [digest])
        return len(gone)
