"""Storing a page's changes within the UI thread's 10 ms budget. Pure Python, no Qt.

`Library.update_page` recomputes the piece's title and search words by loading every
page of the piece, pictures included; on a page with 2,000 strokes decoding those
pictures alone took 19 ms. This does the same store inside `library.transaction()`
but reads only the words and extras (the only parts a title or search uses), and skips
the title entirely when only the picture changed. When the library grows a method that
does this (asked for in the editor's report), this module should go.
"""

from __future__ import annotations

import json
from typing import Any

from nook.core import library as library_module
from nook.core.library import Change, Library


def _load(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def store_page(
    library: Library,
    page_id: str,
    *,
    words: str | None = None,
    picture: dict[str, Any] | None = None,
    extras: dict[str, Any] | None = None,
    picture_json: str | None = None,
) -> None:
    """Store the given parts of a page, touch its piece and announce the change.

    `picture_json` is the picture already encoded (see `picture.picture_json`)."""
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
    stamp = library_module.now()
    fields["updated"] = stamp
    db = library.db
    with library.transaction():
        row = db.execute(
            "SELECT p.piece_id, c.writer_id FROM pages p JOIN pieces c ON c.id = p.piece_id WHERE p.id = ?",
            [page_id],
        ).fetchone()
        if row is None:
            raise KeyError(page_id)
        piece_id, writer_id = row
        db.execute(
            f"UPDATE pages SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?", [*fields.values(), page_id]
        )
        piece_fields: dict[str, Any] = {"updated": stamp}
        if words is not None or extras is not None:
            texts: list[str] = []
            titles: list[str] = []
            for page_words, page_extras in db.execute(
                "SELECT words, extras FROM pages WHERE piece_id = ? ORDER BY position", [piece_id]
            ).fetchall():
                loaded = _load(page_extras)
                texts.extend(library_module.page_text(page_words or "", loaded))
                titles.extend(library_module.title_source(page_words or "", loaded))
            piece_fields["title"] = library_module.title_from(titles)
            piece_fields["search_words"] = "\n".join(texts)
        db.execute(
            f"UPDATE pieces SET {', '.join(f'{k} = ?' for k in piece_fields)}, revision = revision + 1 WHERE id = ?",
            [*piece_fields.values(), piece_id],
        )
        # Announced with the transaction, exactly as the library's own methods do.
        library._announce(Change("pages", writer_id=writer_id, piece_id=piece_id, page_id=page_id))
