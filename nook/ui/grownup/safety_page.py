"""The grown-up corner's "Library safety": what happened, the backups, restore and check.

Everything a grown-up needs after a rescue, a restore, a read-only or newer library or a
failed backup is said here in plain words, with what to do. Restoring is done by the
app between two visits of the window (`restore_wanted`), because the library must be
closed while its file is replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nook.core import backups, mishaps, opening, safety
from nook.core.library import Library
from nook.error_words import for_a_helper, reason_for
from nook.i18n import translate
from nook.ui.grownup.pickers import ConfirmBar, say
from nook.ui.grownup.what_went_wrong import LOOK_ONLY_NOTICES, WhatWentWrong, wrap_lines
from nook.ui.grownup.wording import Phrases, moment
from nook.ui.kit import theme
from nook.ui.kit.plain import PlainLabel
from nook.ui.operations import Operations
from nook.ui.trouble_words import backup_failure_words, isolated_path, notice_words

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def plain_label(text: str, name: str) -> QLabel:
    label = PlainLabel(text)
    label.setObjectName(name)
    label.setAccessibleName(text[:80] or name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def say_label(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text[:80])


def describe(backup: backups.Backup) -> str:
    made = backup.made
    locale = QLocale()
    day = locale.toString(QDate(made.year, made.month, made.day), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(made.hour, made.minute), QLocale.FormatType.ShortFormat)
    count = backup.pieces
    pieces = translate("GrownUp", "%n piece(s)", None, count)
    return f"{day}, {time} \u2013 {pieces}"


# A note What went wrong says too (with its time), by its kind: the fact it shares with
# the mishap's detail there. The rescue was said three times on one page.
TOLD_BY = {"rescued": "kept", "work_put_back": "files"}
_MISHAP_OF = {"damaged": "rescued", "recovered": "work_put_back"}


def told_in_what_went_wrong(library: Library) -> set[tuple[str, str]]:
    """(a note's kind, its fact) for each note What went wrong says in its own line."""
    return {
        (_MISHAP_OF[mishap.cause], mishap.detail) for mishap in mishaps.recorded(library) if mishap.cause in _MISHAP_OF
    }


class SafetyPage(QWidget):
    """Notices, then the backups (newest first) with Restore, Back up now and Check."""

    restore_wanted = Signal(Path)

    def __init__(self, library: Library, parent: QWidget | None = None, ops: Operations | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPage")
        self.library = library
        self.phrases = Phrases(self)
        self.phrases.add(lambda page: page.setAccessibleName(translate("GrownUp", "Library safety")))
        self.data_dir = library.path.parent
        # Notes can be many and long (longer in some languages): the page scrolls rather
        # than squeezing them into lines cut in half.
        body = QWidget()
        body.setObjectName("safetyBody")
        scroll = QScrollArea()
        scroll.setObjectName("safetyScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the keyboard
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        theme.see_through(scroll)
        self.page_scroll, self.page_body = scroll, body
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        self.notices = QVBoxLayout()
        layout.addLayout(self.notices)
        # Each storage failure and rescue, with its time and cause (see what_went_wrong.py).
        self.what_went_wrong = WhatWentWrong(library, ops)
        layout.addWidget(self.what_went_wrong)
        heading = plain_label("", "backupsHeading")
        self.phrases.add(
            lambda _page: say_label(
                heading, translate("GrownUp", "Backups (made every day and when Writing Nook closes):")
            )
        )
        layout.addWidget(heading)
        # A new library's backups were an empty white box, saying nothing (seen on the walk).
        self.none_yet = plain_label("", "noBackupsYet")
        self.phrases.add(
            lambda page: say_label(
                page.none_yet,
                translate("GrownUp", "No backups yet. One is made today when Writing Nook closes, or tap Back up now."),
            )
        )
        layout.addWidget(self.none_yet)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        wrap_lines(self.list)  # ("... – kept safe after the rescue" ran off its edge in Spanish)
        self.phrases.add(lambda page: page.list.setAccessibleName(translate("GrownUp", "Backups")))
        layout.addWidget(self.list, 1)
        # Notes above can push the list down to (or past) the screen's edge at 1024x600: a
        # backup chosen there, by a tap on the half showing or the arrow keys, was left cut
        # in half or out of sight. The page now scrolls to show the chosen one whole.
        self.list.currentRowChanged.connect(self._show_chosen)
        # The backups held since a rescue (marked in the list): why, and a way to let them
        # go once the rescued library has everything (they used to look like any others).
        kept_row = QHBoxLayout()
        self.kept_note = plain_label("", "keptSafeNote")
        self.phrases.add(
            lambda page: say_label(
                page.kept_note,
                translate(
                    "GrownUp",
                    "The backups marked \u201ckept safe after the rescue\u201d are from before the damage, and are "
                    "kept until you choose. If work is missing, choose one and tap Restore this "
                    "backup. If the rescued library has everything, let them go.",
                ),
            )
        )
        self.let_go_button = self._button("letGoOfKeptBackups", self._ask_to_let_go)
        self.phrases.add(lambda page: say(page.let_go_button, translate("GrownUp", "Let the kept backups go\u2026")))
        kept_row.addWidget(self.kept_note, 1)
        kept_row.addWidget(self.let_go_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(kept_row)
        self.let_go_confirm = ConfirmBar("letGoConfirm", lambda: translate("GrownUp", "Yes, let them go"))
        self.let_go_confirm.confirmed.connect(self.let_go_of_kept)
        layout.addWidget(self.let_go_confirm)
        # Restoring closes the window and puts the chosen backup in the library's place:
        # asked first, saying which and what happens (one tap did it, the top one chosen).
        self.restore_confirm = ConfirmBar("restoreConfirm", lambda: translate("GrownUp", "Yes, put it back"))
        self.restore_confirm.confirmed.connect(self._restore)
        self._restoring: Path | None = None
        self.list.currentRowChanged.connect(lambda _row: self.restore_confirm.hide())  # (asked of another)
        layout.addWidget(self.restore_confirm)
        buttons = QHBoxLayout()
        self.restore_button = self._button("restoreBackup", self._ask_to_restore)
        self.backup_button = self._button("backUpNow", self.back_up_now)
        self.check_button = self._button("checkLibrary", self.check)
        self.phrases.add(lambda page: say(page.restore_button, translate("GrownUp", "Restore this backup")))
        self.phrases.add(lambda page: say(page.backup_button, translate("GrownUp", "Back up now")))
        self.phrases.add(lambda page: say(page.check_button, translate("GrownUp", "Check the library")))
        for button in (self.restore_button, self.backup_button, self.check_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.result = plain_label("", "safetyResult")
        self.phrases.add(lambda page: page.result.setAccessibleName(translate("GrownUp", "What the last step did")))
        layout.addWidget(self.result)
        self.where = plain_label("", "libraryWhere")
        self.phrases.add(
            lambda page: say_label(
                page.where,
                translate(
                    "GrownUp",
                    "The library is the one file {path}. Writing Nook folds its recent changes into that "
                    "file every few minutes and when it closes, so copying that one file (when Writing Nook is "
                    "closed) keeps everything. Backups are in {folder}.",
                ).format(path=isolated_path(library.path), folder=isolated_path(backups.folder_of(page.data_dir))),
            )
        )
        layout.addWidget(self.where)
        self.refresh()

    def retranslate(self) -> None:
        """Say the page's phrases again in the language now installed (a result shown stays)."""
        self.phrases.say_again()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_chosen(self, row: int) -> None:
        item = self.list.item(row)
        if item is None or not self.list.hasFocus():  # (chosen by the page itself: it stays put)
            return
        self.list.scrollToItem(item)
        shown = self.list.visualItemRect(item)
        middle = self.list.viewport().mapTo(self.page_body, shown.center())
        self.page_scroll.ensureVisible(middle.x(), middle.y(), 0, shown.height() // 2 + 4)

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        self.what_went_wrong.refresh()
        while self.notices.count():
            taken = self.notices.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        notes = safety.list_notes(self.library)
        notice = self.library.notice
        said_below = notice is not None and notice.kind in LOOK_ONLY_NOTICES and self.library.read_only
        if notice and not said_below and not any(note.notice == notice for note in notes):  # (else said there)
            self.notices.addWidget(plain_label(notice_words(notice, in_library_safety=True), "libraryNotice"))
        in_the_list = told_in_what_went_wrong(self.library)
        for note in notes:
            if (note.notice.kind, str(note.notice.facts.get(TOLD_BY.get(note.notice.kind, ""), ""))) in in_the_list:
                continue  # What went wrong says it, with its time
            words = notice_words(note.notice, in_library_safety=True)
            self.notices.addWidget(plain_label(f"{moment(note.when)}: {words}", "safetyNote"))
        self.list.clear()
        holding = backups.held(self.data_dir)
        kept_safe = translate("GrownUp", "kept safe after the rescue")
        any_kept = False
        for backup in backups.list_backups(self.data_dir):
            line = describe(backup)
            if backup.path.name in holding:
                any_kept = True
                line = f"{line} \u2013 {kept_safe}"
            item = QListWidgetItem(line)
            item.setData(PATH_ROLE, str(backup.path))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)
        self.kept_note.setVisible(any_kept)
        self.let_go_button.setVisible(any_kept)
        self.let_go_button.setEnabled(not self.library.read_only)
        if not any_kept:
            self.let_go_confirm.hide()
        self.none_yet.setVisible(self.list.count() == 0 and not self.library.read_only)
        self.backup_button.setEnabled(not self.library.read_only)

    def back_up_now(self) -> bool:
        try:
            made = backups.make_backup(self.library.path, by_hand=True)
        except backups.BackupFailed as failed:
            self.result.setText(
                translate("GrownUp", "{why} Make some room on the disk, then try again.").format(
                    why=backup_failure_words(failed)
                )
            )
            return False
        self.result.setText(translate("GrownUp", "Backed up: {backup}.").format(backup=describe(made)))
        self.refresh()
        return True

    def check(self) -> list[str]:
        """A full integrity check, on a grown-up's request."""
        problems = opening.quick_check(self.library.db.conn, full=True)
        if problems:
            self.library.set_state(opening.RESCUE_NEXT_START, True)
            self.result.setText(
                translate(
                    "GrownUp",
                    "The check found damage in the library file. Restore a backup, or close Writing Nook and start "
                    "it again: it will then rescue everything that can be read into a new library (the damaged "
                    "file is kept).",
                )
                + "\n"
                + for_a_helper("; ".join(problems[:3]))  # SQLite's own words
            )
        else:
            self.result.setText(translate("GrownUp", "The library is healthy."))
        return problems

    def _ask_to_let_go(self) -> None:
        self.let_go_confirm.ask(
            lambda: translate(
                "GrownUp",
                "Let the backups from before the rescue go? From the next backup on they are thinned out like "
                "the others, and the oldest are removed.",
            )
        )

    def let_go_of_kept(self) -> bool:
        """The grown-up is happy with the rescued library: the backups held since the
        rescue are thinned by the usual rule again (from the next backup)."""
        try:
            backups.let_go_of_held(self.data_dir)
        except OSError as error:
            self.result.setText(
                translate("GrownUp", "The kept backups could not be let go: {why}.").format(why=reason_for(error))
            )
            return False
        self.result.setText(
            translate("GrownUp", "The kept backups are thinned out like the others from the next backup on.")
        )
        self.refresh()
        return True

    def _ask_to_restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._restoring = Path(item.data(PATH_ROLE))
        chosen = item.text().split(" \u2013 ")[0]  # its day and time
        self.restore_confirm.ask(
            lambda: translate(
                "GrownUp",
                "Put back the backup of {backup}? Writing Nook closes, puts it in place of the library (the library "
                "as it is now is kept as a file beside it) and opens again.",
            ).format(backup=chosen)
        )

    def _restore(self) -> None:
        if self._restoring is not None:
            self.restore_wanted.emit(self._restoring)
