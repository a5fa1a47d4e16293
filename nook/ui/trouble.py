"""What a start that cannot open the library shows, and the strip a read-only library shows.

A child sees a big picture (a lock, or an oops), never a traceback or a text-only box;
the grown-up reads what happened and what to do, and may try again or restore a backup
(behind the gate) without the library ever opening.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from nook.core import backups
from nook.core.library import LibraryBusy, LibraryRefused
from nook.i18n import translate
from nook.ui.grownup.gate import ask_grown_up
from nook.ui.grownup.safety_page import PATH_ROLE, describe, plain_label
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel


def picture_for(trouble: Exception) -> str:
    return "lock" if isinstance(trouble, LibraryBusy | LibraryRefused) else "oops"


class TroubleScreen(QWidget):
    """Instead of the shelf when the library cannot be opened: `retry` or `restore(path)`."""

    retry = Signal()
    restore = Signal(Path)

    def __init__(self, trouble: Exception, data_dir: Path, gate=ask_grown_up, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("troubleScreen")
        self.setAccessibleName(translate("Trouble", "Writing Nook cannot open the library"))
        self.setWindowTitle("Writing Nook")  # the app's name, the same in every language
        self.gate = gate
        self.setStyleSheet(theme.TROUBLE_SCREEN)
        picture = PlainLabel()
        picture.setObjectName("troublePicture")
        picture.setAccessibleName(translate("Trouble", "Ask a grown-up"))
        picture.setPixmap(icon(picture_for(trouble)).pixmap(QSize(160, 160)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = plain_label(str(trouble), "troubleMessage")
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("troubleBackups")
        self.backup_list.setAccessibleName(translate("Trouble", "Backups"))
        for backup in backups.list_backups(data_dir):
            item = QListWidgetItem(describe(backup))
            item.setData(PATH_ROLE, str(backup.path))
            self.backup_list.addItem(item)
        if self.backup_list.count():
            self.backup_list.setCurrentRow(0)
        self.retry_button = PictureButton("restore", translate("Trouble", "Try again"), "troubleRetry", 64)
        self.retry_button.clicked.connect(self.retry.emit)
        self.restore_button = PictureButton(
            "backpack_open", translate("Trouble", "Restore this backup"), "troubleRestore", 64
        )
        self.restore_button.setEnabled(self.backup_list.count() > 0)
        self.restore_button.clicked.connect(self._restore)
        self.close_button = PictureButton("close", translate("Trouble", "Close Writing Nook"), "troubleClose", 64)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.restore_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(picture)
        layout.addWidget(plain_label(translate("Trouble", "For grown-ups:"), "troubleHeading"))
        layout.addWidget(self.message)
        if self.backup_list.count():
            layout.addWidget(
                plain_label(
                    translate("Trouble", "Or put back a backup (the library now there is kept aside):"), "troubleOr"
                )
            )
            layout.addWidget(self.backup_list, 1)
        layout.addLayout(buttons)

    def _restore(self) -> None:
        item = self.backup_list.currentItem()
        if item is not None and self.gate(self):
            self.restore.emit(Path(item.data(PATH_ROLE)))


class NoticeStrip(QFrame):
    """Across the top of the child's screens when the library can only be looked at (a
    lock), or after something a grown-up should read (a rescue, work put back)."""

    def __init__(self, text: str, parent: QWidget | None = None, look_only: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("libraryNoticeStrip")
        self.setAccessibleName(
            translate("Trouble", "Look only: nothing new is kept")
            if look_only
            else translate("Trouble", "Something for a grown-up to read")
        )
        self.setStyleSheet(theme.NOTICE_STRIP)
        picture = PlainLabel()
        picture.setObjectName("libraryNoticePicture")
        picture.setPixmap(icon("lock" if look_only else "oops").pixmap(QSize(40, 40)))
        words = plain_label(text, "libraryNoticeText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(picture)
        layout.addWidget(words, 1)
