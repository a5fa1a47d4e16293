"""Printing a piece through Qt's print dialog, drawn exactly as the PDF is."""

from __future__ import annotations

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from nook.core.library import Library
from nook.export.page_parts import kind_title
from nook.export.pdf import paint_piece
from nook.export.selection import words_language
from nook.i18n import phrases_in


def paper_of(printer: QPrinter) -> str:
    """The paper, "a4" or "letter", from what the printer (or the grown-up) chose."""
    size_id = printer.pageLayout().pageSize().id()
    return "a4" if size_id == QPageSize.PageSizeId.A4 else "letter"


def print_piece(library: Library, piece_id: str, printer: QPrinter) -> int:
    """Print on a printer already set up; returns the number of sheets. Worded (the
    cover's by-line, the name in the print queue) in the language of the piece's words."""
    printer.setFullPage(True)
    with phrases_in(words_language(library, piece_id)):
        piece = library.piece(piece_id)
        if piece is not None and not printer.docName():
            printer.setDocName(piece.title or kind_title(piece.kind))
        return paint_piece(printer, library, piece_id, paper_of(printer))


def ask_and_print(
    library: Library, piece_id: str, parent: QWidget | None = None, printer: QPrinter | None = None
) -> bool:
    """Show the system print dialog; print if the grown-up says so. True when printed."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_piece(library, piece_id, printer)
    return True
