"""The word wall on a 1024x600 netbook at 96 and 100 px buttons (100 is what 192 px
comes to there): a child sees several words at once. Seen under Xvfb: two rows of banks
over the words left them room for one card 1.75 buttons tall, alone in its row beside
the big bar ("red", nothing else)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.ui.kit.theme import SMALLEST_TARGET


def seen_whole(wall) -> list:
    """The word cards a child sees whole: in the area and not under its arrow."""
    area = wall.words_scroll
    seen = QRect(QPoint(0, 0), area.viewport().size())
    if wall.words_arrow.isVisible():
        arrow_top = wall.words_arrow.mapToGlobal(QPoint(0, 0)).y() - area.viewport().mapToGlobal(QPoint(0, 0)).y()
        seen.setBottom(min(seen.bottom(), arrow_top - 1))
    return [b for b in wall.word_buttons if seen.contains(QRect(b.mapTo(area.viewport(), QPoint(0, 0)), b.size()))]


@pytest.mark.parametrize(("size", "language"), [(96, "en"), (100, "en"), (96, "es"), (100, "es")])
def test_a_netbook_word_wall_shows_short_words_side_by_side(
    qtbot, library: Library, writer, open_piece, size: int, language: str
) -> None:
    # Spanish: "naranja" (3 px too wide at two-thirds of its letters) stood alone, and a
    # Spanish child saw two colours at a time: "rojo", "naranja".
    library.set_setting("language", language, writer.id)
    screen = open_piece(library.new_piece(writer.id, "book").id, size=size)
    screen.resize(1024, 600)
    screen.toggle_word_wall()
    for _ in range(3):
        QApplication.processEvents()
    wall = screen.word_wall
    cards = seen_whole(wall)
    words = [card.word.word for card in cards]
    assert len(cards) >= 4, words
    assert len({card.y() for card in cards}) < len(cards), f"one word to a row: {words}"
    assert all(card.width() >= size and card.height() >= size for card in cards)  # big targets
    # The banks are still there to change to, with a way on to the others.
    assert any(bank.visibleRegion().boundingRect().size() == bank.size() for bank in wall.bank_buttons.values())
    assert wall.banks_scroll.verticalScrollBar().width() >= SMALLEST_TARGET
