"""A keyboard placed by a screen, not moved there by the person: its keys press nothing.

A screen puts the keyboard on the control where a child starts (New book on the shelf),
so a screen reader says where they are. But a child banging the keyboard then made a
new book with Space. So on a control the screen placed the keyboard on, the keys that
press a button (Space, Enter, Select) do nothing until the person moves the keyboard
themselves (Tab, Shift+Tab: away and back is enough). The keyboard stays where it was
placed, and a tap still works. A screen-reader user hears "New book" on arrival; the
first key that reaches a button is a move (Tab), and from then on Space presses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

PRESSING_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)
# The window coming and going (another program, a popup) is not the person moving the keyboard.
NOT_MOVED = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)


class PlacedFocus(QObject):
    """Puts the keyboard on a control for its screen (`place`), where pressing keys do
    nothing until the person moves it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.placed: QWidget | None = None

    def place(self, widget: QWidget) -> None:
        """Give `widget` the keyboard, as the screen's choice (not the person's)."""
        self._release()
        self.placed = widget
        widget.installEventFilter(self)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _release(self) -> None:
        if self.placed is not None:
            self.placed.removeEventFilter(self)
            self.placed = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is not self.placed:
            return False
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and isinstance(event, QKeyEvent):
            if event.key() in PRESSING_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return True  # a stray key: it presses nothing here
        elif kind == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) and event.reason() not in NOT_MOVED:
            self._release()  # the person moved the keyboard: keys are theirs from now on
        return False
