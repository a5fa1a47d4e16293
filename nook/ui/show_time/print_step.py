"""Printing for a child a grown-up lets print: pictures only, never the system's dialog.

Qt's print dialog is a page of words (printer names, paper, copies). A child who may
print (the grown-up corner's choice) gets a printer picture, a big "print it" and a "not
now" instead, each saying its name; the piece goes to the computer's own printer. With
no printer, the picture says so (a printer crossed out), spoken, and only "OK" is there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from nook.core.library import Library
from nook.export.printing import print_piece
from nook.i18n import translate
from nook.speech import Voice
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel


def system_printer() -> QPrinter | None:
    """The computer's own printer, or None when it has none."""
    if QPrinterInfo.defaultPrinter().isNull():
        return None
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def printer_picture(size: int, crossed: bool) -> QPixmap:
    """A printer; crossed out ("no printer") when `crossed`."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.drawPixmap(0, 0, icon("print").pixmap(size, size))
    if crossed:
        half = size // 2
        painter.drawPixmap(QRect(half, half, half, half), icon("no").pixmap(half, half))
    painter.end()
    return pixmap


class PrintStep(QDialog):
    """A printer picture with "Print it" and "Not now" (or, with no printer, only "OK")."""

    def __init__(self, has_printer: bool, button_size: int = 64, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childPrintStep")
        self.setModal(True)
        theme.show_chosen(self)
        self.has_printer = has_printer
        size = max(64, button_size)
        self.picture = PlainLabel()
        self.picture.setObjectName("childPrintPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(printer_picture(2 * size, crossed=not has_printer))
        self.yes = PictureButton("print", "", "childPrintYes", size)
        self.yes.clicked.connect(self.accept)
        self.no = PictureButton("no" if has_printer else "ok", "", "childPrintNo", size)
        self.no.clicked.connect(self.reject)
        self.yes.setVisible(has_printer)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.yes)
        buttons.addSpacing(size // 2)
        buttons.addWidget(self.no)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        if self.has_printer:
            self.question = translate("ShowTime", "Print it?")
            self.no.set_phrase(translate("ShowTime", "Not now"))
        else:
            self.question = translate("ShowTime", "There is no printer. Ask a grown-up.")
            self.no.set_phrase(translate("ShowTime", "OK"))
        self.yes.set_phrase(translate("ShowTime", "Print it"))
        self.setAccessibleName(self.question)
        self.picture.setAccessibleName(self.question)
        self.setWindowTitle(self.question)


def print_for_child(
    library: Library,
    piece_id: str,
    parent: QWidget | None,
    voice: Voice | None = None,
    button_size: int = 64,
    printer: Callable[[], QPrinter | None] = system_printer,
) -> bool:
    """The picture-only step, then the piece on the computer's printer. True when printed."""
    chosen = printer()
    step = PrintStep(chosen is not None, button_size, parent)
    if voice is not None:
        voice.say(step.question)
    answer = step.exec()
    step.deleteLater()
    if chosen is None or answer != QDialog.DialogCode.Accepted:
        return False
    print_piece(library, piece_id, chosen)
    return True
