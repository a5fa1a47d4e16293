"""What a start that cannot open the library shows, and the strip a read-only library shows.

A child sees a big picture (a lock, or an oops), never a traceback or a text-only box;
the grown-up reads what happened and what to do, and may try again or restore a backup
(behind the gate) without the library ever opening.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from nook.core import backups
from nook.core.library import Library, LibraryBusy, LibraryRefused
from nook.core.notices import Notice
from nook.i18n import translate
from nook.reply import Reply
from nook.ui.grownup.gate import ask_grown_up
from nook.ui.grownup.safety_page import PATH_ROLE, describe, plain_label, say_label
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel
from nook.ui.trouble_words import failure_words, helper_words, notice_words

log = logging.getLogger(__name__)


def show_trouble_screen(app: QApplication, trouble: Exception, data_dir: Path) -> TroubleScreen:
    """The trouble screen shown instead of the shelf, in the computer's own language (the
    one a library made now would start in) when no library has said whose language it is."""
    from nook.ui.language import LanguageSwitch, computer_language

    languages = LanguageSwitch.shared()
    if not languages.chosen:
        languages.use(computer_language())
    screen = TroubleScreen(trouble, data_dir)
    # In the room the window would have (the whole screen, even where no window manager
    # maximizes it): a longer language needs it.
    screen.setGeometry(app.primaryScreen().availableGeometry())
    screen.showMaximized()
    return screen


def picture_for(trouble: Exception) -> str:
    return "lock" if isinstance(trouble, LibraryBusy | LibraryRefused) else "oops"


class TroubleScreen(QWidget):
    """Instead of the shelf when the library cannot be opened: `retry` or `restore(path)`."""

    retry = Signal()
    restore = Signal(Path)

    def __init__(self, trouble: Exception, data_dir: Path, gate=ask_grown_up, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("troubleScreen")
        self.setWindowTitle("Writing Nook")  # the app's name, the same in every language
        self.gate = gate
        self.trouble = trouble
        self.setStyleSheet(theme.TROUBLE_SCREEN)
        self.picture = PlainLabel()
        self.picture.setObjectName("troublePicture")
        self.picture.setPixmap(icon(picture_for(trouble)).pixmap(QSize(160, 160)))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = plain_label("", "troubleMessage")
        self.trying: Callable[[], str] | None = None  # what it is doing now, while it tries
        self.busy_bar = QProgressBar()  # moves only while it tries (never while idle)
        self.busy_bar.setObjectName("troubleTrying")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        # The system's own words, for someone who helps: on a line of their own, to copy.
        self.details = plain_label("", "troubleDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("troubleBackups")
        self.backups = backups.list_backups(data_dir)
        for backup in self.backups:
            item = QListWidgetItem()
            item.setData(PATH_ROLE, str(backup.path))
            self.backup_list.addItem(item)
        if self.backup_list.count():
            self.backup_list.setCurrentRow(0)
        self.retry_button = PictureButton("try_again", "", "troubleRetry", 64)
        self.retry_button.clicked.connect(self.retry.emit)
        self.restore_button = PictureButton("backpack_open", "", "troubleRestore", 64)
        self.restore_button.setEnabled(self.backup_list.count() > 0)
        self.restore_button.clicked.connect(self._restore)
        self.close_button = PictureButton("close", "", "troubleClose", 64)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.restore_button, self.close_button):
            buttons.addWidget(button)
        self.heading = plain_label("", "troubleHeading")
        self.or_label = plain_label("", "troubleOr")
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.details)
        if self.backup_list.count():
            layout.addWidget(self.or_label)
            layout.addWidget(self.backup_list, 1)
        else:
            self.or_label.hide()
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Say everything again in the language now installed, the trouble too."""
        self.setAccessibleName(translate("Trouble", "Writing Nook cannot open the library"))
        self.picture.setAccessibleName(translate("Trouble", "Ask a grown-up"))
        words = failure_words(self.trouble)
        say_label(self.message, words if self.trying is None else f"{words}\n\n{self.trying()}")
        say_label(self.details, "" if self.trying is not None else helper_words(self.trouble))
        self.details.setVisible(bool(self.details.text()))
        self.backup_list.setAccessibleName(translate("Trouble", "Backups"))
        for row, backup in enumerate(self.backups):
            self.backup_list.item(row).setText(describe(backup))
        self.retry_button.set_phrase(translate("Trouble", "Try again"))
        self.restore_button.set_phrase(translate("Trouble", "Restore this backup"))
        self.close_button.set_phrase(translate("Trouble", "Close Writing Nook"))
        say_label(self.heading, translate("Trouble", "For grown-ups:"))
        say_label(self.or_label, translate("Trouble", "Or put back a backup (the library now there is kept aside):"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore(self) -> None:
        item = self.backup_list.currentItem()
        if item is not None and self.gate(self):
            self.wait(lambda: translate("Trouble", "Putting the backup back…"))
            self.restore.emit(Path(item.data(PATH_ROLE)))

    def wait(self, doing: Callable[[], str]) -> None:
        """Say what is being done (`doing`, asked again at a language change) and take no
        taps until `show_trouble`: the grown-up sees this screen until what follows is up."""
        self.trying = doing
        for button in (self.retry_button, self.restore_button, self.backup_list):
            button.setEnabled(False)
        self.busy_bar.show()
        self.retranslate()

    def show_trouble(self, trouble: Exception) -> None:
        """The library still cannot be opened: why, now, and the choices again."""
        self.trouble, self.trying = trouble, None
        self.picture.setPixmap(icon(picture_for(trouble)).pixmap(QSize(160, 160)))
        self.busy_bar.hide()
        self.retry_button.setEnabled(True)
        self.backup_list.setEnabled(True)
        self.restore_button.setEnabled(self.backup_list.count() > 0)
        self.retranslate()


class Reopening(QObject):
    """ "Try again" on a trouble screen: `open_library` runs in a worker (it may wait seconds
    for a lock, or rescue a damaged file) while the screen says it is trying; then
    `opened(library)`, or the screen shows the trouble again."""

    opened = Signal(object)  # the Library, opened

    def __init__(self, screen: TroubleScreen, open_library: Callable[[], Library]) -> None:
        super().__init__(screen)
        self.screen = screen
        self.open_library = open_library
        # From the worker: a Library or the exception (not a signal of this object's: the
        # screen, and this with it, may be closed meanwhile; see nook.reply).
        self._done = Reply(self._finish)
        screen.retry.connect(self.start)

    def start(self) -> None:
        self.screen.wait(lambda: translate("Trouble", "Trying to open the library again…"))
        args = (self.open_library, self._done)
        threading.Thread(target=self._open, args=args, daemon=True, name="nook-reopen").start()

    @staticmethod
    def _open(open_library: Callable[[], Library], done: Reply[[object]]) -> None:
        try:
            result: object = open_library()
        except Exception as error:  # noqa: BLE001 - any reason it still cannot open is shown
            result = error
        done(result)

    def _finish(self, result: object) -> None:
        if isinstance(result, Library):
            self.opened.emit(result)
            return
        assert isinstance(result, Exception)
        log.warning("the library still cannot be opened: %s", result)
        self.screen.show_trouble(result)


class NoticeStrip(QFrame):
    """Across the top of the child's screens when the library can only be looked at (a
    lock), or after something a grown-up should read (a rescue, work put back)."""

    def __init__(self, notice: Notice, parent: QWidget | None = None, look_only: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("libraryNoticeStrip")
        self.notice = notice
        self.look_only = look_only
        self.setStyleSheet(theme.NOTICE_STRIP)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        # Look only: the child's part is a lock to tap, which says it (see `child_phrase`).
        self.look_only_button: PictureButton | None = None
        if look_only:
            self.look_only_button = PictureButton("lock", child_phrase(), "lookOnlyLibrary", 48)
            layout.addWidget(self.look_only_button, 0, Qt.AlignmentFlag.AlignTop)
        else:
            picture = PlainLabel()
            picture.setObjectName("libraryNoticePicture")
            picture.setPixmap(icon("oops").pixmap(QSize(40, 40)))
            layout.addWidget(picture)
        self.words = plain_label("", "libraryNoticeText")
        layout.addWidget(self.words, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(
            translate("Trouble", "Look only: nothing new is kept")
            if self.look_only
            else translate("Trouble", "Something for a grown-up to read")
        )
        if self.look_only_button is not None:
            self.look_only_button.set_phrase(child_phrase())
        say_label(self.words, notice_words(self.notice))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def child_phrase() -> str:
    """What a child hears about a library that can only be looked at (once at the start,
    and each time they tap the strip's lock)."""
    return translate("Trouble", "Everything here is for looking and reading. Ask a grown-up to help you write.")
