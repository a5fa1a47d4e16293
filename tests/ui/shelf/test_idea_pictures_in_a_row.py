"""The idea cards in a row show their pictures the same size. A card with three lines of
words had a smaller picture than its neighbours with two (the lightbulb beside the
dragon, under Xvfb at 1024x600), so a row looked ragged and its words started at
different heights."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.shelf.idea_cards import IdeasPanel


@pytest.mark.parametrize("size", (48, 64, 96))
@pytest.mark.parametrize("language", ("en", "es"))
def test_the_pictures_in_a_row_of_idea_cards_are_one_size(
    qtbot, nook_app, library: Library, size: int, language: str
) -> None:
    panel = IdeasPanel(library, None, SilentVoice(word_ms=5), size)
    panel.set_language(language)
    qtbot.addWidget(panel)
    panel.resize(1024, 520)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    rows: dict[int, list[int]] = {}
    for card in panel.cards:
        if card.isVisible():
            rows.setdefault(card.y(), []).append(card.parts()[0])
    assert len(rows) > 1
    ragged = {y: sides for y, sides in rows.items() if len(set(sides)) > 1}
    assert ragged == {}
    for card in panel.cards:  # and the words still fit under it (test_idea_card_words_whole)
        side, room, _font = card.parts()
        assert room.top() >= 14 + side
