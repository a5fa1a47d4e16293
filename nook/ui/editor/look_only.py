"""A piece in a library that cannot be changed here is for looking and reading only.

Chosen over letting the child type into a recovery file: a read-only library is known
when it opens and may stay so for good (a write-protected share, an immutable file, a
library from a newer Writing Nook), so work typed there would live only in a side file
the child cannot see on another computer. Better that the page does not look typeable:
the words show no cursor and take no keys, the picture takes no strokes, the buttons
that change things rest, and a lock sits in the top bar. A child who taps the page or
types anyway sees and hears, gently, that this one is for looking (at most once every
`remind_ms`). Reading aloud, turning pages, show time and the way back all still work.

A library that becomes unwritable while a piece is open is a storage failure like a
full disk instead: the edits are held and kept (see nook.ui.storage_trouble).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from nook.i18n import translate
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel

# The buttons that only look, read or leave: they stay.
LOOKING = {
    "backToShelf",
    "readAloud",
    "stopReading",
    "showTime",
    "previousPage",
    "nextPage",
    "oopsOk",
    "playRecordingButton",
}
REMIND_MS = 8000
_TOUCHES = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TabletPress}


def _typing(event: QEvent) -> bool:
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    return bool(event.text().strip()) or event.key() in (
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Space,
    )


class LookOnly(QObject):
    """Makes a piece screen look-only; `attach` each page view as it is made."""

    def __init__(self, screen: QWidget, tell: Callable[[str], None], remind_ms: int = REMIND_MS) -> None:
        super().__init__(screen)
        self.screen = screen
        self.tell = tell  # shows the oops bubble with these words and says them
        self.remind_ms = remind_ms
        self._told_at: float | None = None
        self.sign = PlainLabel()
        self.sign.setObjectName("lookOnlySign")
        self.sign.setPixmap(icon("lock").pixmap(QSize(40, 40)))
        self.retranslate()

    def retranslate(self) -> None:
        phrase = translate("Editor", "Look only")
        self.sign.setAccessibleName(phrase)
        self.sign.setToolTip(phrase)

    def attach(self, view: QWidget) -> None:
        """A page view: its picture and words take no changes, and say so when touched."""
        view.installEventFilter(self)
        for edit in getattr(view, "edits", {}).values():
            edit.setReadOnly(True)
            edit.installEventFilter(self)

    def rest_buttons(self) -> None:
        """Every button that would change the piece rests (again after the screen's own syncing)."""
        for button in self.screen.findChildren(QAbstractButton):
            name = button.objectName()
            if name not in LOOKING and not name.startswith("pageThumb"):
                button.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _TOUCHES:
            if not hasattr(watched, "edits"):
                return False  # a tap on the words: a word is read aloud, nothing changes
            self.remind()  # a tap on the picture: nothing is drawn
            return True
        if _typing(event):
            self.remind()
            return True
        return False

    def remind(self) -> None:
        now = time.monotonic()
        if self._told_at is None or (now - self._told_at) * 1000 >= self.remind_ms:
            self._told_at = now
            self.tell(translate("Editor", "This one is for looking and reading. Ask a grown-up to help you write."))
