"""What a control *is* to a screen reader, where a picture button plays another part.

A checkable picture button is a check box to Qt's accessibility (and so to AT-SPI and
Orca). Some of them are one choice out of a few (the shelf's filters, the page strip's
pages): a screen reader must then say "radio button, 2 of 6" and a keyboard user expect
the arrow keys to move the choice. `as_choice` marks such a button; one accessibility
factory, installed the first time, answers for every marked button.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QButtonGroup

_CHOICE = "nookChoice"
_installed = False


class _ChoiceButton(QAccessibleWidget):
    """A picture button that is one of an exclusive group: a radio button that can be pressed."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.RadioButton)
        self._button = button

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self._button.isChecked()
        return state

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt API
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt API
        if name == QAccessibleActionInterface.pressAction():
            self._button.click()
        else:
            super().doAction(name)


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QAbstractButton) and obj.property(_CHOICE):
        return _ChoiceButton(obj)
    return None


def as_choice(button: QAbstractButton) -> None:
    """Expose `button` as a radio button (its group must be exclusive: the caller's job)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    button.setProperty(_CHOICE, True)


class ChoiceGroup(QButtonGroup):
    """An exclusive group of checkable picture buttons: one choice, each a radio button to
    a screen reader. Tab stops once, at the one chosen; the arrow keys move the choice."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setExclusive(True)

    def addButton(self, button: QAbstractButton, number: int = -1) -> None:  # noqa: N802 - Qt API
        as_choice(button)
        super().addButton(button, number)
