"""A busy child: hundreds of random taps, drags, keys, undos and redos on every kind of
piece. Nothing may crash, and what was on screen must come back after reopening."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QToolButton

from nook.core.models import KINDS
from nook.render import draw_page
from tests.ui.editor.conftest import drag

LEFT = Qt.MouseButton.LeftButton
# Controls that leave the editor or open a grown-up's file dialog.
SKIP = {"backToShelf", "showTime", "addPhoto"}
WORDS = ["cat", "dog ", "I like ", "ñ", "the end. ", "\n", "zzz"]


def visible_buttons(screen) -> list[QToolButton]:
    return [
        b
        for b in screen.findChildren(QToolButton)
        if b.isVisibleTo(screen) and b.isEnabled() and b.objectName() not in SKIP and b.objectName()
    ]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", [1, 2])
def test_a_busy_child_cannot_break_the_editor(qtbot, library, writer, open_piece, kind, seed):
    rng = random.Random(seed * 100 + KINDS.index(kind))
    piece = library.new_piece(writer.id, kind)
    screen = open_piece(piece.id)
    for _ in range(120):
        action = rng.random()
        view = screen.current_view
        if action < 0.45:
            buttons = visible_buttons(screen)
            qtbot.mouseClick(rng.choice(buttons), LEFT)
        elif action < 0.75 and view is not None:
            area = view.layout_spec.picture
            points = [
                (rng.uniform(area.left(), area.right()), rng.uniform(area.top(), area.bottom()))
                for _ in range(rng.randint(1, 5))
            ]
            drag(qtbot, view, points)
        elif action < 0.9 and view is not None and view.edits:
            edit = rng.choice(list(view.edits.values()))
            edit.setFocus()
            text = rng.choice(WORDS)
            if text == "\n":
                qtbot.keyClick(edit, Qt.Key.Key_Return)
            elif text.isascii():
                qtbot.keyClicks(edit, text)
            else:
                edit.insertPlainText(text)
        elif action < 0.95:
            screen.undo()
        else:
            screen.redo()
    size = QSize(320, 240)
    shown = [draw_page(library, s.as_page(i), size) for i, s in enumerate(screen.states)]
    words = [(s.words, s.extras) for s in screen.states]
    screen.close_piece()
    screen.hide()
    again = open_piece(piece.id)
    assert [(s.words, s.extras) for s in again.states] == words
    assert [draw_page(library, p, size) for p in library.pages(piece.id)] == shown
