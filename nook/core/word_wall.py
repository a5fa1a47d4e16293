"""The word wall: word banks a grown-up makes, each word with an optional picture. No Qt.

A picture is a sticker id ("fox"), a photo stored in the library's media written
"photo:<hash>", or a writer's avatar written "avatar:<id>" (for names in "Our class"). Banks ship from
assets/word_wall/starter_banks.json (seeded once by a migration, then the grown-up's to
change); every change is announced as Change("word_wall").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from nook.assets import manifest
from nook.core.library import Change, Library, new_id

PHOTO_PREFIX = "photo:"
AVATAR_PREFIX = "avatar:"
WORD_LIMIT = 40
BANK_NAME_LIMIT = 40
CLASS_BANK_NAME = "Our class"


@dataclass(frozen=True)
class WordBank:
    id: str
    name: str
    picture: str | None
    position: int
    hidden: bool
    builtin: str | None


@dataclass(frozen=True)
class BankWord:
    id: str
    bank_id: str
    word: str
    picture: str | None
    position: int


def photo_picture(media_hash: str) -> str:
    return PHOTO_PREFIX + media_hash


def photo_hash(picture: str | None) -> str | None:
    """The media hash if `picture` is a photo, else None (a sticker or nothing)."""
    if picture and picture.startswith(PHOTO_PREFIX):
        return picture[len(PHOTO_PREFIX) :]
    return None


def picture_source(picture: str | None) -> tuple[str, str] | None:
    """("sticker" | "photo" | "avatar", value) for a stored picture, or None."""
    if not picture:
        return None
    for prefix in (PHOTO_PREFIX, AVATAR_PREFIX):
        if picture.startswith(prefix):
            return prefix[:-1], picture[len(prefix) :]
    return "sticker", picture


def _clean_word(word: str) -> str:
    return " ".join(str(word).split())[:WORD_LIMIT]


def _clean_name(name: str) -> str:
    return " ".join(str(name).split())[:BANK_NAME_LIMIT]


def seed_starter_banks(db: Database) -> int:
    """Copy the bundled starter banks into an empty word wall; returns banks added."""
    if db.execute("SELECT COUNT(*) FROM word_banks").fetchone()[0]:
        return 0
    banks = manifest("word_wall/starter_banks.json")["banks"]
    # Ids from the starter bank's own id, so a library rebuilt from a damaged one (which
    # seeds, then copies the old rows back) does not end up with every bank twice.
    for position, bank in enumerate(banks):
        db.table("word_banks").insert(
            {
                "id": f"starter-{bank['id']}",
                "name": bank["name"],
                "picture": bank.get("picture"),
                "position": position,
                "hidden": 0,
                "builtin": bank["id"],
            }
        )
        bank_id = f"starter-{bank['id']}"
        db.table("word_bank_words").insert_all(
            {"id": f"{bank_id}-{i}", "bank_id": bank_id, "word": w["word"], "picture": w.get("picture"), "position": i}
            for i, w in enumerate(bank["words"])
        )
    return len(banks)


def _bank(row: dict[str, Any]) -> WordBank:
    return WordBank(row["id"], row["name"], row["picture"], row["position"] or 0, bool(row["hidden"]), row["builtin"])


def _word(row: dict[str, Any]) -> BankWord:
    return BankWord(row["id"], row["bank_id"], row["word"], row["picture"], row["position"] or 0)


def banks(library: Library, include_hidden: bool = False) -> list[WordBank]:
    where = "" if include_hidden else "WHERE hidden = 0"
    return [_bank(r) for r in library.db.query(f"SELECT * FROM word_banks {where} ORDER BY position, name")]


def bank(library: Library, bank_id: str) -> WordBank | None:
    rows = list(library.db.query("SELECT * FROM word_banks WHERE id = ?", [bank_id]))
    return _bank(rows[0]) if rows else None


def words(library: Library, bank_id: str) -> list[BankWord]:
    rows = library.db.query("SELECT * FROM word_bank_words WHERE bank_id = ? ORDER BY position, word", [bank_id])
    return [_word(r) for r in rows]


def add_bank(library: Library, name: str, picture: str | None = None) -> WordBank:
    name = _clean_name(name) or "Words"
    position = library.db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM word_banks").fetchone()[0]
    row = {"id": new_id(), "name": name, "picture": picture, "position": position, "hidden": 0, "builtin": None}
    with library.transaction():
        library.db.table("word_banks").insert(row)
        library._announce(Change("word_wall"))
    return _bank(row)


def update_bank(library: Library, bank_id: str, **fields: Any) -> None:
    """Change a bank's name, picture, hidden flag or position."""
    unknown = set(fields) - {"name", "picture", "hidden", "position"}
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    if "name" in fields:
        fields["name"] = _clean_name(fields["name"]) or "Words"
    if "hidden" in fields:
        fields["hidden"] = int(bool(fields["hidden"]))
    with library.transaction():
        library.db.table("word_banks").update(bank_id, fields)
        library._announce(Change("word_wall"))


def delete_bank(library: Library, bank_id: str) -> None:
    with library.transaction():
        library.db.execute("DELETE FROM word_bank_words WHERE bank_id = ?", [bank_id])
        library.db.execute("DELETE FROM word_banks WHERE id = ?", [bank_id])
        library._announce(Change("word_wall"))


def add_word(library: Library, bank_id: str, word: str, picture: str | None = None) -> BankWord | None:
    """Add a word at the end of a bank; None if the word is empty."""
    word = _clean_word(word)
    if not word:
        return None
    position = library.db.execute(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM word_bank_words WHERE bank_id = ?", [bank_id]
    ).fetchone()[0]
    row = {"id": new_id(), "bank_id": bank_id, "word": word, "picture": picture, "position": position}
    with library.transaction():
        library.db.table("word_bank_words").insert(row)
        library._announce(Change("word_wall"))
    return _word(row)


def update_word(library: Library, word_id: str, *, word: str | None = None, picture: str | None = "") -> None:
    """Change a word's spelling or picture (picture None removes it; "" leaves it)."""
    fields: dict[str, Any] = {}
    if word is not None and _clean_word(word):
        fields["word"] = _clean_word(word)
    if picture != "":
        fields["picture"] = picture
    if not fields:
        return
    with library.transaction():
        library.db.table("word_bank_words").update(word_id, fields)
        library._announce(Change("word_wall"))


def remove_word(library: Library, word_id: str) -> None:
    with library.transaction():
        library.db.execute("DELETE FROM word_bank_words WHERE id = ?", [word_id])
        library._announce(Change("word_wall"))


def move_word(library: Library, word_id: str, new_position: int) -> None:
    row = library.db.execute("SELECT bank_id FROM word_bank_words WHERE id = ?", [word_id]).fetchone()
    if row is None:
        raise KeyError(word_id)
    order = [w.id for w in words(library, row[0])]
    order.remove(word_id)
    order.insert(max(0, min(new_position, len(order))), word_id)
    with library.transaction():
        for position, wid in enumerate(order):
            library.db.execute("UPDATE word_bank_words SET position = ? WHERE id = ?", [position, wid])
        library._announce(Change("word_wall"))


def add_writer_names(library: Library, bank_id: str | None = None) -> WordBank:
    """Put every writer's name (with their avatar as picture) into a bank, "Our class"
    by default; names already there are not added twice."""
    with library.transaction():
        target = bank(library, bank_id) if bank_id else None
        if target is None:
            existing = [b for b in banks(library, include_hidden=True) if b.name == CLASS_BANK_NAME]
            target = existing[0] if existing else add_bank(library, CLASS_BANK_NAME, "school")
        have = {w.word.casefold() for w in words(library, target.id)}
        for writer in library.writers():
            if writer.name and writer.name.casefold() not in have:
                add_word(library, target.id, writer.name, AVATAR_PREFIX + writer.avatar)
                have.add(writer.name.casefold())
    return target
