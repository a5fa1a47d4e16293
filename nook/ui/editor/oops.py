"""A friendly "oops": a big picture and a few words, spoken, that never blocks the child."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from nook.core.images import REASONS
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel

MESSAGES = {
    **REASONS,
    "too_much_text": "That is a lot of words! I kept the first part.",
    "no_photos": "Ask a grown-up to add photos.",
    "no_microphone": "I can't hear a microphone. Ask a grown-up to plug one in.",
    "no_recording": "Recording is switched off. Ask a grown-up.",
    "recording_failed": "Oops, that recording did not work. Try again!",
    "not_stored": "Oops! I could not keep that just now. Ask a grown-up.",
}
SHOW_MS = 6000


class OopsBubble(QFrame):
    """Floats over the editor for a few seconds; a tap on it (or anywhere else) goes on."""

    def __init__(self, button_size: int, parent: QWidget, show_ms: int = SHOW_MS) -> None:
        super().__init__(parent)
        self.setObjectName("oopsBubble")
        self.setStyleSheet(theme.OOPS)
        self.picture = PlainLabel()
        self.picture.setObjectName("oopsPicture")
        side = max(96, button_size * 2)
        self.picture.setPixmap(icon("oops").pixmap(QSize(side, side)))
        self.message = PlainLabel()
        self.message.setObjectName("oopsMessage")
        self.message.setWordWrap(True)
        self.ok = PictureButton("ok", "OK", "oopsOk", button_size)
        self.ok.clicked.connect(self.hide)
        # A small door for the grown-up the child fetched ("ask a grown-up"): the gate
        # is behind it, never in front of the child's own tap.
        self.grown_up_button = PictureButton("lock", "For grown-ups", "oopsForGrownUps", max(48, button_size * 3 // 4))
        self.grown_up_button.clicked.connect(self._for_grown_ups)
        self.grown_up_button.hide()
        self._grown_up_action: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.picture)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.grown_up_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.ok, 0, Qt.AlignmentFlag.AlignVCenter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(show_ms)
        self._timer.timeout.connect(self.hide)
        self.reason = ""
        self.hide()

    def show_reason(self, reason: str) -> str:
        """Show the message for `reason`; returns the words (for the voice to say)."""
        self.reason = reason
        self._grown_up_action = None
        self.grown_up_button.hide()
        text = MESSAGES.get(reason, MESSAGES["unreadable"])
        self.message.setText(text)
        self.setAccessibleName(text)
        parent = self.parentWidget()
        if parent is not None:
            width = min(620, parent.width() - 40)
            self.setFixedWidth(max(300, width))
            self.adjustSize()
            self.move((parent.width() - self.width()) // 2, max(10, (parent.height() - self.height()) // 3))
        self.show()
        self.raise_()
        self._timer.start()
        return text

    def offer_grown_up(self, action: Callable[[], None]) -> None:
        """Show the grown-ups' door on the bubble shown now; `action` runs when it is tapped."""
        self._grown_up_action = action
        self.grown_up_button.show()

    def _for_grown_ups(self) -> None:
        action, self._grown_up_action = self._grown_up_action, None
        self.hide()
        if action is not None:
            action()
