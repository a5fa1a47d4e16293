"""Changing the pages of a piece: add, store, delete, restore, move; each keeps the
piece's title, searchable words and revision up to date."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from nook.core.changes import Change, What
from nook.core.library_base import LibraryBase
from nook.core.models import Page, Piece, load_json_object
from nook.core.piece_text import page_text, title_from, title_source
from nook.core.store import new_id, now


def _texts(pages: Sequence[tuple[str, dict[str, Any]]]) -> tuple[str, str]:
    """A piece's title and searchable words from its pages' (words, extras)."""
    texts: list[str] = []
    titles: list[str] = []
    for words, extras in pages:
        texts.extend(page_text(words or "", extras))
        titles.extend(title_source(words or "", extras))
    return title_from(titles), "\n".join(texts)


def _json_text(value: dict[str, Any]) -> str:
    # Most pages of a long book have no picture and no extras: no encoder for those.
    return json.dumps(value, ensure_ascii=False) if value else "{}"


class PageChanges(LibraryBase):
    """The library's page changes (and the piece bookkeeping every page change does)."""

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

    def _refresh_text(self, piece_id: str) -> Piece:
        """Recompute title and searchable words after the pages changed.

        Reads only words and extras: decoding every page's picture (thousands of
        strokes) would cost the UI thread far more than the store itself.
        """
        rows = self.db.execute("SELECT words, extras FROM pages WHERE piece_id = ? ORDER BY position", [piece_id])
        title, search_words = _texts([(words, load_json_object(extras)) for words, extras in rows.fetchall()])
        return self._touch_piece(piece_id, title=title, search_words=search_words)

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
                "extras": json.dumps(extras, ensure_ascii=False),
                "updated": now(),
            }
        )
        if picture:
            self._put_pictures([(page_id, json.dumps(picture, ensure_ascii=False))])
        return page_id

    def _put_pictures(self, pictures: Sequence[tuple[str, str]]) -> None:
        """(page id, picture JSON) into page_pictures, in place of any there: a picture is
        kept out of its page's row, so writing the words never rewrites it."""
        self.db.conn.executemany("INSERT OR REPLACE INTO page_pictures (page_id, picture) VALUES (?, ?)", pictures)

    def _insert_pages(self, piece_id: str, pages: Sequence[dict[str, Any]], keep_ids: bool) -> None:
        """Many pages at once (a piece from a backpack: up to 1,000): the ids already taken
        are asked in one query and the rows go in with one statement. Page by page, through
        sqlite-utils, cost about 1 ms a page: most of a 900,000-page backpack's minutes."""
        wanted = [str(page["id"]) for page in pages if keep_ids and page.get("id")]
        taken = self._taken_page_ids(wanted)
        stamp = now()
        rows = []
        pictures = []
        for position, page in enumerate(pages):
            page_id = page.get("id") if keep_ids else None
            if not page_id or page_id in taken:
                page_id = new_id()
            taken.add(str(page_id))  # the same id twice in one piece: the second gets a new one
            rows.append(
                (
                    page_id,
                    piece_id,
                    position,
                    page["role"],
                    page["words"],
                    _json_text(page["extras"]),
                    stamp,
                )
            )
            if page["picture"]:
                pictures.append((str(page_id), json.dumps(page["picture"], ensure_ascii=False)))
        self.db.conn.executemany(
            "INSERT INTO pages (id, piece_id, position, role, words, extras, updated) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._put_pictures(pictures)

    def _taken_page_ids(self, ids: list[str]) -> set[str]:
        taken: set[str] = set()
        for start in range(0, len(ids), 500):  # SQLite's limit on parameters is far above 500
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            taken.update(row[0] for row in self.db.execute(f"SELECT id FROM pages WHERE id IN ({marks})", chunk))
        return taken

    def _page_order(self, piece_id: str) -> list[str]:
        """The piece's page ids in order: read without the pages (a page of thousands of
        strokes decoded for its id made each page added to a busy book slower than the last)."""
        rows = self.db.execute("SELECT id FROM pages WHERE piece_id = ? ORDER BY position", [piece_id])
        return [page_id for (page_id,) in rows.fetchall()]

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
            order = self._page_order(piece_id)
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
        picture_added: Sequence[str] | None = None,
    ) -> None:
        """Store what changed on a page (only the parts given).

        `picture_json` is a picture already encoded by the caller (the editor keeps one
        ready, so a page of 2,000 strokes is not encoded twice on the UI thread).
        `picture_added` are items (each encoded) drawn after the picture as stored: they
        are appended one row each, so a stroke costs the same on any page; a whole
        picture given instead replaces the stored one and what was appended to it.
        """
        fields: dict[str, Any] = {}
        if words is not None:
            fields["words"] = words
        if extras is not None:
            fields["extras"] = json.dumps(extras, ensure_ascii=False)
        whole = picture_json
        if whole is None and picture is not None:
            whole = json.dumps(picture, ensure_ascii=False)
        added = list(picture_added or []) if whole is None else []
        if not fields and whole is None and not added:
            return
        stamp = now()
        with self.transaction():
            row = self.db.execute("SELECT piece_id FROM pages WHERE id = ?", [page_id]).fetchone()
            if row is None:
                raise KeyError(page_id)
            if fields or whole is not None:
                # Not for strokes alone. The row is small (the picture is kept apart), so
                # words typed on a busy page write the words, not its picture.
                fields["updated"] = stamp
                self.db.execute(
                    f"UPDATE pages SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
                    [*fields.values(), page_id],
                )
            if whole is not None:
                self._put_pictures([(page_id, whole)])
                self.db.execute("DELETE FROM page_strokes WHERE page_id = ?", [page_id])
            elif added:
                self.db.conn.executemany(
                    "INSERT INTO page_strokes (page_id, item) VALUES (?, ?)", [(page_id, item) for item in added]
                )
            # Only words and extras name a piece or make it findable; a picture-only
            # change just touches the piece.
            if words is not None or extras is not None:
                piece = self._refresh_text(row[0])
            else:
                piece = self._touch_piece(row[0], updated=stamp)
            self._announce(Change(What.PAGE, writer_id=piece.writer_id, piece_id=row[0], page_id=page_id))

    def delete_page(self, page_id: str) -> Page:
        """Remove a page; returns it so an undo can put it back with `restore_page`."""
        page = self.page(page_id)
        if page is None:
            raise KeyError(page_id)
        with self.transaction():
            self.db.execute("DELETE FROM pages WHERE id = ?", [page_id])
            order = self._page_order(page.piece_id)
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
            order = self._page_order(page.piece_id)
            order.remove(page_id)
            new_position = max(0, min(new_position, len(order)))
            order.insert(new_position, page_id)
            self._renumber(page.piece_id, order)
            piece = self._touch_piece(page.piece_id)
            self._refresh_text(page.piece_id)
            self._announce(Change(What.PAGE, writer_id=piece.writer_id, piece_id=page.piece_id, page_id=page_id))
