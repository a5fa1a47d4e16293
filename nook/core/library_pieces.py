"""Changing pieces as a whole: new, imported from a backpack, replaced by a newer
version, finished, restyled, trashed and restored, deleted for good, duplicated."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from nook.core.changes import Change, What
from nook.core.library_pages import PageChanges, _texts
from nook.core.models import KINDS, Piece
from nook.core.piece_text import first_pages
from nook.core.store import new_id, now


class PieceChanges(PageChanges):
    """The library's piece changes."""

    def new_piece(self, writer_id: str, kind: str, look: str = "") -> Piece:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        writer = self.writer(writer_id)
        if writer is None:
            raise KeyError(writer_id)
        with self.transaction():
            piece_id = self._insert_piece(writer_id, kind, look)
            language = str(self.setting("language", writer_id))
            for position, spec in enumerate(first_pages(kind, writer.name, language)):
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
