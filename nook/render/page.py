"""Painting a whole page exactly as the editor shows it: for the editor itself, the
shelf's covers, show time, PNG and PDF export and printing.

The painter needs the page, its piece (kind and look), the piece's `PageStyle` and a
`Pictures` to draw its images from; it asks the library nothing.

`part(painter, kind)`, where given, is told before each part of the page is drawn:
"paper" (the background, and a list row's tick), "picture", "words" (the by-line, the
grown-up's line and the child's words), and "end" after the last. A PDF tags each
part's drawing by it, so a screen reader finds the words and the picture's description
(nook.export.pdf_tags).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from nook.core import picture as pic
from nook.core.library import Library
from nook.core.models import Page, Piece
from nook.render.fonts import paint_text_box
from nook.render.items import PictureInSlices, paint_picture
from nook.render.layout import TextBox, box_centre, field_text, layout_for, page_layout, page_rect_in
from nook.render.looks import paint_background, paint_tick, words_colour
from nook.render.pictures import Pictures
from nook.render.style import PageStyle

Part = Callable[[QPainter, str], None]


def _untold(_painter: QPainter, _kind: str) -> None:
    """No one is told of the parts (the screen, covers, images)."""


def paint_page_content(
    painter: QPainter,
    page: Page,
    piece: Piece,
    style: PageStyle,
    pictures: Pictures,
    items: list[dict[str, Any]] | None = None,
    words: bool = True,
    picture: bool | QImage = True,
    part: Part | None = None,
) -> None:
    """Draw a page in page units (the painter already scaled to the page).

    `picture` may be an image of the picture already drawn (the editor's layer), which
    is then used instead of drawing every stroke again. `part`: see the module."""
    tell: Part = part if part is not None else _untold
    look = piece.look if page.role == "sign" else ""
    layout = layout_for(piece.kind, page)
    painter.save()
    painter.setClipRect(QRectF(QPointF(0, 0), layout.size), Qt.ClipOperation.IntersectClip)
    tell(painter, "paper")
    paint_background(painter, layout, look)
    tell(painter, "picture")
    if isinstance(picture, QImage):
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(layout.picture, picture)
        painter.restore()
    elif picture:
        paint_picture(painter, layout, pic.items_of(page.picture) if items is None else items, pictures)
    if layout.tick is not None:
        tell(painter, "paper")
        paint_tick(painter, layout.tick, bool(page.extras.get("ticked")))
    tell(painter, "words")
    text = style.text_style(page)
    if layout.byline is not None and style.byline:
        box = TextBox("byline", layout.byline, scale=0.7, centre=True)
        paint_text_box(painter, box, style.byline, text, "#6b5a3a")
    if layout.grown_up is not None:
        # The conventional spelling, smaller and grey: beside the child's words, never instead.
        box = TextBox("grown_up_line", layout.grown_up, scale=0.6, centre=box_centre(layout))
        grey = "#f2f2f2" if look == "stop" else "#6b6b6b"
        paint_text_box(painter, box, str(page.extras["grown_up_line"]), replace(text, all_caps=False), grey)
    if words:
        colour = words_colour(text, look)
        for box in layout.texts:
            paint_text_box(painter, box, field_text(page, box.field), text, colour)
    tell(painter, "end")
    painter.restore()


def paint_page(
    painter: QPainter,
    rect: QRectF,
    page: Page,
    piece: Piece,
    style: PageStyle,
    pictures: Pictures,
    words: bool = True,
    picture: bool | QImage = True,
    part: Part | None = None,
) -> None:
    """Draw `page` fitted into `rect` (in the painter's coordinates), vector where possible
    (`picture` may be the picture already drawn, as for `paint_page_content`; `part`:
    see the module)."""
    target, scale = page_rect_in(rect, page_layout(piece.kind, page.role).size)
    painter.save()
    painter.translate(target.topLeft())
    painter.scale(scale, scale)
    paint_page_content(painter, page, piece, style, pictures, words=words, picture=picture, part=part)
    painter.restore()


def render_page(
    page: Page, piece: Piece, style: PageStyle, pictures: Pictures, size: QSize, picture: bool | QImage = True
) -> QImage:
    """The page as an image of `size` (page kept in proportion, the rest transparent)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_page(painter, QRectF(0, 0, size.width(), size.height()), page, piece, style, pictures, picture=picture)
    painter.end()
    return image


LIST_COVER_GAP = 0.02  # between a list's rows on its cover, as a share of its width
# Kept clear under a list's things on its cover, as a share of its width: the shelf's
# kind badge (a quarter of the cover wide) stands in the cover's bottom left corner.
LIST_COVER_FOOT = 0.25


def render_cover(
    page: Page,
    piece: Piece,
    style: PageStyle,
    pictures: Pictures,
    size: QSize,
    picture: bool | QImage = True,
    rows: Sequence[Page] = (),
) -> QImage:
    """A piece's cover: its first page as `render_page` draws it; a list's name at the
    top with its first things (`rows`) under it, as many as fit the cover's width, all
    made a little narrower (centred) to leave its foot clear for the shelf's kind badge
    (`picture` is the first page's, as for `render_page`)."""
    if not rows:
        return render_page(page, piece, style, pictures, size, picture)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    width = float(size.width())
    gap = width * LIST_COVER_GAP
    shown: list[tuple[Page, float]] = []  # each row and its height as wide as the cover
    top = 0.0
    for row in (page, *rows):
        layout_size = page_layout(piece.kind, row.role).size
        height = width * layout_size.height() / layout_size.width()
        if shown and top + height > size.height():
            break
        shown.append((row, height))
        top += height + gap
    gaps = gap * (len(shown) - 1)
    tall = sum(height for _row, height in shown)
    scale = min(1.0, max(0.0, size.height() - width * LIST_COVER_FOOT - gaps) / tall)
    left, top = width * (1 - scale) / 2, 0.0
    for number, (row, height) in enumerate(shown):
        drawn = picture if number == 0 else True
        paint_page(
            painter, QRectF(left, top, width * scale, height * scale), row, piece, style, pictures, picture=drawn
        )
        top += height * scale + gap
    painter.end()
    return image


def draw_page(library: Library, page: Page, size: QSize, piece: Piece | None = None) -> QImage:
    """A one-off image of a page (a grown-up's glance, a test): reads the piece and its
    style from the library first, then paints as `render_page` does."""
    piece = piece or library.piece(page.piece_id)
    if piece is None:
        raise KeyError(page.piece_id)
    return render_page(page, piece, PageStyle.resolve(library, piece), Pictures(library.media), size)


def picture_in_slices(page: Page, piece: Piece, pictures: Pictures, size: QSize) -> PictureInSlices:
    """The page's picture, to be drawn a slice at a time for `render_page(..., size,
    picture=...layer)`: at the resolution the page has at that size."""
    layout = layout_for(piece.kind, page)
    _target, scale = page_rect_in(QRectF(0, 0, size.width(), size.height()), layout.size)
    return PictureInSlices(pic.items_of(page.picture), pictures, layout.picture, scale)
