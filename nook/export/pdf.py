"""A piece as a PDF: real, selectable text in the bundled font, vector pictures, and
photos at their own resolution (never below 150 DPI on the page); written safely."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from nook.core import picture as pic
from nook.core.library import Library
from nook.core.models import Page, Piece
from nook.core.page_language import page_language, tag
from nook.core.safe_files import temporary_beside
from nook.export.page_parts import kind_title
from nook.export.pdf_language import mark_item, set_languages
from nook.export.pdf_tags import PagePlan, mark_part, tag_parts
from nook.export.picture_words import picture_description
from nook.export.problems import CANNOT_DRAW, CANNOT_TURN, NO_PAGES_TO_PRINT, check_whole, pdf_written
from nook.export.selection import words_language, writer_language
from nook.export.sheets import Sheet, item_languages, paint_sheet, plan_sheets, sheet_language
from nook.i18n import isolated, phrases_in, translate
from nook.render import PageStyle, Pictures
from nook.render.page import Part

log = logging.getLogger(__name__)
RESOLUTION = 150  # dots per inch of the PDF's drawing units, and of any flattened picture
PAPERS = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}


def default_paper() -> str:
    """Letter where the locale measures in inches (US and neighbours), else A4."""
    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def page_layout_for(sheet: Sheet, paper: str) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if sheet.landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(PAPERS[paper]), orientation, QMarginsF(0, 0, 0, 0))


def paint_piece(
    device: QPagedPaintDevice,
    library: Library,
    piece_id: str,
    paper: str,
    mark: Callable[[QPainter, int], None] | None = None,
    part: Part | None = None,
) -> int:
    """Draw every sheet of a piece on a paged device (a PDF writer or a printer);
    returns the number of sheets. The device's page layout is set sheet by sheet;
    `mark` marks each list item's drawing and `part` each page's parts (see
    nook.export.sheets.paint_sheet)."""
    piece = library.piece(piece_id)
    if piece is None:
        raise KeyError(piece_id)
    if paper not in PAPERS:
        paper = default_paper()
    sheets = plan_sheets(piece, library.pages(piece_id))
    if not sheets:
        raise ValueError(NO_PAGES_TO_PRINT)
    style = PageStyle.resolve(library, piece)
    pictures = Pictures(library.media)
    device.setPageLayout(page_layout_for(sheets[0], paper))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(CANNOT_DRAW)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, sheet in enumerate(sheets):
            if number:
                # Turning the next sheet (a landscape cover, a portrait list) is allowed
                # between pages; it takes effect at newPage.
                device.setPageLayout(page_layout_for(sheet, paper))
                if not device.newPage():
                    raise OSError(CANNOT_TURN)
            area = QRectF(0, 0, device.width(), device.height())
            paint_sheet(painter, area, sheet, piece, style, pictures, mark, part)
    finally:
        painter.end()
    return len(sheets)


def other_languages(
    library: Library, piece: Piece, document_language: str, first: int = 0, pages: list[Page] | None = None
) -> tuple[dict[int, str], dict[int, list[str | None]]]:
    """The sheets of a piece (of `pages`, where only some are printed) whose words are in
    a language other than the document's, numbered from `first`, with their language
    tags; and the list sheets whose items are in both languages, with each item's tag
    (None: the document's language)."""
    writer = writer_language(library, piece.writer_id)
    sheets: dict[int, str] = {}
    items: dict[int, list[str | None]] = {}
    pages = library.pages(piece.id) if pages is None else pages
    for number, sheet in enumerate(plan_sheets(piece, pages), start=first):
        languages = item_languages(sheet, writer)
        if len({language for language in languages if language}) > 1:
            items[number] = [
                tag(language) if language and language != document_language else None for language in languages
            ]
            continue
        language = sheet_language(sheet, writer, words_language(library, piece.id))
        if language is not None and language != document_language:
            sheets[number] = tag(language)
    return sheets, items


def page_plans(
    library: Library, piece: Piece, document_language: str, pages: list[Page] | None = None
) -> list[list[PagePlan]]:
    """Each sheet's pages (of `pages`, where only some are printed) as the PDF's tags
    describe them: the picture's description in the page's language, and that language
    where it is not the document's."""
    writer = writer_language(library, piece.writer_id)
    writer_row = library.writer(piece.writer_id)
    name = writer_row.name if writer_row else ""
    plans = []
    for sheet in plan_sheets(piece, library.pages(piece.id) if pages is None else pages):
        on_sheet = []
        for page in sheet.pages:
            language = page_language(page.extras, writer)
            alt = picture_description([page], language, name) if pic.items_of(page.picture) else None
            on_sheet.append(PagePlan(alt, tag(language) if language != document_language else None))
        plans.append(on_sheet)
    return plans


def export_pdf(library: Library, piece_id: str, destination: Path | str, paper: str = "auto") -> Path:
    """Write the piece as a PDF at `destination` (temp file, then rename); returns it.

    It is worded (its title's "by", the cover's by-line) and tagged in the language the
    piece's words are in, whatever language the screen speaks."""
    with phrases_in(words_language(library, piece_id)):
        return _export_pdf(library, piece_id, Path(destination), paper)


def _export_pdf(library: Library, piece_id: str, destination: Path, paper: str) -> Path:
    piece = library.piece(piece_id)
    if piece is None:
        raise KeyError(piece_id)
    writer_row = library.writer(piece.writer_id)
    with temporary_beside(destination) as temp:
        with pdf_written(temp):  # a disk that filled under the writer is said so
            pdf = QPdfWriter(str(temp))
            pdf.setResolution(RESOLUTION)
            pdf.setCreator("Writing Nook")
            title = piece.title or kind_title(piece.kind)
            if writer_row and writer_row.name:  # the name is the writer's own, never translated
                # Set into our phrase as the screens set it (a PDF's text strings carry no
                # direction): an Arabic name or title keeps its own order, the phrase its own.
                title = translate("Export", "{title} by {name}").format(
                    title=isolated(title), name=isolated(writer_row.name)
                )
                pdf.setAuthor(writer_row.name)  # (it named no author)
            pdf.setTitle(title)
            paint_piece(pdf, library, piece_id, paper, mark_item, mark_part)
            del pdf  # the file is complete once the writer is gone
        check_whole(temp)
        language = words_language(library, piece_id)
        try:
            tag_parts(temp, page_plans(library, piece, language))
        except ValueError as error:  # whole and readable, only without its structure
            log.warning("the PDF of %s could not be tagged: %s", piece_id, error)
        set_languages(temp, tag(language), *other_languages(library, piece, language))
    return destination
