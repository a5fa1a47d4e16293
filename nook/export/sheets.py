"""Which pages go on which sheet of paper, and drawing one sheet.

A book prints one page per sheet with its cover first; a sign fills a sheet as a poster,
landscape or portrait as the sign is; a list prints its title and items stacked as they
look on screen; a letter prints the letter, then the envelope if it has one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from nook.core.models import Page, Piece
from nook.core.page_language import page_language
from nook.core.picture import items_of, page_size
from nook.core.piece_text import page_text
from nook.core.recordings import recording_of
from nook.render import PageStyle, Pictures, paint_page
from nook.render.page import Part

# Space around what is printed, as a share of the sheet's shorter side.
MARGIN = 0.06
POSTER_MARGIN = 0.03
LIST_GAP = 0.02  # between list rows, as a share of the sheet's height


@dataclass(frozen=True)
class Sheet:
    """One side of paper: the pages on it, top to bottom, and which way it is turned."""

    pages: tuple[Page, ...]
    landscape: bool
    poster: bool = False


def sheet_language(sheet: Sheet, writer_language: str, mixed: str) -> str | None:
    """The language a sheet's words are in (None: it has no words); `mixed` where its
    pages (list items) are in both languages."""
    found = {
        page_language(page.extras, writer_language)
        for page in sheet.pages
        if page_text(page.words, page.extras, grown_up=False)
    }
    if not found:
        return None
    return found.pop() if len(found) == 1 else mixed


def page_aspect(piece: Piece, page: Page) -> float:
    width, height = page_size(piece.kind, page.role)
    return width / height


def without_blank_pages(piece: Piece, pages: list[Page], heard: bool = False) -> list[Page]:
    """A book's pages less those with nothing on them (no words and no picture; no voice
    either where it is `heard`): a class book leaves them out, as a teacher would not
    print blank paper between the children. A new book's page 1 stays so when its child
    wrote only the cover. The cover is kept (its writer's name is over it)."""
    if piece.kind != "book":
        return pages
    return [
        page
        for page in pages
        if page.role != "page"
        or page_text(page.words, page.extras)
        or items_of(page.picture)
        or (heard and recording_of(page.extras))
    ]


def plan_sheets(piece: Piece, pages: list[Page]) -> list[Sheet]:
    """The sheets a piece prints on, in order."""
    if piece.kind == "list":
        return _list_sheets(piece, pages)
    return [Sheet((page,), landscape=page_aspect(piece, page) >= 1, poster=piece.kind == "sign") for page in pages]


def rows_per_sheet(piece: Piece, pages: list[Page]) -> int:
    """How many list rows fit on a portrait sheet (8.5 x 11 in or A4) with margins."""
    aspect = max((page_aspect(piece, p) for p in pages), default=4.0)
    usable_width, usable_height = 1 - 2 * MARGIN, 11 / 8.5 - 2 * MARGIN
    row = usable_width / aspect
    return max(1, int((usable_height + LIST_GAP) / (row + LIST_GAP)))


def _list_sheets(piece: Piece, pages: list[Page]) -> list[Sheet]:
    per_sheet = rows_per_sheet(piece, pages)
    return [
        Sheet(tuple(pages[start : start + per_sheet]), landscape=False) for start in range(0, len(pages), per_sheet)
    ]


def fit(aspect: float, area: QRectF, top: bool = False) -> QRectF:
    """The largest rect of `aspect` (width / height) inside `area`, centred (or at the top)."""
    width = min(area.width(), area.height() * aspect)
    height = width / aspect
    x = area.x() + (area.width() - width) / 2
    y = area.y() if top else area.y() + (area.height() - height) / 2
    return QRectF(x, y, width, height)


def item_languages(sheet: Sheet, writer_language: str) -> list[str | None]:
    """The language of each page (list item) on a sheet; None for one without words."""
    return [
        page_language(page.extras, writer_language) if page_text(page.words, page.extras, grown_up=False) else None
        for page in sheet.pages
    ]


def paint_sheet(
    painter: QPainter,
    area: QRectF,
    sheet: Sheet,
    piece: Piece,
    style: PageStyle,
    pictures: Pictures,
    mark: Callable[[QPainter, int], None] | None = None,
    part: Part | None = None,
) -> None:
    """Draw a sheet's pages into `area` (the whole paper, in the painter's units).
    `mark(painter, n)` is called before the nth list item is drawn, and once more after
    the last (n = the number of items): a PDF finds each item's drawing by it. `part`
    is told of each page's parts (see nook.render.page)."""
    margin = min(area.width(), area.height()) * (POSTER_MARGIN if sheet.poster else MARGIN)
    inner = area.adjusted(margin, margin, -margin, -margin)
    if len(sheet.pages) == 1 and piece.kind != "list":
        page = sheet.pages[0]
        paint_page(painter, fit(page_aspect(piece, page), inner), page, piece, style, pictures, part=part)
        return
    gap = area.height() * LIST_GAP
    y = inner.top()
    for number, page in enumerate(sheet.pages):
        if mark is not None:
            mark(painter, number)
        height = inner.width() / page_aspect(piece, page)
        paint_page(painter, QRectF(inner.left(), y, inner.width(), height), page, piece, style, pictures, part=part)
        y += height + gap
    if mark is not None:
        mark(painter, len(sheet.pages))
