"""The grown-up pages' lists (writers, idea cards, word banks) and writer choice boxes:
rows of a label and an id (and a picture), filled again after every change with the row
chosen before chosen again."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole


def chosen_id(widget: QListWidget) -> str | None:
    """The id of the row chosen in `widget` (None when none is)."""
    item = widget.currentItem()
    return item.data(ID_ROLE) if item else None


def refill(widget: QListWidget, rows: Iterable[tuple[QIcon, str, str]], *, first_if_none: bool = False) -> None:
    """Put `rows` (picture, label, id) in `widget`, choosing again the row chosen before
    (or, with `first_if_none`, the first when that one is gone). The refill is not a
    choice the grown-up made, so the list says nothing while it happens."""
    current = chosen_id(widget)
    widget.blockSignals(True)
    widget.clear()
    for picture, label, row_id in rows:
        item = QListWidgetItem(picture, label)
        item.setData(ID_ROLE, row_id)
        widget.addItem(item)
        if row_id == current:
            widget.setCurrentItem(item)
    if first_if_none and widget.currentItem() is None and widget.count():
        widget.setCurrentRow(0)
    widget.blockSignals(False)


def refill_choice(combo: QComboBox, rows: Iterable[tuple[str, str] | tuple[QIcon, str, str]]) -> None:
    """Put `rows` (label, id; or picture, label, id) in a choice box, keeping the one
    chosen before (or the first), without the refill announcing itself as a new choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for row in rows:
        if len(row) == 3:
            combo.addItem(row[0], row[1], row[2])
        else:
            combo.addItem(row[0], row[1])
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
