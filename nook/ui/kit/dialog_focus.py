"""The keyboard goes back where it was when a dialog closes.

A file dialog (a backpack to open, where a class book goes) takes the keyboard while it is
open. When it closed, the window it came from was not made active again where no window
manager does it (a kiosk, a netbook's bare session: the dialog stood in the corner of the
screen), so nothing had the keyboard and the next key reached the first control, the
grown-up corner's "leave", not the control that opened the dialog. Every modal dialog
the app shows (Qt's own file dialogs too) now hands the keyboard back to the control
that had it as it opened, and its window is made active again.

It listens only to the application's focus changes (a few a second at most), not to
every event.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

WATCHED = "nookOpenerKept"


class DialogFocus(QObject):
    """Remembers the control a modal dialog took the keyboard from; gives it back."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._moved)

    def _moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None:
            return
        # Where the dialog takes the keyboard, it goes to one of its controls; where the
        # platform does not give it one, the keyboard only leaves the window.
        dialog = new.window() if new is not None else QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isModal() or old.window() is dialog:
            return
        if dialog.property(WATCHED):
            return  # (the keyboard moving inside it, or back to it)
        dialog.setProperty(WATCHED, True)
        dialog.finished.connect(lambda _result: self._give_back(dialog, old))

    def _give_back(self, dialog: QDialog, opener: QWidget) -> None:
        if shiboken6.isValid(dialog):
            dialog.setProperty(WATCHED, False)  # (a dialog kept and shown again: its opener then)
        if not shiboken6.isValid(opener) or not opener.isVisible() or not opener.isEnabled():
            return
        window = opener.window()
        if not window.isActiveWindow():
            window.activateWindow()
        opener.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def keep_focus_over_dialogs(app: QApplication) -> DialogFocus:
    """Once per application: the keyboard returns to a dialog's opener when it closes."""
    # (Not app.findChild: asked for a Python class it makes PySide build QStyle, ~600
    # enum members, before the first screen is ready.)
    global _kept
    if _kept is None or not shiboken6.isValid(_kept) or _kept.parent() is not app:
        _kept = DialogFocus(app)
    return _kept


_kept: DialogFocus | None = None
