"""What a shelf shows: a writer's pieces as light rows, a window at a time. No Qt.

The shelf never loads every piece: the view asks for the rows it is about to show
(`shelf_rows` with `offset` and `limit`), and each row carries only what a cover needs
(id, kind, title, star, when it changed), not the piece's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from nook.core.library import Library, shelf_where
from nook.core.models import KINDS, Page, Piece

# The picture filters above the shelf: everything, one kind, or the finished ones.
FILTERS = ("all", *KINDS, "finished")

_ROW_COLUMNS = (
    "id, writer_id, kind, title, finished, trashed, updated, "
    # My voice: the cover shows a speaker when any page has a recording.
    "EXISTS (SELECT 1 FROM pages pg WHERE pg.piece_id = pieces.id "
    "AND CASE WHEN json_valid(pg.extras) THEN json_extract(pg.extras, '$.voice.media') END IS NOT NULL)"
)
# json_extract raises on text that is not JSON, and one damaged page's extras stopped every
# start at the shelf: such a page has no recording here (CASE, unlike AND, never evaluates
# the extract of invalid JSON).


@dataclass(frozen=True)
class ShelfRow:
    """One cover on the shelf."""

    id: str
    writer_id: str
    kind: str
    title: str
    finished: bool
    trashed: bool
    updated: str
    has_voice: bool = False

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> ShelfRow:
        return cls(
            id=row[0],
            writer_id=row[1],
            kind=row[2],
            title=row[3] or "",
            finished=bool(row[4]),
            trashed=bool(row[5]),
            updated=row[6],
            has_voice=bool(row[7]) if len(row) > 7 else False,
        )


def _where(writer_id: str | None, shelf_filter: str, trashed: bool) -> tuple[str, list[Any]]:
    if shelf_filter not in FILTERS:
        raise ValueError(f"unknown shelf filter {shelf_filter!r}")
    kind = shelf_filter if shelf_filter in KINDS else None
    return shelf_where(writer_id, kind, True if shelf_filter == "finished" else None, trashed)


def shelf_rows(
    library: Library,
    writer_id: str | None,
    shelf_filter: str = "all",
    *,
    trashed: bool = False,
    offset: int = 0,
    limit: int = 60,
) -> list[ShelfRow]:
    """A window of a writer's shelf (None: everyone's), newest first."""
    where, params = _where(writer_id, shelf_filter, trashed)
    order = "trashed_at DESC, id" if trashed else "updated DESC, id"
    sql = f"SELECT {_ROW_COLUMNS} FROM pieces WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
    return [ShelfRow.from_row(r) for r in library.db.execute(sql, [*params, limit, offset]).fetchall()]


def shelf_count(library: Library, writer_id: str | None, shelf_filter: str = "all", *, trashed: bool = False) -> int:
    where, params = _where(writer_id, shelf_filter, trashed)
    return int(library.db.execute(f"SELECT COUNT(*) FROM pieces WHERE {where}", params).fetchone()[0])


def search_rows(
    library: Library, writer_id: str | None, text: str, shelf_filter: str = "all", limit: int = 500
) -> list[ShelfRow]:
    """Pieces whose words match `text` (the library's quoted full-text search), filtered."""
    rows = []
    for piece in library.search(writer_id, text, limit=limit):
        if shelf_filter in KINDS and piece.kind != shelf_filter:
            continue
        if shelf_filter == "finished" and not piece.finished:
            continue
        rows.append(ShelfRow(piece.id, piece.writer_id, piece.kind, piece.title, piece.finished, False, piece.updated))
    return rows


# A list's cover is the list as on its page: its name, and under it its first things.
THINGS_ON_A_LIST_COVER = 3  # (as many as fit under its name on a 4:5 cover)


class CoverSource(NamedTuple):
    """What a cover is drawn from: the piece's first page, the piece, and for a list its
    first things (drawn under its name, as on the page)."""

    page: Page
    piece: Piece
    rows: tuple[Page, ...] = ()


def cover_sources(library: Library, piece_ids: list[str]) -> dict[str, CoverSource]:
    """What each of these pieces' cover is drawn from, by piece id, for those that have a
    page: read at once for a screen of covers."""
    pages = library.first_pages(piece_ids)
    pieces = library.pieces_by_id([piece_id for piece_id in piece_ids if piece_id in pages])
    lists = [piece_id for piece_id, piece in pieces.items() if piece.kind == "list"]
    things = library.leading_pages(lists, 1 + THINGS_ON_A_LIST_COVER) if lists else {}
    return {
        piece_id: CoverSource(page, pieces[piece_id], tuple(things.get(piece_id, [])[1:]))
        for piece_id, page in pages.items()
        if piece_id in pieces
    }


def trash_counts(library: Library) -> dict[str, int]:
    """How many pieces each writer has in the trash (for the grown-up corner)."""
    rows = library.db.execute("SELECT writer_id, COUNT(*) FROM pieces WHERE trashed = 1 GROUP BY writer_id")
    return {str(writer_id): int(count) for writer_id, count in rows.fetchall()}


def return_to_writers_after_closing(library: Library) -> bool:
    """Classroom mode: after a piece is closed, the next child picks themselves."""
    return bool(library.setting("classroom_mode"))


def idle_minutes(library: Library) -> int:
    """Classroom mode: minutes without a touch before going back to 'Who is writing?'."""
    return max(1, int(library.setting("classroom_idle_minutes")))


# -- a writer's own settings ------------------------------------------------------------
# (The library stores a writer's own values under scope = writer id; these two let the
# grown-up corner show and drop them.)


def own_settings(library: Library, writer_id: str) -> dict[str, Any]:
    """The settings this writer has their own value for (key -> value)."""
    return library.own_settings(writer_id)


def use_everyones_settings(library: Library, writer_id: str) -> None:
    """Drop a writer's own settings, so everyone's apply to them again."""
    library.use_everyones_settings(writer_id)
