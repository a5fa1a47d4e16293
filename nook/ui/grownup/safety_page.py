"""The grown-up corner's "Library safety": what happened, the backups, restore and check.

Everything a grown-up needs after a rescue, a restore, a read-only or newer library or a
failed backup is said here in plain words, with what to do. Restoring is done by the
app between two visits of the window (`restore_wanted`), because the library must be
closed while its file is replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from nook.core import backups, opening, safety
from nook.core.library import Library
from nook.ui.grownup.what_went_wrong import WhatWentWrong
from nook.ui.kit.plain import PlainLabel
from nook.ui.operations import Operations

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def plain_label(text: str, name: str) -> QLabel:
    label = PlainLabel(text)
    label.setObjectName(name)
    label.setAccessibleName(text[:80] or name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def describe(backup: backups.Backup) -> str:
    pieces = "1 piece" if backup.pieces == 1 else f"{backup.pieces} pieces"
    return f"{backup.made.strftime('%A %d %B %Y, %H:%M')} \u2013 {pieces}"


class SafetyPage(QWidget):
    """Notices, then the backups (newest first) with Restore, Back up now and Check."""

    restore_wanted = Signal(Path)

    def __init__(self, library: Library, parent: QWidget | None = None, ops: Operations | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPage")
        self.setAccessibleName("Library safety")
        self.library = library
        self.data_dir = library.path.parent
        layout = QVBoxLayout(self)
        self.notices = QVBoxLayout()
        layout.addLayout(self.notices)
        # Each storage failure and rescue, with its time and cause (see what_went_wrong.py).
        self.what_went_wrong = WhatWentWrong(library, ops)
        layout.addWidget(self.what_went_wrong)
        layout.addWidget(plain_label("Backups (made every day and when Writing Nook closes):", "backupsHeading"))
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName("Backups")
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.restore_button = self._button("Restore this backup", "restoreBackup", self._restore)
        self.backup_button = self._button("Back up now", "backUpNow", self.back_up_now)
        self.check_button = self._button("Check the library", "checkLibrary", self.check)
        for button in (self.restore_button, self.backup_button, self.check_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.result = plain_label("", "safetyResult")
        layout.addWidget(self.result)
        self.where = plain_label(
            f"The library is the one file {library.path}. Writing Nook folds its recent changes into that "
            "file every few minutes and when it closes, so copying that one file (when Writing Nook is "
            f"closed) keeps everything. Backups are in {backups.folder_of(self.data_dir)}.",
            "libraryWhere",
        )
        layout.addWidget(self.where)
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        self.what_went_wrong.refresh()
        while self.notices.count():
            taken = self.notices.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        if self.library.notice:
            self.notices.addWidget(plain_label(self.library.notice, "libraryNotice"))
        for note in safety.list_notes(self.library):
            text = f"{note.get('when', '')}: {note['what']} {note.get('todo', '')}".strip()
            self.notices.addWidget(plain_label(text, "safetyNote"))
        self.list.clear()
        for backup in backups.list_backups(self.data_dir):
            item = QListWidgetItem(describe(backup))
            item.setData(PATH_ROLE, str(backup.path))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, describe(backup))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)
        self.backup_button.setEnabled(not self.library.read_only)

    def back_up_now(self) -> bool:
        try:
            made = backups.make_backup(self.library.path)
        except backups.BackupFailed as failed:
            self.result.setText(f"{failed} Make some room on the disk, then try again.")
            return False
        self.result.setText(f"Backed up: {describe(made)}.")
        self.refresh()
        return True

    def check(self) -> list[str]:
        """A full integrity check, on a grown-up's request."""
        problems = opening.quick_check(self.library.db.conn, full=True)
        if problems:
            self.library.set_state(opening.RESCUE_NEXT_START, True)
            self.result.setText(
                "The check found damage: " + "; ".join(problems[:3]) + ". Restore a backup, or close Writing Nook "
                "and start it again: it will then rescue everything that can be read into a new library "
                "(the damaged file is kept)."
            )
        else:
            self.result.setText("The library is healthy.")
        return problems

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore_wanted.emit(Path(item.data(PATH_ROLE)))
