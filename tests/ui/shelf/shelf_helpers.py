"""Helpers for driving the shelf, the gate and the grown-up corner like a person would."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QListView, QWidget

from nook.core.library import Library
from nook.ui.grownup.gate import number_word


def write(library: Library, piece_id: str, words: str) -> None:
    """Words on a piece's first page, as typing them in the editor stores them."""
    library.update_page(library.pages(piece_id)[0].id, words=words)


def find(parent: QWidget, name: str) -> QWidget:
    widget = parent.findChild(QWidget, name)
    assert widget is not None, f"no control named {name}"
    return widget


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box: QWidget) -> None:
    """Click a check box on its box (a click beyond its words does nothing)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def tap_cover(qtbot, view: QListView, row: int) -> QModelIndex:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    return index


def answer_to(question: str) -> int:
    """What a grown-up reads in the gate's question and works out."""
    match = re.search(r"what is (\w+) times (\w+)\?", question)
    assert match, question
    words = [number_word(n) for n in range(10)]
    return words.index(match.group(1)) * words.index(match.group(2))


def answer_gate(qtbot, dialog: QWidget, answer: int | None = None) -> None:
    """Tap the number buttons and OK, as a grown-up does (the right answer unless given)."""
    question = find(dialog, "gateQuestion").text()
    value = answer_to(question) if answer is None else answer
    for digit in str(value):
        click(qtbot, find(dialog, f"gateDigit{digit}"))
    click(qtbot, find(dialog, "gateOk"))
