"""What read aloud says for a page in show time, and where each heard word is drawn,
so the light falls on the word the child sees."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextLine

from nook import render
from nook.core.models import Page, Piece


@dataclass(frozen=True)
class Spoken:
    """One typed field of a page within the text said aloud for it."""

    box: render.TextBox
    text: str
    start: int  # offset of `text` within the page's spoken text


def page_number(pages: list[Page], index: int) -> tuple[int | None, int]:
    """The page's number as a child counts (None for a cover), and how many are numbered."""
    numbered = [i for i, page in enumerate(pages) if page.role != "cover"]
    return (numbered.index(index) + 1 if index in numbered else None), len(numbered)


def spoken_parts(style: render.PageStyle, piece: Piece, page: Page) -> list[Spoken]:
    """What read aloud says for a page, in reading order (the byline after a cover's title)."""
    layout = render.page_layout(piece.kind, page.role)
    boxes = list(layout.texts)
    if layout.byline is not None and style.byline:
        boxes.insert(1, render.TextBox("byline", layout.byline, scale=0.7, centre=True))
    parts: list[Spoken] = []
    offset = 0
    for box in boxes:
        text = style.byline if box.field == "byline" else render.field_text(page, box.field)
        if not text.strip():
            continue
        parts.append(Spoken(box, text, offset))
        offset += len(text) + 2  # joined by ".\n" style breaks, see `spoken_text`
    return parts


def spoken_text(parts: list[Spoken]) -> str:
    return "".join(part.text + "\n\n" for part in parts).rstrip("\n")


def word_rects(part: Spoken, style: render.TextStyle, start: int, length: int) -> list[QRectF]:
    """Where characters [start, start + length) of a field are drawn, in page units.

    Lays the words out exactly as `render.paint_text_box` does (same font size, width
    and alignment), so the light falls on the word the child sees.
    """
    box = part.box
    size = render.box_font_size(box, part.text, style)
    laid = render.lay_out_text(
        part.text, render.make_font(style.family, size, style.all_caps), box.rect.width(), box.centre
    )
    top = box.rect.top() + (max(0.0, (box.rect.height() - laid.height()) / 2) if box.centre else 0.0)
    end = start + length
    rects: list[QRectF] = []
    for paragraph, line in laid.lines():
        line_start = paragraph + line.textStart()
        line_end = line_start + line.textLength()
        a, b = max(start, line_start), min(end, line_end)
        if a >= b:
            continue
        x1 = _x_at(line, a - paragraph)
        x2 = _x_at(line, b - paragraph)
        rect = QRectF(min(x1, x2), line.y(), abs(x2 - x1), line.height())
        rects.append(rect.translated(QPointF(box.rect.left(), top)))
    bottom = box.rect.bottom()
    return [r for r in rects if r.top() < bottom]  # words clipped off the box are not lit


def _x_at(line: QTextLine, position: int) -> float:
    """Where a cursor at `position` stands on `line` (PySide gives (x, position) back)."""
    found = line.cursorToX(position)
    x = found[0] if isinstance(found, tuple) else found
    assert isinstance(x, (int, float))
    return float(x)
