"""While the library cannot store work (a full disk, a lock, a folder that cannot be
written): the child is told once, gently, and the grown-up clearly.

The door (`Operations.trouble`) says when a spell of failures starts and when it is
over. At the start the child sees the oops bubble and hears it once, however often the
work is tried again in the background (a nearly full disk may let one small store
through and then fail again: the child is not told again within `remind_ms`), but a tap
that could not be done (New book while another program holds the library) shows and says
it again, each time. A strip stays across the top for as long as the spell lasts: a
picture for the child (the work is being held, not lost) and plain words for the
grown-up saying what is wrong and what to do. It goes away by itself when a store works
again. It comes and goes only while no finger is down: the screen below it moves, and a
stroke under way jumped with the page.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QWidget

from nook.error_words import reason_for
from nook.i18n import translate
from nook.ui.kit import theme
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel
from nook.ui.operations import Operations, StorageFailure

if TYPE_CHECKING:
    from nook.ui.editor.oops import OopsBubble


def grown_up_words(cause: str, error: BaseException | None = None) -> str:
    """What is wrong and what to do, for a grown-up, in plain words (for a cause without
    words of its own, the computer's trouble behind `error`, never its English)."""
    held = translate(
        "Trouble",
        "What the children make is kept and tried again every few seconds. If Writing Nook is closed "
        "before it can be stored, it is kept in a recovery file and put back at the next start.",
    )
    if cause == "full":
        what = translate(
            "Trouble",
            "The disk is full, so Writing Nook cannot store new work right now. Make some room on the disk "
            "(empty the computer's trash, remove big files).",
        )
    elif cause == "locked":
        what = translate(
            "Trouble",
            "Another program is holding the library, so Writing Nook cannot store new work right now. "
            "Close the other program (a backup or sync tool, another Writing Nook).",
        )
    elif cause == "read_only":
        what = translate(
            "Trouble",
            "The library or its folder cannot be written any more, so new work cannot be stored. "
            "Make the folder writable again (or move the library to one that is).",
        )
    elif cause == "damaged":
        what = translate(
            "Trouble",
            "The library file reports damage, so new work cannot be stored. Close Writing Nook and start it "
            "again: it rescues everything that can be read.",
        )
    else:
        what = translate("Trouble", "Writing Nook cannot store new work right now: {why}.").format(
            why=reason_for(error)
        )
    heading = translate("Trouble", "For grown-ups:")
    return f"{heading} {what} {held}"


def cannot_close_words() -> str:
    """Why the window did not close, for a grown-up: closing would lose the children's work."""
    heading = translate("Trouble", "For grown-ups:")
    what = translate(
        "Trouble",
        "Writing Nook stays open: the disk is full, so the work it could not store cannot be kept in a "
        "recovery file either, and closing now would lose it. Make some room on the disk (empty the "
        "computer's trash, remove big files), then close Writing Nook again.",
    )
    return f"{heading} {what}"


class StorageTroubleStrip(QFrame):
    """Across the top of the window while work cannot be stored: a picture and the grown-up's words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storageTroubleStrip")
        self.picture = PlainLabel()
        self.picture.setObjectName("storageTroublePicture")
        self._dressed = False  # its look and picture: made when first shown (rarely: a full disk)
        self.words = PlainLabel()
        self.words.setObjectName("storageTroubleText")
        self.words.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.picture)
        layout.addWidget(self.words, 1)
        self.failure: StorageFailure | None = None
        self._wanted = False  # shown once no finger is down
        self._waiting_for_lift = False
        self.cannot_close = False  # a close was refused: no place could keep the work
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        child = translate("Trouble", "I am holding on to your work. Ask a grown-up.")
        self.picture.setAccessibleName(child)
        self.setAccessibleName(child)
        if self.cannot_close:
            self.words.setText(cannot_close_words())
        elif self.failure is not None:
            self.words.setText(grown_up_words(self.failure.cause, self.failure.error))
        self.words.setAccessibleName(self.words.text()[:80])

    def show_cannot_close(self) -> None:
        """A close was refused: the words say why and what to do until the work is stored."""
        self.cannot_close = True
        self.retranslate()
        self._dress()
        self._show_when_lifted(True)

    def show_failure(self, failure: StorageFailure) -> None:
        self.failure = failure
        self.retranslate()
        self._dress()
        self._show_when_lifted(True)

    def clear(self) -> None:
        """Storing works again: the strip goes."""
        self.failure = None
        self.cannot_close = False
        self._show_when_lifted(False)

    def _dress(self) -> None:
        if not self._dressed:
            self._dressed = True
            self.setStyleSheet(theme.STORAGE_TROUBLE_STRIP)
            self.picture.setPixmap(icon("oops").pixmap(QSize(40, 40)))

    def _show_when_lifted(self, shown: bool) -> None:
        self._wanted = shown
        app = QApplication.instance()
        if app is not None and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # A finger is down (a stroke under way): the screen must not move under it.
            if not self._waiting_for_lift:
                self._waiting_for_lift = True
                app.installEventFilter(self)
            return
        self.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        lifted = event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd)
        if lifted and self._waiting_for_lift and QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self._waiting_for_lift = False
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self._lifted)  # once the release has ended the stroke where it began
        return False

    def _lifted(self) -> None:
        self._show_when_lifted(self._wanted)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


REMIND_MS = 10 * 60 * 1000
# What the person at the computer does (as the platform hands it to the window).
TOUCHES = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.KeyPress)


class FirstTouch(QObject):
    """Notes the first press or key the person at `window` makes. Looked at on the
    platform's window (what the platform delivers there, not every widget's events),
    made when the window is first shown, and only until that first touch."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.touched = False
        self._window = window
        window.installEventFilter(self)  # for its Show: its platform window exists then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self._window and event.type() == QEvent.Type.Show:
            handle = self._window.windowHandle()
            if handle is not None:
                self._window.removeEventFilter(self)
                handle.installEventFilter(self)
        elif event.type() in TOUCHES and watched is not self._window:
            self.touched = True
            watched.removeEventFilter(self)
        return False


class StorageWatch:
    """Hears the door's spells of failures and shows them (see the module's docstring)."""

    def __init__(
        self,
        ops: Operations,
        strip: StorageTroubleStrip,
        window: QWidget,
        button_size: Callable[[], int],
        say: Callable[[str], None],
        remind_ms: int = REMIND_MS,
        quiet_until_touched: bool = False,
    ) -> None:
        self.strip = strip
        self.window = window
        self.button_size = button_size
        self.say = say
        self.remind_ms = remind_ms
        self.oops: OopsBubble | None = None
        self._told_at: float | None = None
        # A start that puts last time's work back (on a disk still full) fails before the
        # child has done anything: "I could not keep that" would be about nothing they did.
        # The strip says it then; the child is told at their first failure after a touch.
        self._first_touch = FirstTouch(window) if quiet_until_touched else None
        self._owed = False
        ops.trouble.connect(self._trouble)
        ops.failed.connect(self._failed)

    def _trouble(self, failure: StorageFailure | None) -> None:
        if failure is None:
            self._owed = False
            self.strip.clear()
            if self.oops is not None:
                self.oops.hide()
            return
        self.strip.show_failure(failure)
        if self._first_touch is not None and not self._first_touch.touched:
            self._owed = True
            return
        now = time.monotonic()
        if self._told_at is not None and (now - self._told_at) * 1000 < self.remind_ms:
            return  # told a moment ago: the strip's picture stays as the sign
        self._told_at = now
        self._tell()

    def _failed(self, failure: StorageFailure) -> None:
        """A child's tap that could not be done, in a spell already told: told again (the
        strip alone does not answer the tap). The first of a spell is `_trouble`'s; one
        that began before the child touched anything is told at their first after it."""
        if self._first_touch is not None and not self._first_touch.touched:
            return  # the app's own stores at the start: nothing the child did
        if self._owed:
            self._owed = False
            self._told_at = time.monotonic()
            self._tell()
            return
        if failure.background or self.strip.failure is None or failure is self.strip.failure:
            return
        if self.oops is None or not self.oops.isVisible():
            self._tell()

    def _tell(self) -> None:
        if self.oops is None:
            from nook.ui.editor.oops import OopsBubble

            # The shelf's size, not a read: the library may be what is failing.
            self.oops = OopsBubble(self.button_size(), self.window)
            self.oops.setObjectName("storageOops")
        self.say(self.oops.show_reason("not_stored"))
