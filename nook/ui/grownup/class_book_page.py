"""The class book in the grown-up corner: pick writers and which pieces (all, finished
only, or started between two dates), then one book as a PDF or a talking book.

The corner is already past the gate, so the whole job asks nothing more. The book is
made in a worker thread with a progress picture and a stop button; at the end the page
says, and shows, "Done! Here is your class book" with where it is.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QWidget,
)

from nook.core.library import Library
from nook.export.images import file_stem
from nook.export.selection import WriterPieces, gather
from nook.export.talking_book import Job
from nook.i18n import translate
from nook.speech import Voice
from nook.ui.grownup.long_page import bring_into_sight, scrolling_body
from nook.ui.grownup.pickers import say
from nook.ui.grownup.wording import Phrases, writer_label
from nook.ui.kit import theme
from nook.ui.kit.calm_inputs import CalmDateEdit
from nook.ui.kit.export_runner import ExportProgress, ExportRunner
from nook.ui.kit.icons import avatar_icon
from nook.ui.kit.plain import PlainLabel, wrapped_in_its_room

log = logging.getLogger(__name__)


def done_phrase() -> str:
    return translate("GrownUp", "Done! Here is your class book.")


PathChooser = Callable[[QWidget, str, str], str]  # (parent, suggested path, "pdf" | "epub")


def _save_dialog(parent: QWidget, suggested: str, kind: str) -> str:
    files = (
        translate("GrownUp", "PDF ({patterns})") if kind == "pdf" else translate("GrownUp", "Talking book ({patterns})")
    )
    title = translate("GrownUp", "Save the class book")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, files.format(patterns=f"*.{kind}"))
    return path


def _plain_label(text: str, name: str) -> QLabel:
    label = PlainLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ClassBookPage(QWidget):
    """The grown-up corner's class book section."""

    made = Signal(object)  # the Path of the finished book

    def __init__(self, library: Library, voice: Voice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classBookPage")
        self.library = library
        self.phrases = Phrases(self)
        self.phrases.add(lambda page: page.setAccessibleName(translate("GrownUp", "Class book")))
        self.voice = voice
        self.choose_path: PathChooser = _save_dialog
        self.runner = ExportRunner(library, self)
        self.runner.progress.connect(self._progress)
        self.runner.done.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)

        heading = _plain_label("", "classBookHeading")
        heading.setStyleSheet(theme.SECTION_TITLE)
        self.phrases.add(lambda _page: heading.setText(translate("GrownUp", "Class book")))
        intro = _plain_label("", "classBookIntro")
        self.phrases.add(
            lambda _page: intro.setText(
                translate(
                    "GrownUp",
                    "One book of many writers' pieces: a cover, a page of the writers' pictures and names, then "
                    "each piece on its own page. As a PDF to print, or a talking book any phone or tablet can "
                    "read aloud.",
                )
            )
        )
        self.name_edit = QLineEdit(str(library.setting("class_name") or ""))
        self.name_edit.setObjectName("classBookName")
        self.phrases.add(
            lambda page: page.name_edit.setAccessibleName(translate("GrownUp", "The class's or family's name"))
        )
        self.phrases.add(
            lambda page: page.name_edit.setPlaceholderText(
                translate("GrownUp", "The class's or family's name (Room 4, The Garcias)")
            )
        )
        self.name_edit.editingFinished.connect(self._store_name)

        self.count_label = _plain_label("", "classBookCount")
        self.writer_list = QListWidget()
        self.writer_list.setObjectName("classBookWriters")
        self.phrases.add(lambda page: page.writer_list.setAccessibleName(translate("GrownUp", "Writers in the book")))
        self.writer_list.setIconSize(QSize(36, 36))
        for writer in library.writers():
            item = QListWidgetItem(avatar_icon(writer.avatar), writer_label(writer.name, writer.avatar))
            item.setData(Qt.ItemDataRole.UserRole, writer.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.writer_list.addItem(item)
        self.writer_list.itemChanged.connect(lambda _item: self._update_count())

        self.all_pieces = QRadioButton()
        self.all_pieces.setObjectName("classBookAllPieces")
        self.finished_only = QRadioButton()
        self.finished_only.setObjectName("classBookFinishedOnly")
        self.between = QRadioButton()
        self.between.setObjectName("classBookBetween")
        self.phrases.add(lambda page: say(page.all_pieces, translate("GrownUp", "All pieces")))
        self.phrases.add(lambda page: say(page.finished_only, translate("GrownUp", "Finished pieces only")))
        self.phrases.add(lambda page: say(page.between, translate("GrownUp", "Pieces started between")))
        self.which = QButtonGroup(self)
        for button in (self.all_pieces, self.finished_only, self.between):
            self.which.addButton(button)
        self.finished_only.setChecked(True)
        today = QDate.currentDate()
        # Scrolling the page past them never turns a date (kit/calm_inputs.py).
        self.since = CalmDateEdit(today.addDays(-7))
        self.since.setObjectName("classBookSince")
        self.phrases.add(lambda page: page.since.setAccessibleName(translate("GrownUp", "From this day")))
        self.until = CalmDateEdit(today)
        self.until.setObjectName("classBookUntil")
        self.phrases.add(lambda page: page.until.setAccessibleName(translate("GrownUp", "To this day")))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
        dates = QHBoxLayout()
        dates.addWidget(self.between)
        dates.addWidget(self.since)
        and_label = _plain_label("", "classBookAnd")
        self.phrases.add(lambda _page: and_label.setText(translate("GrownUp", "and")))
        dates.addWidget(and_label)
        dates.addWidget(self.until)
        dates.addStretch(1)

        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("classBookPdf")
        self.epub_button = QPushButton()
        self.epub_button.setObjectName("classBookEpub")
        self.phrases.add(lambda page: say(page.pdf_button, translate("GrownUp", "Make a PDF")))
        self.phrases.add(lambda page: say(page.epub_button, translate("GrownUp", "Make a talking book")))
        for push, kind in ((self.pdf_button, "pdf"), (self.epub_button, "epub")):
            push.clicked.connect(lambda _=False, k=kind: self.make(k))
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.epub_button)
        buttons.addStretch(1)
        self.progress = ExportProgress("classBook")
        self.progress.stop_wanted.connect(self.runner.cancel)
        self.progress.hide()
        self.result_label = wrapped_in_its_room(_plain_label("", "classBookResult"))  # a long path, whole
        self.result_label.setStyleSheet(theme.RESULT)
        self.open_folder = QPushButton()
        self.open_folder.setObjectName("classBookOpenFolder")
        self.phrases.add(lambda page: say(page.open_folder, translate("GrownUp", "Show the folder")))
        self.open_folder.clicked.connect(self._show_folder)
        self.open_folder.hide()
        self.last_book: Path | None = None
        for button in (self.all_pieces, self.finished_only, self.between):
            button.toggled.connect(lambda _on: self._update_count())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self._update_count())

        layout = scrolling_body(self)  # a long page scrolls on a small screen
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.writer_list, 1)
        layout.addWidget(self.all_pieces)
        layout.addWidget(self.finished_only)
        layout.addLayout(dates)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.open_folder)
        self._update_count()

    def retranslate(self) -> None:
        """Say the page's phrases again in the language now installed (a result shown stays)."""
        self.phrases.say_again()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what goes in ------------------------------------------------------------------
    def chosen_writer_ids(self) -> list[str]:
        items = (self.writer_list.item(row) for row in range(self.writer_list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def dates(self) -> tuple[date | None, date | None]:
        if not self.between.isChecked():
            return None, None
        return self.since.date().toPython(), self.until.date().toPython()  # type: ignore[return-value]

    def selection(self, library: Library) -> list[WriterPieces]:
        """The writers and pieces chosen, read from `library` (the worker's own)."""
        writers = [w for w in map(library.writer, self.chosen_writer_ids()) if w is not None]
        since, until = self.dates()
        return gather(library, writers, self.finished_only.isChecked(), since, until)

    def _update_count(self) -> None:
        groups = self.selection(self.library)
        pieces = sum(len(g.pieces) for g in groups)
        writers = len(groups)
        counted = translate("GrownUp", "{pieces} by {writers}").format(
            pieces=translate("GrownUp", "%n piece(s)", None, pieces),
            writers=translate("GrownUp", "%n writer(s)", None, writers),
        )
        if pieces == 0 and self.finished_only.isChecked() and self._drafts_chosen():
            # "0 pieces by 0 writers" and two greyed buttons did not say why (seen on the walk).
            counted += "\n" + translate(
                "GrownUp", "No chosen writer has a finished piece yet: choose All pieces to put their drafts in."
            )
        self.count_label.setText(counted)
        enabled = pieces > 0 and not self.runner.is_running()
        self.pdf_button.setEnabled(enabled)
        self.epub_button.setEnabled(enabled)

    def _drafts_chosen(self) -> bool:
        """Whether the writers and dates chosen have pieces that are not finished."""
        writers = [w for w in map(self.library.writer, self.chosen_writer_ids()) if w is not None]
        since, until = self.dates()
        return bool(gather(self.library, writers, False, since, until))

    def _store_name(self) -> None:
        """Keep the class's name for the next book. Only a kindness: a library that cannot
        be changed here (read-only, a full disk) keeps none, and the book is made with the
        name typed all the same (a refused write ended the tap before the book was asked)."""
        name = " ".join(self.name_edit.text().split())
        if self.library.read_only or name == self.library.setting("class_name"):
            return
        try:
            self.library.set_setting("class_name", name)
        except sqlite3.Error as error:
            log.warning("the class's name could not be kept for next time: %s", error)

    # -- making it ---------------------------------------------------------------------
    def make(self, kind: str) -> bool:
        """Ask where, then make the book in the background. False if nothing started."""
        self._store_name()
        if self.runner.is_running():
            return False
        # The file's name in the corner's language ("class-book" in a Spanish corner was not
        # a word the teacher uses), made safe for any disk.
        stem = file_stem(translate("GrownUp", "class-book", "the start of a class book's file name"), "class-book")
        suggested = str(Path.home() / f"{stem}-{date.today().isoformat()}.{kind}")
        chosen = self.choose_path(self, suggested, kind)
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        # What to gather is read now, on this thread; the worker reads it again from its
        # own connection (a piece finished meanwhile is in).
        writer_ids = self.chosen_writer_ids()
        finished = self.finished_only.isChecked()
        since, until = self.dates()
        name = " ".join(self.name_edit.text().split())
        # Imported here, on the window's thread, when a book is made: not with the page
        # (~65 ms of the Class book section's first showing).
        from nook.export import class_book

        def work(library: Library, job: Job) -> Path:
            writers = [w for w in map(library.writer, writer_ids) if w is not None]
            groups = gather(library, writers, finished, since, until)
            if kind == "pdf":
                return class_book.class_book_pdf(library, groups, path, name, date.today(), job=job)
            return class_book.class_book_epub(library, groups, path, name, date.today(), job=job)

        self.result_label.clear()
        self.open_folder.hide()
        self.progress.begin()
        bring_into_sight(self.progress)  # at the foot of a long page: below a netbook's fold
        self.runner.start(work)
        self._update_count()
        return True

    def _progress(self, done: int, total: int) -> None:
        self.progress.advance(done, total)

    def _finish(self, text: str) -> None:
        self.progress.end()
        self.result_label.setText(text)
        self._update_count()
        bring_into_sight(self.result_label)

    def _done(self, path: Path) -> None:
        self.last_book = path
        done = done_phrase()
        self._finish("\n".join([done, str(path), *self.runner.notes]))
        self.open_folder.show()
        bring_into_sight(self.open_folder)  # under the words that say where it was saved
        self.voice.say(done)
        self.made.emit(path)

    def _failed(self, reason: str) -> None:
        self._finish(translate("GrownUp", "The class book could not be made: {why}").format(why=reason))

    def _cancelled(self) -> None:
        self._finish(translate("GrownUp", "Stopped. No book was made."))

    def _show_folder(self) -> None:
        if self.last_book is None or QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_book.parent))):
            return
        # Nothing on this computer shows folders: a tap that did nothing was tapped again and again.
        cannot = translate("GrownUp", "This computer could not open the folder. The book is at the place above.")
        if not self.result_label.text().endswith(cannot):
            self.result_label.setText(f"{self.result_label.text()}\n{cannot}")
