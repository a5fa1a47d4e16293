"""What every part of the library stands on: its connection and store, transactions,
change announcements, and the reads the changes need (writers, pieces, pages, search).

`Library` (nook.core.library) is built on this; nothing outside nook/core uses it directly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nook.core import settings
from nook.core.changes import Change
from nook.core.database import Database
from nook.core.models import KINDS, Page, Piece, Writer, load_json_object
from nook.core.notices import Notice
from nook.core.picture import with_added
from nook.core.store import Store

if TYPE_CHECKING:
    from nook.core.idea_repository import IdeaCardRepository
    from nook.core.repositories import BackpackRepository, RecordingRepository, WordWallRepository


KNOWN_KINDS = "kind IN (" + ", ".join(f"'{kind}'" for kind in KINDS) + ")"


def shelf_where(
    writer_id: str | None, kind: str | None = None, finished: bool | None = None, trashed: bool = False
) -> tuple[str, list[Any]]:
    """The WHERE clause (and its parameters) for a shelf: whose, which kind, finished, trash.

    Only the kinds this version knows: a piece of another kind (a newer Writing Nook's, or
    damage) has no picture, layout or editor here, and stopped every start at the shelf.
    It stays in the library, listed by a version that knows it."""
    clauses = [KNOWN_KINDS, "trashed = ?"]
    params: list[Any] = [int(trashed)]
    if writer_id is not None:
        clauses.append("writer_id = ?")
        params.append(writer_id)
    if kind is not None:
        clauses.append("kind = ?")
        params.append(kind)
    if finished is not None:
        clauses.append("finished = ?")
        params.append(int(finished))
    return " AND ".join(clauses), params


def _batches(ids: Sequence[str], size: int = 500) -> Iterator[list[str]]:
    """`ids` a few hundred at a time: no query has more parameters than SQLite allows."""
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


class LibraryBase:
    """The connection, the store and the reads. Use from one thread (the UI thread)."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self._store = Store(db)
        self.read_only = False
        # Whether the file was checked whole as it opened (a big one is checked after the
        # first screen: opening.check_at_open, nook.ui.whole_check)
        self.checked_whole = True
        self.notice: Notice | None = None  # for the grown-up: why it is read-only, or was rescued
        self._state_in_memory: dict[str, Any] = {}
        self._strokes_table: bool | None = None  # whether page_strokes exists (asked once)
        self._pictures_table: bool | None = None  # whether page_pictures exists (asked once)
        self._language_column: bool | None = None  # whether writers have a language (asked once)

    # The parts of the library a start does not need before its first screen, made (and
    # their modules imported: the bundled word banks, idea cards and sticker names behind
    # them) when first asked for.
    @cached_property
    def word_wall(self) -> WordWallRepository:
        from nook.core.repositories import WordWallRepository

        return WordWallRepository(self._store)

    @cached_property
    def ideas(self) -> IdeaCardRepository:
        from nook.core.idea_repository import IdeaCardRepository

        return IdeaCardRepository(self._store)

    @cached_property
    def backpack(self) -> BackpackRepository:
        from nook.core.repositories import BackpackRepository

        return BackpackRepository(self._store)

    @cached_property
    def recordings(self) -> RecordingRepository:
        from nook.core.repositories import RecordingRepository

        return RecordingRepository(self._store)

    # -- change announcements -----------------------------------------------------------------
    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Call `callback` after each change; returns a function that unsubscribes."""
        return self._store.subscribe(callback)

    def _announce(self, change: Change) -> None:
        self._store.announce(change)

    @contextmanager
    def transaction(self, initiator: object = None) -> Iterator[None]:
        """Several changes that belong together: all stored, or none; announced after,
        each carrying `initiator` (who asked: the screen that made the edit)."""
        with self._store.transaction(initiator):
            yield

    # -- reading ------------------------------------------------------------------------------
    def setting(self, key: str, writer_id: str | None = None) -> Any:
        """A setting: the writer's own, else everyone's, else its default."""
        if key not in settings.DEFAULTS:
            raise KeyError(key)
        if key == "language" and writer_id:
            if not self._writers_have_language():
                return self._old_language(writer_id)
            row = self.db.execute("SELECT language FROM writers WHERE id = ?", [writer_id]).fetchone()
            if row is not None:
                return row[0] or settings.DEFAULTS[key]
        scopes = [writer_id, ""] if writer_id and key in settings.PER_WRITER else [""]
        for scope in scopes:
            row = self.db.execute("SELECT value FROM settings WHERE scope = ? AND key = ?", [scope, key]).fetchone()
            if row is not None:
                try:  # as it may be, whatever the file holds (another program, damage)
                    return settings.clean(key, json.loads(row[0]))
                except (ValueError, TypeError, OverflowError):
                    continue  # no value of its kind: everyone's, else the default
        return settings.DEFAULTS[key]

    def writers(self, include_archived: bool = False) -> list[Writer]:
        where = "" if include_archived else "WHERE archived = 0"
        rows = self.db.query(f"SELECT * FROM writers {where} ORDER BY position, created")
        return [self._with_language(Writer.from_row(r)) for r in rows]

    def writer(self, writer_id: str) -> Writer | None:
        rows = list(self.db.query("SELECT * FROM writers WHERE id = ?", [writer_id]))
        return self._with_language(Writer.from_row(rows[0])) if rows else None

    # A library only looked at, made before writers had a language (migration 0004), keeps
    # it where that version did: the writer's own setting, else everyone's.
    def _writers_have_language(self) -> bool:
        if self._language_column is None:
            columns = self.db.execute("PRAGMA table_info(writers)").fetchall()
            self._language_column = any(column[1] == "language" for column in columns)
        return self._language_column

    def _with_language(self, writer: Writer) -> Writer:
        if self._writers_have_language():
            return writer
        return replace(writer, language=self._old_language(writer.id))

    def _old_language(self, writer_id: str) -> str:
        for scope in (writer_id, ""):
            row = self.db.execute("SELECT value FROM settings WHERE scope = ? AND key = 'language'", [scope]).fetchone()
            try:
                value = json.loads(row[0]) if row is not None else None
            except ValueError:
                value = None  # a damaged value: the next scope's, as a missing one
            if isinstance(value, str) and value:
                return value
        return str(settings.DEFAULTS["language"])

    def piece(self, piece_id: str) -> Piece | None:
        rows = list(self.db.query("SELECT * FROM pieces WHERE id = ?", [piece_id]))
        return Piece.from_row(rows[0]) if rows else None

    def pieces_by_id(self, piece_ids: Sequence[str]) -> dict[str, Piece]:
        """The pieces of these ids (those there are), read at once: a screen of covers."""
        found: dict[str, Piece] = {}
        for ids in _batches(piece_ids):
            marks = ", ".join("?" for _ in ids)
            for row in self.db.query(f"SELECT * FROM pieces WHERE id IN ({marks})", ids):
                piece = Piece.from_row(row)
                found[piece.id] = piece
        return found

    def pieces(
        self,
        writer_id: str | None,
        *,
        kind: str | None = None,
        finished: bool | None = None,
        trashed: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Piece]:
        """A writer's pieces (None: everyone's), newest first."""
        where, params = shelf_where(writer_id, kind, finished, trashed)
        sql = f"SELECT * FROM pieces WHERE {where} ORDER BY updated DESC, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [Piece.from_row(r) for r in self.db.query(sql, params)]

    def count_pieces(
        self,
        writer_id: str | None,
        *,
        kind: str | None = None,
        finished: bool | None = None,
        trashed: bool = False,
    ) -> int:
        where, params = shelf_where(writer_id, kind, finished, trashed)
        return int(self.db.execute(f"SELECT COUNT(*) FROM pieces WHERE {where}", params).fetchone()[0])

    def search(self, writer_id: str | None, text: str, limit: int = 500) -> list[Piece]:
        """Pieces whose title or words contain every word of `text` (as word starts).

        Each word is quoted for FTS5, so any characters are safe. Words the tokenizer
        drops entirely (emoji, punctuation) fall back to a plain substring match.
        """
        # Control characters (a NUL from a paste) mean nothing to a search and upset FTS5.
        tokens = "".join(ch if ch.isprintable() else " " for ch in text).split()
        if not tokens:
            return []
        fts_terms = []
        like_terms = []
        for token in tokens:
            if any(ch.isalnum() for ch in token):
                fts_terms.append('"' + token.replace('"', '""') + '"*')
            else:
                like_terms.append(token)
        clauses = ["p." + KNOWN_KINDS, "p.trashed = 0"]
        params: list[Any] = []
        if writer_id is not None:
            clauses.append("p.writer_id = ?")
            params.append(writer_id)
        join = ""
        if fts_terms:
            join = "JOIN pieces_fts f ON f.rowid = p.rowid"
            clauses.append("pieces_fts MATCH ?")
            params.append(" ".join(fts_terms))
        for term in like_terms:
            clauses.append("instr(p.title || ' ' || p.search_words, ?) > 0")
            params.append(term)
        sql = f"SELECT p.* FROM pieces p {join} WHERE {' AND '.join(clauses)} ORDER BY p.updated DESC LIMIT ?"
        params.append(limit)
        return [Piece.from_row(r) for r in self.db.query(sql, params)]

    def pages(self, piece_id: str) -> list[Page]:
        return self._pages_where("pg.piece_id = ? ORDER BY pg.position", [piece_id])

    def page_texts(self, writer_id: str) -> dict[str, list[tuple[str, dict[str, Any]]]]:
        """Each of the writer's pieces' pages as (words, extras), in page order: what their
        words need, read in one query and without decoding a picture (growth read every
        page of a thousand pieces one piece at a time, pictures and strokes too)."""
        rows = self.db.execute(
            "SELECT pg.piece_id, pg.words, pg.extras FROM pages pg JOIN pieces p ON p.id = pg.piece_id"
            " WHERE p.writer_id = ? ORDER BY pg.piece_id, pg.position",
            [writer_id],
        ).fetchall()
        found: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for piece_id, words, extras in rows:
            found.setdefault(piece_id, []).append((words or "", load_json_object(extras)))
        return found

    def page(self, page_id: str) -> Page | None:
        pages = self._pages_where("pg.id = ?", [page_id])
        return pages[0] if pages else None

    def first_pages(self, piece_ids: Sequence[str]) -> dict[str, Page]:
        """Each of these pieces' first page (the one its cover is drawn from), by piece id,
        read at once: a screen of covers in one query, not one (and a page's) per cover."""
        found: dict[str, Page] = {}
        for ids in _batches(piece_ids):
            marks = ", ".join("?" for _ in ids)
            first = "(SELECT pg1.id FROM pages pg1 WHERE pg1.piece_id = pg.piece_id ORDER BY pg1.position LIMIT 1)"
            for page in self._pages_where(f"pg.piece_id IN ({marks}) AND pg.id = {first}", ids):
                found[page.piece_id] = page
        return found

    def leading_pages(self, piece_ids: Sequence[str], count: int) -> dict[str, list[Page]]:
        """Each of these pieces' first `count` pages, in order, by piece id, read at once
        (a list's cover shows its name and its first things)."""
        found: dict[str, list[Page]] = {}
        for ids in _batches(piece_ids):
            marks = ", ".join("?" for _ in ids)
            before = "(SELECT COUNT(*) FROM pages pg1 WHERE pg1.piece_id = pg.piece_id AND pg1.position < pg.position)"
            where = f"pg.piece_id IN ({marks}) AND {before} < ? ORDER BY pg.piece_id, pg.position"
            for page in self._pages_where(where, [*ids, count]):
                found.setdefault(page.piece_id, []).append(page)
        return found

    def _pages_where(self, where: str, params: list[Any]) -> list[Page]:
        """Pages with their pictures: from page_pictures where a page has one there, else
        its own `picture` column (pages stored before that table, in a library only looked at)."""
        if self._has_pictures_table():
            sql = (
                "SELECT pg.*, pp.picture AS own_picture FROM pages pg"
                f" LEFT JOIN page_pictures pp ON pp.page_id = pg.id WHERE {where}"
            )
        else:
            sql = f"SELECT pg.*, NULL AS own_picture FROM pages pg WHERE {where}"
        pages = []
        for row in self.db.query(sql, params):
            if row["own_picture"] is not None:
                row["picture"] = row["own_picture"]
            pages.append(Page.from_row(row))
        return self._with_strokes(pages)

    def _with_strokes(self, pages: list[Page]) -> list[Page]:
        """The pages with the items stored one by one after their pictures (page_strokes)."""
        if not pages or not self._has_strokes_table():
            return pages
        ids = [page.id for page in pages]
        rows = self.db.execute(
            f"SELECT page_id, item FROM page_strokes WHERE page_id IN ({', '.join('?' for _ in ids)}) ORDER BY id",
            ids,
        ).fetchall()
        if not rows:
            return pages
        added: dict[str, list[dict[str, Any]]] = {}
        for page_id, item in rows:
            value = load_json_object(item)
            if value:  # a damaged row is skipped, as a damaged item in a picture is
                added.setdefault(page_id, []).append(value)
        return [
            replace(page, picture=with_added(page.picture, added[page.id])) if page.id in added else page
            for page in pages
        ]

    def _has_pictures_table(self) -> bool:
        if self._pictures_table is None:
            self._pictures_table = "page_pictures" in self.db.table_names()
        return self._pictures_table

    def _has_strokes_table(self) -> bool:
        # A library only looked at (made by an older version, read-only) may not have it.
        if self._strokes_table is None:
            self._strokes_table = "page_strokes" in self.db.table_names()
        return self._strokes_table
