"""The library: one SQLite file per data folder holding writers, pieces, pages and media.

Every change goes through a method here (or a repository the library owns: the word
wall, the idea cards, the backpack's bookkeeping), runs in one transaction and is then
announced to subscribers as a typed `Change`, so each screen decides for itself whether
to refresh (the operations layer idea from Anki). Nothing else touches the schema. No Qt.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from nook.core import migrations, opening, settings
from nook.core.changes import Change, What
from nook.core.models import KINDS, Page, Piece, Writer, load_json_object
from nook.core.opening import LibraryBusy, LibraryDamaged, LibraryDiskFull, LibraryRefused, LibraryTrouble
from nook.core.piece_text import first_pages, page_text, title_from, title_source
from nook.core.repositories import (
    BackpackRepository,
    IdeaCardRepository,
    RecordingRepository,
    WordWallRepository,
)
from nook.core.store import Store, new_id, now

__all__ = [
    "LIBRARY_FILE",
    "Change",
    "Library",
    "LibraryBusy",
    "LibraryDamaged",
    "LibraryDiskFull",
    "LibraryRefused",
    "LibraryTrouble",
    "What",
    "new_id",
    "now",
    "shelf_where",
]

LIBRARY_FILE = "library.db"


# Tables a fresh library fills with bundled rows; rows rescued from a damaged file (a
# grown-up's edits, hidden cards) win over those (children first, for the foreign keys).
SEEDED_TABLES = ("word_bank_words", "word_banks", "idea_cards")


def _texts(pages: Sequence[tuple[str, dict[str, Any]]]) -> tuple[str, str]:
    """A piece's title and searchable words from its pages' (words, extras)."""
    texts: list[str] = []
    titles: list[str] = []
    for words, extras in pages:
        texts.extend(page_text(words or "", extras))
        titles.extend(title_source(words or "", extras))
    return title_from(titles), "\n".join(texts)


def _asked_to_rescue(conn: sqlite3.Connection) -> bool:
    try:
        row = conn.execute(
            "SELECT value FROM settings WHERE scope = 'state' AND key = ?", [opening.RESCUE_NEXT_START]
        ).fetchone()
    except sqlite3.Error:
        return False  # a library without its tables yet
    return row is not None and row[0] == "true"


def shelf_where(
    writer_id: str | None, kind: str | None = None, finished: bool | None = None, trashed: bool = False
) -> tuple[str, list[Any]]:
    """The WHERE clause (and its parameters) for a shelf: whose, which kind, finished, trash."""
    clauses = ["trashed = ?"]
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


class Library:
    """A writer's world in one file. Use from one thread (the UI thread)."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self._store = Store(db)
        self.word_wall = WordWallRepository(self._store)
        self.ideas = IdeaCardRepository(self._store)
        self.backpack = BackpackRepository(self._store)
        self.recordings = RecordingRepository(self._store)
        self.read_only = False
        self.notice: str | None = None  # for the grown-up: why it is read-only, or was rescued
        self._state_in_memory: dict[str, Any] = {}

    # -- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | str, busy_wait: float = opening.BUSY_WAIT_SECONDS, check: bool = True) -> Library:
        """Open (creating or upgrading) the library in `data_dir`.

        Raises a `LibraryTrouble` saying what a grown-up can do: `LibraryBusy`,
        `LibraryDiskFull`, `LibraryRefused`, or `LibraryDamaged` (only for a file SQLite
        reports malformed, at open or by quick_check). A file or folder that cannot be
        written, or a library made by a newer Writing Nook, is opened read-only with a
        `notice` for the grown-up. Nothing is moved here.
        """
        path = Path(data_dir) / LIBRARY_FILE
        opened = opening.connect(path, busy_wait)
        try:
            db = Database(opened.conn)
            if check:
                problems = opening.quick_check(opened.conn)
                if problems:
                    raise LibraryDamaged(f"{path} is damaged: {'; '.join(problems[:3])}")
                if not opened.read_only and _asked_to_rescue(opened.conn):
                    raise LibraryDamaged(f"{path}: a grown-up's check of the library found damage")
            db.execute("PRAGMA foreign_keys=ON")
            if not opened.read_only:
                db.execute("PRAGMA synchronous=FULL")
            newer = migrations.unknown(db)
            if newer and not opened.read_only:
                # Our migrations could break a newer schema: look, never change.
                opened.conn.close()
                opened = opening.Opened(opening.connect_read_only(path), True)
                db = Database(opened.conn)
            library = cls(db, path)
            library.read_only = opened.read_only
            if newer:
                library.notice = opening.NEWER_MESSAGE
            else:
                library.notice = opened.notice
                if migrations.pending(db):
                    if opened.read_only:
                        raise LibraryRefused(
                            f"The library {path} is from an older Writing Nook and must be brought up to date, "
                            "but it cannot be changed here. Move it to a folder you can write in."
                        )
                    library._migrate()
        except sqlite3.Error as exc:
            opened.conn.close()
            raise opening.classify(exc, path) from exc
        except LibraryTrouble:
            opened.conn.close()
            raise
        return library

    def _migrate(self) -> None:
        """Bring the schema up to date, then seed the bundled idea cards and word banks
        once: in the same transaction as the step that introduced them, so a library is
        seeded exactly once and a grown-up's later edits (even deleting every bank) stay."""
        with self.db.atomic():
            ran = migrations.migrate(self.db)
            if migrations.SEED_BUNDLED in ran:
                self.word_wall.seed()
                self.ideas.seed()

    def close(self) -> None:
        self.checkpoint()
        self.db.close()

    def checkpoint(self, mode: str = "TRUNCATE") -> bool:
        """Fold the WAL into the library file, so a copy of that one file is complete.

        TRUNCATE (periodic, at close) also empties the -wal; PASSIVE (after a quiet spell)
        never waits for a reader, and lets the next write start the -wal from its
        beginning instead of growing it."""
        if self.read_only or mode not in ("PASSIVE", "TRUNCATE"):
            return False
        try:
            busy = self.db.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()[0]
        except sqlite3.Error:
            return False
        return not busy

    # -- change announcements -------------------------------------------------------
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

    # -- writers ----------------------------------------------------------------------
    def add_writer(self, name: str, avatar: str, colour: str | None = None, writer_id: str | None = None) -> Writer:
        """A new writer at the end of the list (`writer_id`: one kept from another computer)."""
        name = " ".join(name.split())[:60]
        with self.transaction():
            position = self.db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM writers").fetchone()[0]
            row: dict[str, Any] = {
                "id": writer_id or new_id(),
                "name": name,
                "avatar": avatar,
                "colour": colour or "#1f4e9c",
                "position": position,
                "archived": 0,
                "created": now(),
            }
            self.db.table("writers").insert(row)
            self._announce(Change(What.WRITER, writer_id=row["id"]))
        return Writer.from_row(row)

    def writers(self, include_archived: bool = False) -> list[Writer]:
        where = "" if include_archived else "WHERE archived = 0"
        rows = self.db.query(f"SELECT * FROM writers {where} ORDER BY position, created")
        return [Writer.from_row(r) for r in rows]

    def writer(self, writer_id: str) -> Writer | None:
        rows = list(self.db.query("SELECT * FROM writers WHERE id = ?", [writer_id]))
        return Writer.from_row(rows[0]) if rows else None

    def update_writer(self, writer_id: str, **fields: Any) -> Writer:
        allowed = {"name", "avatar", "colour", "archived", "position"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        if "name" in fields:
            fields["name"] = " ".join(str(fields["name"]).split())[:60]
        if "archived" in fields:
            fields["archived"] = int(bool(fields["archived"]))
        with self.transaction():
            self.db.table("writers").update(writer_id, fields)
            self._announce(Change(What.WRITER, writer_id=writer_id))
        writer = self.writer(writer_id)
        assert writer is not None
        return writer

    # -- pieces -----------------------------------------------------------------------
    def new_piece(self, writer_id: str, kind: str, look: str = "") -> Piece:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        writer = self.writer(writer_id)
        if writer is None:
            raise KeyError(writer_id)
        with self.transaction():
            piece_id = self._insert_piece(writer_id, kind, look)
            for position, spec in enumerate(first_pages(kind, writer.name)):
                self._insert_page(piece_id, position, spec["role"], "", {}, spec.get("extras", {}))
            self._refresh_text(piece_id)
            self._announce(Change(What.PIECE, writer_id=writer_id, piece_id=piece_id))
        piece = self.piece(piece_id)
        assert piece is not None
        return piece

    def _insert_piece(self, writer_id: str, kind: str, look: str, **fields: Any) -> str:
        """One row in `pieces` (a new draft unless `fields` say otherwise); returns its id."""
        stamp = now()
        row: dict[str, Any] = {
            "id": new_id(),
            "writer_id": writer_id,
            "kind": kind,
            "title": "",
            "look": look,
            "created": stamp,
            "updated": stamp,
            "finished": 0,
            "trashed": 0,
            "revision": 0,
            "search_words": "",
            **fields,
        }
        self.db.table("pieces").insert(row)
        return str(row["id"])

    def import_piece(
        self,
        writer_id: str,
        kind: str,
        look: str,
        pages: Sequence[dict[str, Any]],
        *,
        piece_id: str,
        origin_id: str,
        created: str,
        updated: str,
        finished: bool,
        revision: int,
        keep_page_ids: bool,
    ) -> str:
        """A piece made on another computer (from a backpack), with its own times and
        revision; `pages` are dicts of role, words, picture, extras (and id, kept if free)."""
        title, search_words = _texts([(page["words"], page["extras"]) for page in pages])
        with self.transaction():
            self._insert_piece(
                writer_id,
                kind,
                look,
                id=piece_id,
                origin_id=origin_id,
                title=title,
                search_words=search_words,
                created=created,
                updated=updated,
                finished=int(finished),
                revision=revision,
            )
            self._insert_pages(piece_id, pages, keep_page_ids)
            self._announce(Change(What.PIECE, writer_id=writer_id, piece_id=piece_id))
        return piece_id

    def replace_piece(
        self,
        piece_id: str,
        kind: str,
        look: str,
        pages: Sequence[dict[str, Any]],
        *,
        finished: bool,
        updated: str,
        revision: int,
    ) -> None:
        """Bring a piece up to date with its newer version from another computer."""
        piece = self.piece(piece_id)
        if piece is None:
            raise KeyError(piece_id)
        title, search_words = _texts([(page["words"], page["extras"]) for page in pages])
        with self.transaction():
            self.db.execute("DELETE FROM pages WHERE piece_id = ?", [piece_id])
            self._insert_pages(piece_id, pages, keep_ids=True)
            self.db.execute(
                "UPDATE pieces SET kind = ?, look = ?, finished = ?, title = ?, search_words = ?, updated = ?, "
                "revision = ? WHERE id = ?",
                [kind, look, int(finished), title, search_words, updated, revision, piece_id],
            )
            self._announce(Change(What.PIECE, writer_id=piece.writer_id, piece_id=piece_id))

    def _insert_pages(self, piece_id: str, pages: Sequence[dict[str, Any]], keep_ids: bool) -> None:
        for position, page in enumerate(pages):
            page_id = page.get("id")
            if not keep_ids or not page_id or self.page(page_id) is not None:
                page_id = None
            self._insert_page(piece_id, position, page["role"], page["words"], page["picture"], page["extras"], page_id)

    def piece(self, piece_id: str) -> Piece | None:
        rows = list(self.db.query("SELECT * FROM pieces WHERE id = ?", [piece_id]))
        return Piece.from_row(rows[0]) if rows else None

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
        clauses = ["p.trashed = 0"]
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

    def _touch_piece(self, piece_id: str, **fields: Any) -> Piece:
        piece = self.piece(piece_id)
        if piece is None:
            raise KeyError(piece_id)
        fields.setdefault("updated", now())
        self.db.execute(
            f"UPDATE pieces SET {', '.join(f'{k} = ?' for k in fields)}, revision = revision + 1 WHERE id = ?",
            [*fields.values(), piece_id],
        )
        return piece

    def set_finished(self, piece_id: str, finished: bool = True) -> None:
        with self.transaction():
            piece = self._touch_piece(piece_id, finished=int(finished))
            self._announce(Change(What.PIECE, writer_id=piece.writer_id, piece_id=piece_id))

    def set_look(self, piece_id: str, look: str) -> None:
        with self.transaction():
            piece = self._touch_piece(piece_id, look=look)
            self._announce(Change(What.PIECE, writer_id=piece.writer_id, piece_id=piece_id))

    def trash_piece(self, piece_id: str) -> None:
        with self.transaction():
            piece = self._touch_piece(piece_id, trashed=1, trashed_at=now(), updated=self._updated(piece_id))
            self._announce(Change(What.TRASH, writer_id=piece.writer_id, piece_id=piece_id))

    def restore_piece(self, piece_id: str) -> None:
        with self.transaction():
            piece = self._touch_piece(piece_id, trashed=0, trashed_at=None, updated=self._updated(piece_id))
            self._announce(Change(What.TRASH, writer_id=piece.writer_id, piece_id=piece_id))

    def _updated(self, piece_id: str) -> str:
        row = self.db.execute("SELECT updated FROM pieces WHERE id = ?", [piece_id]).fetchone()
        if row is None:
            raise KeyError(piece_id)
        return str(row[0])

    def delete_piece_forever(self, piece_id: str) -> None:
        """Grown-up only: removes the piece and its pages for good."""
        piece = self.piece(piece_id)
        if piece is None:
            return
        with self.transaction():
            self.db.execute("DELETE FROM pages WHERE piece_id = ?", [piece_id])
            self.db.execute("DELETE FROM pieces WHERE id = ?", [piece_id])
            self._announce(Change(What.TRASH, writer_id=piece.writer_id, piece_id=piece_id))

    def empty_trash(self, writer_id: str | None = None) -> int:
        trashed = self.pieces(writer_id, trashed=True)
        with self.transaction():
            for piece in trashed:
                self.delete_piece_forever(piece.id)
        return len(trashed)

    def duplicate_piece(self, piece_id: str) -> Piece:
        """'Make another like this': a new draft with the same pages."""
        source = self.piece(piece_id)
        if source is None:
            raise KeyError(piece_id)
        with self.transaction():
            new_piece_id = self._insert_piece(source.writer_id, source.kind, source.look, title=source.title)
            for page in self.pages(piece_id):
                self._insert_page(new_piece_id, page.position, page.role, page.words, page.picture, page.extras)
            self._refresh_text(new_piece_id)
            self._announce(Change(What.PIECE, writer_id=source.writer_id, piece_id=new_piece_id))
        piece = self.piece(new_piece_id)
        assert piece is not None
        return piece

    # -- pages ------------------------------------------------------------------------
    def pages(self, piece_id: str) -> list[Page]:
        rows = self.db.query("SELECT * FROM pages WHERE piece_id = ? ORDER BY position", [piece_id])
        return [Page.from_row(r) for r in rows]

    def page(self, page_id: str) -> Page | None:
        rows = list(self.db.query("SELECT * FROM pages WHERE id = ?", [page_id]))
        return Page.from_row(rows[0]) if rows else None

    def _insert_page(
        self,
        piece_id: str,
        position: int,
        role: str,
        words: str,
        picture: dict[str, Any],
        extras: dict[str, Any],
        page_id: str | None = None,
    ) -> str:
        page_id = page_id or new_id()
        self.db.table("pages").insert(
            {
                "id": page_id,
                "piece_id": piece_id,
                "position": position,
                "role": role,
                "words": words,
                "picture": json.dumps(picture, ensure_ascii=False),
                "extras": json.dumps(extras, ensure_ascii=False),
                "updated": now(),
            }
        )
        return page_id

    def _renumber(self, piece_id: str, order: list[str]) -> None:
        # Two passes so the positions never collide mid-way if a unique index is added.
        for position, page_id in enumerate(order):
            self.db.execute("UPDATE pages SET position = ? WHERE id = ?", [position, page_id])

    def add_page(
        self,
        piece_id: str,
        role: str = "page",
        position: int | None = None,
        words: str = "",
        picture: dict[str, Any] | None = None,
        extras: dict[str, Any] | None = None,
        page_id: str | None = None,
    ) -> Page:
        """Insert a page at `position` (default: at the end); returns it."""
        with self.transaction():
            order = [p.id for p in self.pages(piece_id)]
            position = len(order) if position is None else max(0, min(position, len(order)))
            new_page = self._insert_page(piece_id, position, role, words, picture or {}, extras or {}, page_id)
            order.insert(position, new_page)
            self._renumber(piece_id, order)
            piece = self._refresh_text(piece_id)
            self._announce(Change(What.PAGE, writer_id=piece.writer_id, piece_id=piece_id, page_id=new_page))
        page = self.page(new_page)
        assert page is not None
        return page

    def update_page(
        self,
        page_id: str,
        *,
        words: str | None = None,
        picture: dict[str, Any] | None = None,
        extras: dict[str, Any] | None = None,
        picture_json: str | None = None,
    ) -> None:
        """Store what changed on a page (only the parts given).

        `picture_json` is a picture already encoded by the caller (the editor keeps one
        ready, so a page of 2,000 strokes is not encoded twice on the UI thread).
        """
        fields: dict[str, Any] = {}
        if words is not None:
            fields["words"] = words
        if picture_json is not None:
            fields["picture"] = picture_json
        elif picture is not None:
            fields["picture"] = json.dumps(picture, ensure_ascii=False)
        if extras is not None:
            fields["extras"] = json.dumps(extras, ensure_ascii=False)
        if not fields:
            return
        fields["updated"] = now()
        with self.transaction():
            row = self.db.execute("SELECT piece_id FROM pages WHERE id = ?", [page_id]).fetchone()
            if row is None:
                raise KeyError(page_id)
            self.db.execute(
                f"UPDATE pages SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?", [*fields.values(), page_id]
            )
            # Only words and extras name a piece or make it findable; a picture-only
            # change just touches the piece.
            if words is not None or extras is not None:
                piece = self._refresh_text(row[0])
            else:
                piece = self._touch_piece(row[0], updated=fields["updated"])
            self._announce(Change(What.PAGE, writer_id=piece.writer_id, piece_id=row[0], page_id=page_id))

    def delete_page(self, page_id: str) -> Page:
        """Remove a page; returns it so an undo can put it back with `restore_page`."""
        page = self.page(page_id)
        if page is None:
            raise KeyError(page_id)
        with self.transaction():
            self.db.execute("DELETE FROM pages WHERE id = ?", [page_id])
            order = [p.id for p in self.pages(page.piece_id)]
            self._renumber(page.piece_id, order)
            piece = self._refresh_text(page.piece_id)
            self._announce(Change(What.PAGE, writer_id=piece.writer_id, piece_id=page.piece_id, page_id=page_id))
        return page

    def restore_page(self, page: Page) -> Page:
        return self.add_page(
            page.piece_id, page.role, page.position, page.words, page.picture, page.extras, page_id=page.id
        )

    def move_page(self, page_id: str, new_position: int) -> None:
        page = self.page(page_id)
        if page is None:
            raise KeyError(page_id)
        with self.transaction():
            order = [p.id for p in self.pages(page.piece_id)]
            order.remove(page_id)
            new_position = max(0, min(new_position, len(order)))
            order.insert(new_position, page_id)
            self._renumber(page.piece_id, order)
            piece = self._touch_piece(page.piece_id)
            self._refresh_text(page.piece_id)
            self._announce(Change(What.PAGE, writer_id=piece.writer_id, piece_id=page.piece_id, page_id=page_id))

    def _refresh_text(self, piece_id: str) -> Piece:
        """Recompute title and searchable words after the pages changed.

        Reads only words and extras: decoding every page's picture (thousands of
        strokes) would cost the UI thread far more than the store itself.
        """
        rows = self.db.execute("SELECT words, extras FROM pages WHERE piece_id = ? ORDER BY position", [piece_id])
        title, search_words = _texts([(words, load_json_object(extras)) for words, extras in rows.fetchall()])
        return self._touch_piece(piece_id, title=title, search_words=search_words)

    # -- media ------------------------------------------------------------------------
    def put_media(self, data: bytes, mime: str, width: int = 0, height: int = 0) -> str:
        """Store image bytes once, by content; returns their hash."""
        digest = hashlib.sha256(data).hexdigest()
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO media (hash, data, mime, width, height, created) VALUES (?, ?, ?, ?, ?, ?)",
                [digest, data, mime, width, height, now()],
            )
        return digest

    def media(self, digest: str) -> bytes | None:
        row = self.db.execute("SELECT data FROM media WHERE hash = ?", [digest]).fetchone()
        return bytes(row[0]) if row else None

    def media_info(self, digest: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT hash, mime, width, height FROM media WHERE hash = ?", [digest]))
        return rows[0] if rows else None

    # -- settings and remembered state ------------------------------------------------
    def own_settings(self, writer_id: str) -> dict[str, Any]:
        """The settings this writer has their own value for (key -> value)."""
        rows = self.db.execute("SELECT key, value FROM settings WHERE scope = ?", [writer_id]).fetchall()
        return {str(key): json.loads(value) for key, value in rows if key in settings.PER_WRITER}

    def use_everyones_settings(self, writer_id: str) -> None:
        """Drop a writer's own settings, so everyone's apply to them again."""
        with self.transaction():
            self.db.execute("DELETE FROM settings WHERE scope = ?", [writer_id])
            self._announce(Change(What.SETTING, writer_id=writer_id))

    def setting(self, key: str, writer_id: str | None = None) -> Any:
        if key not in settings.DEFAULTS:
            raise KeyError(key)
        scopes = [writer_id, ""] if writer_id and key in settings.PER_WRITER else [""]
        for scope in scopes:
            row = self.db.execute("SELECT value FROM settings WHERE scope = ? AND key = ?", [scope, key]).fetchone()
            if row is not None:
                return json.loads(row[0])
        return settings.DEFAULTS[key]

    def settings_for(self, writer_id: str | None = None) -> dict[str, Any]:
        return {key: self.setting(key, writer_id) for key in settings.DEFAULTS}

    def set_setting(self, key: str, value: Any, writer_id: str | None = None) -> None:
        value = settings.clean(key, value)
        scope = writer_id if writer_id and key in settings.PER_WRITER else ""
        with self.transaction():
            self.db.table("settings").upsert(
                {"scope": scope, "key": key, "value": json.dumps(value)}, pk=("scope", "key")
            )
            self._announce(Change(What.SETTING, writer_id=writer_id))

    def state(self, key: str, default: Any = None) -> Any:
        if key in self._state_in_memory:
            return self._state_in_memory[key]
        row = self.db.execute("SELECT value FROM settings WHERE scope = 'state' AND key = ?", [key]).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default  # a damaged value is forgotten, not a crash at every start

    def set_state(self, key: str, value: Any) -> None:
        """Remember where the app was (last writer, last piece); announces nothing.

        Where the app was is worth little next to starting at all: if the library cannot
        be written (read-only, full, busy) it is remembered for this visit only.
        """
        if self.read_only:
            self._state_in_memory[key] = value
            return
        try:
            with self.db.atomic():
                self.db.table("settings").upsert(
                    {"scope": "state", "key": key, "value": json.dumps(value)}, pk=("scope", "key")
                )
        except sqlite3.OperationalError:
            self._state_in_memory[key] = value
            return
        self._state_in_memory.pop(key, None)

    # -- rescue -------------------------------------------------------------------------
    def take_rescued_rows(self, rows: dict[str, tuple[list[str], list[tuple[object, ...]]]]) -> dict[str, int]:
        """Copy rows read from a damaged library into this fresh one, in one transaction.

        `rows` maps a table to (its columns, its readable rows), parents before children.
        Bundled rows seeded here give way to the old file's own. Returns rows copied per table.
        """
        rescued: dict[str, int] = {}
        tables = self.db.table_names()
        with self.db.atomic():
            for table in SEEDED_TABLES:
                if rows.get(table, ([], []))[1]:
                    self.db.execute(f"DELETE FROM {table}")
            for table, (columns, found) in rows.items():
                wanted = set(self.db.table(table).columns_dict) if table in tables else set()
                rescued[table] = self._insert_rescued(table, wanted, columns, found)
            self.db.execute("DELETE FROM pieces_fts")
            self.db.execute(
                "INSERT INTO pieces_fts (rowid, title, search_words) SELECT rowid, title, search_words FROM pieces"
            )
        return rescued

    def _insert_rescued(self, table: str, wanted: set[str], columns: list[str], rows: list[tuple[object, ...]]) -> int:
        count = 0
        for row in rows:
            record = {k: v for k, v in zip(columns, row, strict=False) if k in wanted}
            if not record:
                continue
            try:
                cursor = self.db.execute(
                    f"INSERT OR IGNORE INTO {table} ({', '.join(record)}) VALUES ({', '.join('?' for _ in record)})",
                    list(record.values()),
                )
                count += max(cursor.rowcount, 0)  # a row already there is not counted as rescued
            except sqlite3.DatabaseError:
                continue
        return count
