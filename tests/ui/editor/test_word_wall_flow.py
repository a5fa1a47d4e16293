"""The word wall beside the page flows its words: short words stand side by side when
they fit (at 96 px each word had a row of its own, a long scroll for a child), and no
word is cut by the panel's edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from nook.core import word_wall
from nook.core.library import Library


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("size", [64, 96])
def test_short_words_with_pictures_share_rows(qtbot, library: Library, writer, open_piece, size: int) -> None:
    """Words with their pictures (a card is a picture over its word): two short ones to a row."""
    bank = word_wall.add_bank(library, "Animals", "fox")
    for word in ("cat", "dog", "fox", "owl"):
        word_wall.add_word(library, bank.id, word, word)
    screen = open_piece(library.new_piece(writer.id, "book").id, size=size)
    screen.toggle_word_wall()
    screen.word_wall.show_bank(bank.id)
    _settle()
    buttons = screen.word_wall.word_buttons
    assert all(not button.icon().isNull() and button.width() >= size for button in buttons)
    rows: dict[int, list[str]] = {}
    for button in buttons:
        rows.setdefault(button.y(), []).append(button.word.word)
    assert list(rows.values()) == [["cat", "dog"], ["fox", "owl"]]


@pytest.mark.parametrize("size", [64, 96])
def test_short_words_stand_side_by_side(qtbot, library: Library, writer, open_piece, size: int) -> None:
    bank = word_wall.add_bank(library, "Pets", "")
    for word in ("cat", "dog", "hen", "pig"):
        word_wall.add_word(library, bank.id, word, "")
    screen = open_piece(library.new_piece(writer.id, "book").id, size=size)
    screen.toggle_word_wall()
    panel = screen.word_wall
    panel.show_bank(bank.id)
    _settle()
    buttons = panel.word_buttons
    assert [b.word.word for b in buttons] == ["cat", "dog", "hen", "pig"]
    rows = sorted({b.y() for b in buttons})
    assert len(rows) <= 2, f"{len(buttons)} short words on {len(rows)} rows"
    viewport = panel.words_scroll.viewport()
    seen = viewport.rect()
    for button in buttons:
        rect = QRect(button.mapTo(viewport, QPoint(0, 0)), button.size())
        assert rect.left() >= seen.left() and rect.right() <= seen.right(), f"{button.text()} {rect} is cut"
        assert button.width() >= size and button.height() >= size  # never below the chosen size
