"""The library's schema, created and changed only here, one numbered step at a time.

Each migration is a function taking a sqlite-utils Database. They run in order inside
one transaction each, and the names of those applied are kept in `_migrations`, so a
library made by any older version is brought up to date when it is opened.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlite_utils import Database


class Reads(Protocol):
    """Enough of a database to see which steps were applied (sqlite-utils' `Database`,
    or the library's own connection, which opens a library without importing it)."""

    def table_names(self) -> list[str]: ...

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Iterator[dict[str, Any]]: ...


Migration = Callable[["Database"], None]
MIGRATIONS: list[tuple[str, Migration]] = []

FTS_TOKENIZE = "unicode61 remove_diacritics 2"
# The step after which a library holds the bundled idea cards and starter word banks.
# The library seeds them when it applies this step (`Library._migrate`), in the same
# transaction, so that seeding happens once per library and needs no import from here.
SEED_BUNDLED = "0003_seed_word_wall_and_idea_cards"


def migration(name: str) -> Callable[[Migration], Migration]:
    """Register a migration; order of registration is the order they run in."""

    def register(fn: Migration) -> Migration:
        if any(existing == name for existing, _ in MIGRATIONS):
            raise ValueError(f"duplicate migration {name}")
        MIGRATIONS.append((name, fn))
        return fn

    return register


@migration("0001_initial")
def _initial(db: Database) -> None:
    db.table("writers").create(
        {
            "id": str,
            "name": str,
            "avatar": str,
            "colour": str,
            "position": int,
            "archived": int,
            "created": str,
        },
        pk="id",
        not_null={"id", "name", "avatar", "created"},
        defaults={"name": "", "colour": "#1f4e9c", "position": 0, "archived": 0},
    )
    db.table("pieces").create(
        {
            "id": str,
            "writer_id": str,
            "kind": str,
            "title": str,
            "look": str,
            "created": str,
            "updated": str,
            "finished": int,
            "trashed": int,
            "trashed_at": str,
            "origin_id": str,
            "revision": int,
            "search_words": str,
        },
        pk="id",
        foreign_keys=[("writer_id", "writers", "id")],
        not_null={"id", "writer_id", "kind", "created", "updated"},
        defaults={
            "title": "",
            "look": "",
            "finished": 0,
            "trashed": 0,
            "revision": 0,
            "search_words": "",
        },
    )
    db.execute("CREATE INDEX idx_pieces_shelf ON pieces (writer_id, trashed, updated DESC)")
    db.table("pages").create(
        {
            "id": str,
            "piece_id": str,
            "position": int,
            "role": str,
            "words": str,
            "picture": str,
            "extras": str,
            "updated": str,
        },
        pk="id",
        foreign_keys=[("piece_id", "pieces", "id")],
        not_null={"id", "piece_id", "position", "role"},
        defaults={"words": "", "picture": "{}", "extras": "{}"},
    )
    db.execute("CREATE INDEX idx_pages_piece ON pages (piece_id, position)")
    db.table("media").create(
        {
            "hash": str,
            "data": bytes,
            "mime": str,
            "width": int,
            "height": int,
            "created": str,
        },
        pk="hash",
        not_null={"hash", "data", "mime"},
    )
    db.table("settings").create(
        {"scope": str, "key": str, "value": str},
        pk=("scope", "key"),
        not_null={"scope", "key"},
    )
    db.table("word_banks").create(
        {
            "id": str,
            "name": str,
            "picture": str,
            "position": int,
            "hidden": int,
            "builtin": str,
        },
        pk="id",
        not_null={"id", "name"},
        defaults={"position": 0, "hidden": 0},
    )
    db.table("word_bank_words").create(
        {"id": str, "bank_id": str, "word": str, "picture": str, "position": int},
        pk="id",
        foreign_keys=[("bank_id", "word_banks", "id")],
        not_null={"id", "bank_id", "word"},
        defaults={"position": 0},
    )
    db.execute("CREATE INDEX idx_bank_words ON word_bank_words (bank_id, position)")
    db.table("idea_cards").create(
        {
            "id": str,
            "kind": str,
            "text": str,
            "picture": str,
            "position": int,
            "hidden": int,
            "builtin": str,
        },
        pk="id",
        not_null={"id", "kind", "text"},
        defaults={"position": 0, "hidden": 0},
    )
    # Search over what the child typed. Triggers keep it in step with `pieces`, so a
    # write to a piece's words updates search in the same transaction.
    db.table("pieces").enable_fts(["title", "search_words"], create_triggers=True, tokenize=FTS_TOKENIZE)


@migration("0002_backpack_sync")
def _backpack_sync(db: Database) -> None:
    # What the backpack knows about pieces shared between computers, so importing the
    # same backpack twice adds nothing and a piece changed on both sides is kept twice.
    # backpack_sync: per local piece, the content it last had in common with a backpack.
    db.table("backpack_sync").create(
        {"piece_id": str, "origin": str, "base_hash": str, "base_revision": int, "synced": str},
        pk="piece_id",
        not_null={"piece_id", "origin", "base_hash"},
        defaults={"base_revision": 0},
    )
    db.execute("CREATE INDEX idx_backpack_sync_origin ON backpack_sync (origin)")
    # backpack_seen: every version (content hash) of a piece this library has packed or opened.
    db.table("backpack_seen").create({"origin": str, "content_hash": str}, pk=("origin", "content_hash"))
    # backpack_writers: a writer id from another computer matched to a writer here.
    db.table("backpack_writers").create({"remote_id": str, "writer_id": str}, pk="remote_id")


@migration(SEED_BUNDLED)
def _seed_word_wall_and_idea_cards(db: Database) -> None:
    # No schema change: the starter word banks and bundled idea cards become rows the
    # grown-up can edit and hide, seeded by the library right after this step is applied.
    pass


@migration("0004_writer_language")
def _writer_language(db: Database) -> None:
    # The language belongs to the writer (one classroom computer serves an English writer
    # and a Spanish writer one after another). It was a per-writer setting before; those
    # values move onto the writer, and a writer without one takes everyone's language.
    db.table("writers").add_column("language", str, not_null_default="en")
    rows = db.execute("SELECT scope, value FROM settings WHERE key = 'language'").fetchall()
    values = {str(scope): json.loads(value) for scope, value in rows}
    everyone = values.pop("", None)
    if isinstance(everyone, str) and everyone:
        db.execute("UPDATE writers SET language = ?", [everyone])
    for writer_id, language in values.items():
        if isinstance(language, str) and language:
            db.execute("UPDATE writers SET language = ? WHERE id = ?", [language, writer_id])
    db.execute("DELETE FROM settings WHERE key = 'language' AND scope NOT IN ('', 'state')")


@migration("0005_page_strokes")
def _page_strokes(db: Database) -> None:
    # Each stroke (or shape, sticker, fill) added at the end of a page's picture is kept
    # as a row of its own, so storing one costs the same on a page of 2,000 strokes as on
    # an empty one; rewriting the whole picture (~1 MB there) and syncing it cost ~5 ms
    # a stroke, far more on an SD card. A page's picture is its `picture` column with
    # these items after it, in `id` order; any other change rewrites the picture whole
    # and clears them. Pages made before keep their pictures where they are.
    db.execute(
        "CREATE TABLE page_strokes ("
        " id INTEGER PRIMARY KEY,"
        " page_id TEXT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
        " item TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX idx_page_strokes_page ON page_strokes (page_id, id)")


@migration("0006_page_pictures")
def _page_pictures(db: Database) -> None:
    # A page's picture moves out of its row into a table of its own. SQLite writes a row
    # whole, so with the picture (~1 MB on a busy page) in it, every word typed there, a
    # page moved or added (positions renumbered) rewrote the picture too. A page's picture
    # is now its row here (none: its `picture` column, '{}' once moved), page_strokes after it.
    db.execute(
        "CREATE TABLE page_pictures ("
        " page_id TEXT PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,"
        " picture TEXT NOT NULL)"
    )
    moved = "picture IS NOT NULL AND picture NOT IN ('', '{}')"
    db.execute(f"INSERT INTO page_pictures (page_id, picture) SELECT id, picture FROM pages WHERE {moved}")
    db.execute(f"UPDATE pages SET picture = '{{}}' WHERE {moved}")


@migration("0007_idea_card_words")
def _idea_card_words(db: Database) -> None:
    # A grown-up's words for a bundled idea card in one language: a Spanish teacher who
    # changes "Haz un libro sobre tu mascota" changes it for Spanish writers, and the
    # English card stays as it was (nook/core/idea_repository.py).
    db.execute(
        "CREATE TABLE idea_card_words ("
        " card_id TEXT NOT NULL REFERENCES idea_cards(id) ON DELETE CASCADE,"
        " language TEXT NOT NULL,"
        " text TEXT NOT NULL,"
        " PRIMARY KEY (card_id, language))"
    )


# Steps a library can be looked at without (read-only, it cannot be brought up to date):
# the reads cope with their absence (no bundled banks yet, the writer's language still in
# the old per-writer setting, no page_strokes, no words for a card in one language).
# Missing anything earlier, it is refused.
LOOKABLE_WITHOUT = frozenset(
    {SEED_BUNDLED, "0004_writer_language", "0005_page_strokes", "0006_page_pictures", "0007_idea_card_words"}
)


def applied(db: Reads) -> list[str]:
    if "_migrations" not in db.table_names():
        return []
    return [row["name"] for row in db.query("SELECT name FROM _migrations ORDER BY rowid")]


def pending(db: Reads) -> list[str]:
    done = set(applied(db))
    return [name for name, _ in MIGRATIONS if name not in done]


def unknown(db: Reads) -> list[str]:
    """Migrations applied to this library that this version does not know: a newer app made it."""
    known = {name for name, _ in MIGRATIONS}
    return [name for name in applied(db) if name not in known]


def migrate(db: Database, upto: str | None = None) -> list[str]:
    """Apply every pending migration (or those up to `upto`); return the names applied."""
    if "_migrations" not in db.table_names():
        db.table("_migrations").create({"name": str, "applied": str}, pk="name")
    done = set(applied(db))
    ran: list[str] = []
    for name, fn in MIGRATIONS:
        if name in done:
            if name == upto:
                break
            continue
        with db.atomic():
            fn(db)
            db.table("_migrations").insert({"name": name, "applied": datetime.now(UTC).isoformat(timespec="seconds")})
        ran.append(name)
        if name == upto:
            break
    return ran
