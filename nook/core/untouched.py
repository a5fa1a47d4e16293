"""Telling a piece nobody worked on: a mis-tapped "New …" or idea card leaves no clutter.

A piece is compared with itself as it was made; only what a child can change counts.
"""

from __future__ import annotations

import json
from typing import Any

from nook.core.library import Library

Snapshot = tuple[Any, ...]


def snapshot(library: Library, piece_id: str) -> Snapshot | None:
    """What a child could have changed in a piece (None if there is no such piece)."""
    piece = library.piece(piece_id)
    if piece is None:
        return None
    pages = tuple(
        (page.role, page.words, json.dumps(page.picture, sort_keys=True), json.dumps(page.extras, sort_keys=True))
        for page in library.pages(piece_id)
    )
    return (piece.kind, piece.title, piece.look, piece.finished, piece.trashed, pages)
