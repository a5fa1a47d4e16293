"""A page taken apart for a talking book: its picture drawn as an image (paper, looks,
drawing, ticks) and its words as lines of real text placed where the renderer puts
them, so an e-book reader shows the page as the app does, with text it can search,
select, enlarge and light word by word.

This is the one module of the talking book that asks the renderer anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter

from nook import render as r
from nook.core import picture as pic
from nook.core.models import Page, Piece
from nook.core.piece_text import GROWN_UP_LINE
from nook.export.problems import NO_PICTURE
from nook.i18n import translate
from nook.speech.words import split_words

IMAGE_SCALE = 0.75  # image pixels per page unit: a book page becomes 1200 x 900
JPEG_QUALITY = 88
# Characters XML 1.0 cannot hold (a paste can bring them): dropped from the text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(text: str) -> str:
    """The text as an XML document may hold it (line ends as newlines)."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True)
class Line:
    """One laid-out line of a text box: where it is (relative to the box) and what it
    says, as runs of text each either a word (its index on the page) or not."""

    top: float
    height: float
    runs: tuple[tuple[str, int | None], ...]


@dataclass(frozen=True)
class TextBlock:
    """A text box of a page with its words laid out in lines."""

    rect: QRectF  # page units, on the page
    font_px: int
    colour: str
    centre: bool
    all_caps: bool
    lines: tuple[Line, ...]
    role: str  # "child", "byline" or "grown-up"


@dataclass(frozen=True)
class PageParts:
    """A page ready for a talking book."""

    size: tuple[float, float]  # page units
    blocks: tuple[TextBlock, ...]
    spoken: tuple[str, ...]  # the child's words on the page, in reading order
    narration: str  # what the voice reads: the child's fields, one per line


def _lines(
    text: str, block_rect: QRectF, font_px: int, family: str, caps: bool, centre: bool, first_word: int | None
) -> tuple[tuple[Line, ...], int]:
    """Lay `text` out as the renderer does; words numbered from `first_word` (None:
    not numbered). Returns the lines and how many words were numbered."""
    laid = r.lay_out_text(text, r.make_font(family, font_px, caps), block_rect.width(), centre)
    offset = max(0.0, (block_rect.height() - laid.height()) / 2) if centre else 0.0
    words = split_words(text) if first_word is not None else []
    lines: list[Line] = []
    index = 0  # the next word to place
    for paragraph, line in laid.lines():
        start = paragraph + line.textStart()
        end = start + line.textLength()
        runs: list[tuple[str, int | None]] = []
        cursor = start
        while index < len(words) and words[index].start < end:
            word = words[index]
            if word.start > cursor:
                runs.append((text[cursor : word.start], None))
            piece_end = min(word.end, end)
            # A long word wrapped anywhere: only its first part carries the number.
            numbered = word.start >= start
            runs.append(
                (
                    text[max(word.start, start) : piece_end],
                    first_word + index if numbered and first_word is not None else None,
                )
            )
            cursor = piece_end
            if word.end > end:
                break
            index += 1
        if cursor < end:
            runs.append((text[cursor:end], None))
        while runs and runs[-1][1] is None and not runs[-1][0].strip():
            runs.pop()
        if runs and runs[-1][1] is None:
            runs[-1] = (runs[-1][0].rstrip(), None)
        lines.append(Line(offset + line.y(), line.height(), tuple(runs)))
    return tuple(lines), len(words)


def page_parts(page: Page, piece: Piece, page_style: r.PageStyle) -> PageParts:
    """The words of `page` laid out as the renderer lays them out."""
    layout = r.layout_for(piece.kind, page)
    look = piece.look if page.role == "sign" else ""
    style = page_style.text_style(page)
    colour = r.words_colour(style, look)
    blocks: list[TextBlock] = []
    spoken: list[str] = []
    narrated: list[str] = []
    if layout.byline is not None:
        byline = page_style.byline
        if byline:
            box = r.TextBox("byline", layout.byline, scale=0.7, centre=True)
            blocks.append(_block(box, byline, style, "#6b5a3a", "byline", None)[0])
    for box in layout.texts:  # the layout lists them in reading order, top to bottom
        text = clean_text(r.field_text(page, box.field))
        if not text.strip():
            continue
        block, count = _block(box, text, style, colour, "child", len(spoken))
        blocks.append(block)
        spoken.extend(w.text for w in split_words(text))
        narrated.append(text)
        assert count == len(split_words(text))
    if layout.grown_up is not None:
        grey = "#f2f2f2" if look == "stop" else "#6b6b6b"
        box = r.TextBox(GROWN_UP_LINE, layout.grown_up, scale=0.6, centre=r.box_centre(layout))
        text = clean_text(str(page.extras.get(GROWN_UP_LINE, "")))
        blocks.append(_block(box, text, replace(style, all_caps=False), grey, "grown-up", None)[0])
    size = layout.size
    return PageParts((size.width(), size.height()), tuple(blocks), tuple(spoken), "\n".join(narrated))


def _block(
    box: r.TextBox, text: str, style: r.TextStyle, colour: str, role: str, first_word: int | None
) -> tuple[TextBlock, int]:
    font_px = r.box_font_size(box, text, style)
    lines, count = _lines(text, box.rect, font_px, style.family, style.all_caps, box.centre, first_word)
    return TextBlock(box.rect, font_px, colour, box.centre, style.all_caps, lines, role), count


def paint_page_picture(painter: QPainter, pictures: r.Pictures, page: Page, piece: Piece) -> None:
    """Everything of a page but its text (painter in page units)."""
    layout = r.layout_for(piece.kind, page)
    painter.save()
    painter.setClipRect(QRectF(QPointF(0, 0), layout.size), Qt.ClipOperation.IntersectClip)
    r.paint_background(painter, layout, piece.look if page.role == "sign" else "")
    r.paint_picture(painter, layout, pic.items_of(page.picture), pictures)
    if layout.tick is not None:
        r.paint_tick(painter, layout.tick, bool(page.extras.get("ticked")))
    painter.restore()


def new_image(width: float, height: float, scale: float = IMAGE_SCALE) -> tuple[QImage, QPainter]:
    """A white image for `width` x `height` page units and a painter in page units."""
    image = QImage(QSize(max(1, round(width * scale)), max(1, round(height * scale))), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(image.width() / width, image.height() / height)
    return image, painter


def image_bytes(image: QImage, kind: str = "JPEG") -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide's stubs ask for bytes as the format, but the binding refuses bytes.
    if not image.save(buffer, kind, JPEG_QUALITY if kind == "JPEG" else -1):  # type: ignore[call-overload]
        raise OSError(NO_PICTURE)
    buffer.close()
    return bytes(data.data())


def label_font(pixel_size: float) -> QFont:
    """The book's own words (a class's name, a writer's name) in the bundled Andika."""
    return r.make_font(r.family_for("andika"), max(1, round(pixel_size)), False)


def picture_format(pages: list[Page]) -> str:
    """PNG for drawings, stickers and paper (flat colours: a book page is about a quarter
    of its JPEG's size), JPEG where a photo is, as PNG would be several times larger."""
    photo = any(item.get("type") == "photo" for page in pages for item in pic.items_of(page.picture))
    return "jpg" if photo else "png"


def kind_title(kind: str) -> str:
    """A piece with no title yet is called by its kind ("Book"), in the language the
    phrases are worded in here (see nook.i18n.phrases_in).

    A piece's pages are worded in the language its words are in, whatever the screen
    speaks (a Spanish writer's book says "por Ana" from an English grown-up corner); a
    class book's own pages (cover, contents) in the language installed."""
    titles = {
        "book": translate("Export", "Book"),
        "list": translate("Export", "List"),
        "sign": translate("Export", "Sign"),
        "letter": translate("Export", "Letter"),
    }
    return titles.get(kind, kind.capitalize())
