"""The class book: many writers' pieces in one book for the carpet. A cover ("Our class
book", the class or family name, the date), a contents page with each writer's picture
and name, then each writer's pieces, every piece starting on a new page under its
writer's picture and name. As a PDF (real text) and as a talking book.
"""

from __future__ import annotations

import logging
import math
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPdfWriter

from nook.core.library import Library
from nook.core.models import Writer
from nook.core.page_language import tag
from nook.core.safe_files import temporary_beside
from nook.export.epub_format import EpubPage, Label
from nook.export.page_parts import image_bytes, kind_title, label_font, new_image
from nook.export.pdf import PAPERS, RESOLUTION, default_paper, other_languages, page_layout_for, page_plans
from nook.export.pdf_language import mark_item, set_languages
from nook.export.pdf_tags import PagePlan, mark_part, tag_parts
from nook.export.problems import CANNOT_DRAW, CANNOT_TURN, NOTHING_CHOSEN, check_whole, pdf_written
from nook.export.selection import WriterPieces, words_language
from nook.export.sheets import Sheet, paint_sheet, plan_sheets, without_blank_pages
from nook.export.talking_book import BAND_COLOUR, Job, TalkingBookMaker, page_groups, paint_avatar
from nook.i18n import current_language, isolated, locale, phrases_in, translate
from nook.render import PageStyle, Pictures

PAPER_COLOUR = "#fff7e6"
INK = "#3d3224"
EPUB_COLUMNS, EPUB_ROWS = 6, 4  # writers on one contents page of the e-book
PDF_COLUMNS, PDF_ROWS = 3, 6  # and of the paper book
COVER_AVATARS = 10

log = logging.getLogger(__name__)


def class_book_title() -> str:
    return translate("Export", "Our class book")


def our_writers() -> str:
    return translate("Export", "Our writers")


def date_text(when: date) -> str:
    """The day on the cover, written the way the language writes a date."""
    # Qt's date pattern letters: a translator orders them as their language does.
    pattern = translate("Export", "MMMM d, yyyy", "the class book's date: Qt date format letters")
    return locale().toString(QDate(when.year, when.month, when.day), pattern)


def pages_of(count: int, per_page: int) -> int:
    return max(1, math.ceil(count / per_page))


# -- the talking book ------------------------------------------------------------------


def class_book_epub(
    library: Library,
    groups: list[WriterPieces],
    destination: Path | str,
    class_name: str,
    when: date,
    job: Job | None = None,
    audio: bool = True,
    title: str | None = None,
) -> Path:
    """The class book as one talking book (its own pages' phrases, and its language tag,
    in the language installed: the grown-up corner's; each piece in its own)."""
    if not groups:
        raise ValueError(NOTHING_CHOSEN)
    title = title or class_book_title()
    job = job or Job()
    shown = {p.id: without_blank_pages(p, library.pages(p.id), heard=True) for g in groups for p in g.pieces}
    job.total = 3 + sum(len(page_groups(p, shown[p.id])) for g in groups for p in g.pieces)
    language = tag(current_language())
    with TalkingBookMaker(library, Path(destination), job, audio) as maker:
        cover = _epub_cover(maker.next_name(), groups, title, class_name, when, language)
        maker.add_page(cover)
        contents_names = [maker.next_name() for _ in range(pages_of(len(groups), EPUB_COLUMNS * EPUB_ROWS))]
        job.step()
        firsts: list[str] = []
        toc: list[tuple[str, str]] = [(title, cover.name), (our_writers(), contents_names[0])]
        for group in groups:
            for number, piece in enumerate(group.pieces):
                first = maker.add_piece(piece, group.writer, band=True, pages=shown[piece.id])
                if number == 0:
                    firsts.append(first)
                with phrases_in(words_language(library, piece.id)):
                    named = piece.title or kind_title(piece.kind)
                # A nameless writer's (a child who tapped only a picture): the title alone.
                toc.append((f"{named} - {group.writer.name}" if group.writer.name else named, first))
        for index, name in enumerate(contents_names):
            chunk = slice(index * EPUB_COLUMNS * EPUB_ROWS, (index + 1) * EPUB_COLUMNS * EPUB_ROWS)
            page = _epub_contents(name, groups[chunk], firsts[chunk], language)
            maker.add_page(page, position=1 + index)
        job.step()
        maker.toc = toc
        creators = [g.writer.name for g in groups if g.writer.name]
        result = maker.finish(f"{title}: {isolated(class_name)}" if class_name else title, creators, language)
        job.step()
        return result


def _epub_cover(
    name: str, groups: list[WriterPieces], title: str, class_name: str, when: date, language: str
) -> EpubPage:
    width, height = 1600, 1200
    image, painter = new_image(width, height)
    painter.fillRect(QRectF(0, 0, width, height), QColor(PAPER_COLOUR))
    writers = [g.writer for g in groups][:COVER_AVATARS]
    size = min(140.0, (width - 120) / max(1, len(writers)) - 20)
    left = (width - len(writers) * (size + 20)) / 2
    for number, writer in enumerate(writers):
        paint_avatar(painter, writer.avatar, QRectF(left + number * (size + 20) + 10, 860, size, size))
    painter.end()
    labels = [Label(60, 180, 1480, 220, title, 150, INK)]
    if class_name:
        labels.append(Label(60, 450, 1480, 140, class_name, 96, INK))
    labels.append(Label(60, 640, 1480, 110, date_text(when), 64, "#6b5a3a"))
    return EpubPage(
        name,
        title,
        width,
        height,
        image_bytes(image, "PNG"),
        translate("Export", "Our writers' pictures"),
        language,
        labels=labels,
        image_format="png",
    )


def _epub_contents(name: str, groups: list[WriterPieces], firsts: list[str], language: str) -> EpubPage:
    width, height = 1600, 1200
    image, painter = new_image(width, height)
    painter.fillRect(QRectF(0, 0, width, height), QColor(PAPER_COLOUR))
    cell_w, cell_h = width / EPUB_COLUMNS, (height - 200) / EPUB_ROWS
    labels = [Label(60, 40, 1480, 130, our_writers(), 96, INK)]
    for number, (group, first) in enumerate(zip(groups, firsts, strict=True)):
        column, row = number % EPUB_COLUMNS, number // EPUB_COLUMNS
        x, y = column * cell_w, 200 + row * cell_h
        paint_avatar(painter, group.writer.avatar, QRectF(x + (cell_w - 150) / 2, y + 10, 150, 150))
        labels.append(Label(x + 8, y + 165, cell_w - 16, 60, group.writer.name, 44, INK, href=f"{first}.xhtml"))
    painter.end()
    return EpubPage(
        name,
        our_writers(),
        width,
        height,
        image_bytes(image, "PNG"),
        translate("Export", "Our writers' pictures"),
        language,
        labels=labels,
        image_format="png",
    )


# -- the paper book --------------------------------------------------------------------


def class_book_pdf(
    library: Library,
    groups: list[WriterPieces],
    destination: Path | str,
    class_name: str,
    when: date,
    job: Job | None = None,
    paper: str = "auto",
    title: str | None = None,
) -> Path:
    """The class book as one PDF: real text, each piece from a new sheet. Its language
    is the one installed (its cover's and contents'); a piece in another language has
    its sheets marked as that one."""
    if not groups:
        raise ValueError(NOTHING_CHOSEN)
    title = title or class_book_title()
    paper = paper if paper in PAPERS else default_paper()
    job = job or Job()
    printed = [[without_blank_pages(p, library.pages(p.id)) for p in g.pieces] for g in groups]
    plans = [
        [plan_sheets(p, pages) for p, pages in zip(g.pieces, writer_pages, strict=True)]
        for g, writer_pages in zip(groups, printed, strict=True)
    ]
    job.total = 2 + sum(len(sheets) for writer_plans in plans for sheets in writer_plans)
    contents_pages = pages_of(len(groups), PDF_COLUMNS * PDF_ROWS)
    first_sheet: list[int] = []  # each writer's first page number
    language = current_language()
    others: dict[int, str] = {}  # sheets in another language (numbered from 0), their tags
    items: dict[int, list[str | None]] = {}  # list sheets in both languages: each item's tag
    number = 1 + contents_pages + 1
    # What each sheet's parts are, for the PDF's tags (the cover and contents: their words).
    parts: list[list[PagePlan]] = [[] for _ in range(1 + contents_pages)]
    for group, writer_plans, writer_pages in zip(groups, plans, printed, strict=True):
        first_sheet.append(number)
        for piece, sheets, pages in zip(group.pieces, writer_plans, writer_pages, strict=True):
            sheet_tags, item_tags = other_languages(library, piece, language, number - 1, pages)
            others.update(sheet_tags)
            items.update(item_tags)
            parts.extend(page_plans(library, piece, language, pages))
            number += len(sheets)
    destination = Path(destination)
    # A disk that filled under the writer is said so (pdf_written, check_whole).
    with temporary_beside(destination) as temp, pdf_written(temp):
        pdf = QPdfWriter(str(temp))
        pdf.setResolution(RESOLUTION)
        pdf.setCreator("Writing Nook")
        pdf.setTitle(f"{title}: {isolated(class_name)}" if class_name else title)
        portrait = Sheet((), landscape=False)
        pdf.setPageLayout(page_layout_for(portrait, paper))
        pictures = Pictures(library.media)
        painter = QPainter()
        if not painter.begin(pdf):
            raise OSError(CANNOT_DRAW)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            _pdf_cover(painter, pdf, groups, title, class_name, when)
            job.step()
            per = PDF_COLUMNS * PDF_ROWS
            for index in range(contents_pages):
                _new_sheet(pdf, portrait, paper)
                chunk = slice(index * per, (index + 1) * per)
                _pdf_contents(painter, pdf, groups[chunk], first_sheet[chunk])
            job.step()
            for group, writer_plans in zip(groups, plans, strict=True):
                for piece, sheets in zip(group.pieces, writer_plans, strict=True):
                    with phrases_in(words_language(library, piece.id)):  # its by-line in its language
                        style = PageStyle.resolve(library, piece)
                    for sheet_number, sheet in enumerate(sheets):
                        _new_sheet(pdf, sheet, paper)
                        area = QRectF(0, 0, pdf.width(), pdf.height())
                        if sheet_number == 0:
                            band = _pdf_band(painter, area, group.writer)
                            area = area.adjusted(0, band, 0, 0)
                        paint_sheet(painter, area, sheet, piece, style, pictures, mark_item, mark_part)
                        job.step()
        finally:
            painter.end()
        del pdf  # the file is complete once the writer is gone
        check_whole(temp)
        try:
            tag_parts(temp, parts)
        except ValueError as error:  # whole and readable, only without its structure
            log.warning("the class book could not be tagged: %s", error)
        set_languages(temp, tag(language), others, items)
    return destination


def _new_sheet(device: QPagedPaintDevice, sheet: Sheet, paper: str) -> None:
    device.setPageLayout(page_layout_for(sheet, paper))
    if not device.newPage():
        raise OSError(CANNOT_TURN)


SMALLEST_LABEL = 0.6  # a label shrinks this far to fit before it is cut short


def _text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    size: float,
    colour: str = INK,
    flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
) -> None:
    # Too long for its place (the Spanish title on the cover, a name as long as a
    # sentence): smaller letters first, down to 60 %, then its start and "…". Centred
    # and too long, it began before its place and ran into the next writer's name.
    fitted = size
    painter.setFont(label_font(fitted))
    while painter.fontMetrics().horizontalAdvance(text) > rect.width() and fitted > size * SMALLEST_LABEL:
        fitted *= 0.9
        painter.setFont(label_font(fitted))
    painter.setPen(QColor(colour))
    shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
    painter.drawText(rect, int(flags | Qt.TextFlag.TextSingleLine), shown)


def _pdf_cover(
    painter: QPainter, pdf: QPdfWriter, groups: list[WriterPieces], title: str, class_name: str, when: date
) -> None:
    w, h = pdf.width(), pdf.height()
    painter.fillRect(QRectF(0, 0, w, h), QColor(PAPER_COLOUR))
    margin = w * 0.06  # the title and the class's name stand clear of the paper's edge
    _text(painter, QRectF(margin, h * 0.16, w - 2 * margin, h * 0.12), title, h * 0.07)
    if class_name:
        _text(painter, QRectF(margin, h * 0.32, w - 2 * margin, h * 0.08), class_name, h * 0.045)
    _text(painter, QRectF(0, h * 0.42, w, h * 0.06), date_text(when), h * 0.03, "#6b5a3a")
    writers = [g.writer for g in groups][:COVER_AVATARS]
    columns = min(5, max(1, len(writers)))
    size = w * 0.14
    for number, writer in enumerate(writers):
        column, row = number % columns, number // columns
        left = (w - columns * size * 1.2) / 2 + column * size * 1.2
        paint_avatar(painter, writer.avatar, QRectF(left, h * 0.58 + row * size * 1.2, size, size))


def _pdf_contents(painter: QPainter, pdf: QPdfWriter, groups: list[WriterPieces], firsts: list[int]) -> None:
    w, h = pdf.width(), pdf.height()
    margin = w * 0.06
    _text(painter, QRectF(0, margin, w, h * 0.08), our_writers(), h * 0.045)
    top = margin + h * 0.1
    cell_w, cell_h = (w - 2 * margin) / PDF_COLUMNS, (h - top - margin) / PDF_ROWS
    for number, (group, first) in enumerate(zip(groups, firsts, strict=True)):
        column, row = number % PDF_COLUMNS, number // PDF_COLUMNS
        x, y = margin + column * cell_w, top + row * cell_h
        size = cell_h * 0.58
        paint_avatar(painter, group.writer.avatar, QRectF(x + (cell_w - size) / 2, y, size, size))
        _text(painter, QRectF(x, y + size, cell_w, cell_h * 0.2), group.writer.name, cell_h * 0.12)
        _text(
            painter,
            QRectF(x, y + size + cell_h * 0.2, cell_w, cell_h * 0.14),
            translate("Export", "page {number}").format(number=locale().toString(first)),
            cell_h * 0.09,
            "#6b5a3a",
        )


def _pdf_band(painter: QPainter, area: QRectF, writer: Writer) -> float:
    """The writer above a piece's first sheet; returns the height it takes."""
    height = min(area.width(), area.height()) * 0.1
    painter.fillRect(QRectF(area.left(), area.top(), area.width(), height), QColor(BAND_COLOUR))
    pad = height * 0.12
    paint_avatar(
        painter, writer.avatar, QRectF(area.left() + height * 0.4, area.top() + pad, height - 2 * pad, height - 2 * pad)
    )
    name_rect = QRectF(area.left() + height * 1.6, area.top(), area.width() - height * 2, height)
    _text(
        painter, name_rect, writer.name, height * 0.45, INK, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return height
