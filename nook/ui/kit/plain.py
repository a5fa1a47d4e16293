"""Plain text, always: whatever a user or a file supplies (a writer's name, a title, a
file name, a word-wall word) is shown as the letters typed, never read as markup.

Qt reads a QLabel's text, a tool tip and a message box's text as rich text when they
merely *look* like HTML, so `<img src=/dev/zero>` as a child's name would make Qt read
/dev/zero. Every label is a `PlainLabel`, every tool tip goes through `plain_tip`, and a
message box through `plain_message`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class PlainLabel(QLabel):
    """A QLabel that never interprets its text as markup."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)


def wrapped_in_its_room(label: QLabel) -> QLabel:
    """`label` wraps its lines to the width its layout has, whatever words it holds: a
    word longer than that (a 60-letter name, a file's name with no spaces) runs past the
    label's edge and is cut there, instead of widening the label, and with it the page,
    past the screen (a page that scrolls only up and down cannot be followed there)."""
    label.setWordWrap(True)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    return label


class ElidedLabel(PlainLabel):
    """One line of plain text that gives way: where the room is too short it shows the
    start and "…" rather than pushing the controls beside it off the screen. The whole
    text is its accessible name, so the talking buttons still say all of it."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        self.setAccessibleName(text)
        self.setToolTip(plain_tip(text))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("W…") * 2), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        painter = QPainter(self)
        if not self.isEnabled():  # (the style greys it out its own way)
            self.style().drawItemText(painter, room, int(self.alignment()), self.palette(), False, shown)
            return
        # As the style draws it, without asking for the style: its Python type is made on
        # first use, ~600 enum members (~5 ms of the start, the writer's name on the shelf).
        painter.setPen(QPen(self.palette().brush(QPalette.ColorRole.WindowText), painter.pen().widthF()))
        painter.drawText(room, int(self.alignment()), shown)


# What html.escape replaces (in one pass, as it does: "&" first): the html module and
# its table of entities are not imported for it before the first paint (~1.5 ms).
_ESCAPED = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def plain_tip(text: str) -> str:
    """A tool tip that shows `text` letter for letter (tool tips have no plain-text
    switch: escaped inside a paragraph, markup in it is shown, not obeyed)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + text.translate(_ESCAPED) + "</p>"


def plain_message(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A grown-up's message box whose text (which may name a file) is plain text."""
    from PySide6.QtWidgets import QMessageBox  # (made with its enums when first named)

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
