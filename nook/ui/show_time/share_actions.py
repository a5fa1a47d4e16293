"""Show time's way out to readers: print (a child a grown-up lets print gets the
picture-only step, anyone else the gate and then the system's dialog), and for
grown-ups behind the gate save as PDF, as pictures (PNG) or as a talking book (ePub),
each made in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from nook.core.library import Library
from nook.core.models import Piece
from nook.export.images import file_stem
from nook.export.printing import ask_and_print
from nook.speech import Voice
from nook.ui.grownup.gate import ask_grown_up
from nook.ui.show_time.print_step import print_for_child, system_printer
from nook.ui.show_time.sharing import (
    BackgroundSave,
    epub_dialog,
    folder_dialog,
    pdf_dialog,
    pdf_work,
    pictures_work,
    talking_book_work,
    with_suffix,
)


class SharingScreen(QWidget):
    """What show time does with its share buttons; the screen itself is ShowTime."""

    library: Library
    piece: Piece
    voice: Voice
    button_size: int
    reading: bool  # the pages are being read aloud (a save is not said over them)

    def _init_sharing(self, library: Library) -> None:
        # Injectable so tests (and other front ends) can answer without real dialogs.
        self.gate: Callable[[QWidget | None], bool] = ask_grown_up
        self.print_dialog: Callable[..., bool] = ask_and_print
        # A child a grown-up lets print gets pictures, never the system's dialog of words;
        # a grown-up on a visit gets the system's dialog.
        self.child_printer: Callable[[], QPrinter | None] = system_printer
        self.grown_up_here: Callable[[], bool] = lambda: False
        self.choose_pdf_path: Callable[[QWidget, str], str] = pdf_dialog
        self.choose_folder: Callable[[QWidget], str] = folder_dialog
        self.choose_epub_path: Callable[[QWidget, str], str] = epub_dialog
        self.saving = BackgroundSave(library, self, self.voice, lambda: self.reading)

    def stop_reading(self) -> None:
        raise NotImplementedError  # show time's own

    def print_piece(self) -> bool:
        """A child a grown-up lets print gets the picture-only step; otherwise the gate,
        then the system's print dialog (at once for a grown-up on a visit)."""
        self.stop_reading()
        if self.library.setting("child_may_print") and not self.grown_up_here():
            return print_for_child(self.library, self.piece.id, self, self.voice, self.button_size, self.child_printer)
        if not self.gate(self):
            return False
        return self.print_dialog(self.library, self.piece.id, self)

    def save_pdf(self) -> bool:
        """Grown-ups: save the piece as a PDF where they choose (made in the background)."""
        chosen = self._ask_where(lambda: self.choose_pdf_path(self, self._suggested(".pdf")))
        path = with_suffix(chosen, ".pdf") if chosen else None
        return path is not None and self.saving.start(pdf_work(self.piece.id, path), path)

    def save_pictures(self) -> bool:
        """Grown-ups: save every page as a PNG picture in a folder they choose."""
        chosen = self._ask_where(lambda: self.choose_folder(self))
        folder = Path(chosen) if chosen else None
        return folder is not None and self.saving.start(pictures_work(self.piece.id, folder), folder)

    def save_talking_book(self) -> bool:
        """Grown-ups: save the piece as a talking book (ePub) that reads itself aloud."""
        chosen = self._ask_where(lambda: self.choose_epub_path(self, self._suggested(".epub")))
        path = with_suffix(chosen, ".epub") if chosen else None
        return path is not None and self.saving.start(talking_book_work(self.piece.id, path), path)

    def _ask_where(self, choose: Callable[[], str]) -> str:
        self.stop_reading()
        if self.saving.runner.is_running() or not self.gate(self):
            return ""
        return choose()

    def _suggested(self, suffix: str) -> str:
        return str(Path.home() / f"{file_stem(self.piece.title, self.piece.kind)}{suffix}")
