"""Saving a piece from show time (PDF, pictures, talking book) without freezing it: the
file is made in a worker thread while a progress picture fills, then a notice says
where it went, and the app's voice says it is done (unless the pages are being read
aloud: a reading is never talked over). Only a grown-up (past the gate) starts these, so
the notice has words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from nook.core.library import Library
from nook.export.images import export_pngs
from nook.export.pdf import export_pdf
from nook.export.talking_book import Job, export_talking_book
from nook.i18n import translate
from nook.speech import Voice
from nook.ui.kit import theme
from nook.ui.kit.export_runner import ExportProgress, ExportRunner, ExportWork
from nook.ui.kit.plain import PlainLabel, plain_message


def pdf_work(piece_id: str, path: Path) -> ExportWork:
    return lambda library, _job: export_pdf(library, piece_id, path, paper="auto")


def pictures_work(piece_id: str, folder: Path) -> ExportWork:
    def work(library: Library, job: Job) -> Path:
        written = export_pngs(library, piece_id, folder, job=job)  # the bar fills page by page
        return written[0] if written else folder

    return work


def talking_book_work(piece_id: str, path: Path) -> ExportWork:
    return lambda library, job: export_talking_book(library, piece_id, path, job=job)


def epub_dialog(parent: QWidget, suggested: str) -> str:
    files = translate("ShowTime", "Talking book ({patterns})").format(patterns="*.epub")
    path, _ = QFileDialog.getSaveFileName(parent, translate("ShowTime", "Save as a talking book"), suggested, files)
    return path


def pdf_dialog(parent: QWidget, suggested: str) -> str:
    files = translate("ShowTime", "PDF ({patterns})").format(patterns="*.pdf")
    path, _ = QFileDialog.getSaveFileName(parent, translate("ShowTime", "Save as PDF"), suggested, files)
    return path


def folder_dialog(parent: QWidget) -> str:
    title = translate("ShowTime", "Save the pages as pictures in")
    return QFileDialog.getExistingDirectory(parent, title, str(Path.home()))


def with_suffix(chosen: str, suffix: str) -> Path:
    """The chosen name, ending in `suffix` whatever was typed."""
    return Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)


class BackgroundSave(ExportProgress):
    """A progress picture that runs one save at a time and then says where it went."""

    saved = Signal(object)  # the Path made (for pictures: the first picture)

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        voice: Voice | None = None,
        reading: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__("showTimeSave", parent)
        self.voice = voice
        self._reading = reading  # True while the pages are read aloud: nothing is said over them
        self.runner = ExportRunner(library, self)
        self.runner.progress.connect(self.advance)
        self.runner.done.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self.end)
        self.stop_wanted.connect(self.runner.cancel)
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrow keys turn pages
        self.notice = PlainLabel()
        self.notice.setObjectName("showTimeSaved")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(theme.STAGE_NOTICE)
        self.notice.setWordWrap(True)  # a long place is said in full, on two lines if need be
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.hide()
        self.destination: Path | None = None
        self.hide()

    def start(self, work: ExportWork, destination: Path) -> bool:
        """Make a file in the background; False if one is being made already."""
        if self.runner.is_running():
            return False
        self.destination = destination
        self.notice.hide()
        self.begin()
        return self.runner.start(work)

    def _done(self, path: Path) -> None:
        self.end()
        saved = translate("ShowTime", "Saved: {place}").format(place=self.destination or path)
        self.notice.setText("; ".join([saved, *self.runner.notes]))
        self.notice.show()
        self._say(translate("ShowTime", "Done! It is saved."))
        self.saved.emit(path)

    def _say(self, phrase: str) -> None:
        if self.voice is not None and not self._reading():
            self.voice.say(phrase)

    def _failed(self, reason: str) -> None:
        self.end()
        self._say(translate("ShowTime", "Not saved"))
        plain_message(
            self.window(),
            translate("ShowTime", "Not saved"),
            translate("ShowTime", "Writing Nook could not save to {place}: {why}").format(
                place=self.destination, why=reason
            ),
        ).exec()
