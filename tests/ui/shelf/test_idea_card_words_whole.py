"""An idea card's words are seen whole, every line and its tails, in English and Spanish
at 48, 96 and 192 px: at 48 px three lines of 12 px letters needed 58 px and had 55 under
the picture, so the last line lost its tails ("Haz un libro que enseñe cómo hacer alao",
"un amigo o una amiaa", "miedo v fuiste"; seen under Xvfb)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QFontMetrics

from nook.core import ideas
from nook.core.library import Library
from nook.ui.shelf.idea_cards import WORDS_FLAGS, WORDS_LEAST, IdeaCardButton


@pytest.mark.parametrize("size", (48, 96, 192))
@pytest.mark.parametrize("language", ("en", "es"))
def test_every_idea_cards_words_fit_under_its_picture(qtbot, nook_app, library: Library, size: int, language: str):
    cards = ideas.cards(library)
    assert len(cards) > 10
    for card in cards:
        words = ideas.words_in(card, language)
        button = IdeaCardButton(replace(card, text=words), size)
        qtbot.addWidget(button)
        side, room, font = button.parts()
        drawn = QFontMetrics(font).boundingRect(room, WORDS_FLAGS, words)
        where = f"{words!r} at {size} px: {drawn.getRect()} in {room.getRect()}, {font.pixelSize()} px letters"
        assert room.contains(drawn), where  # drawText cuts what leaves its room
        assert room.top() >= 14 + side, where  # under the picture
        assert button.rect().adjusted(7, 7, -7, -7).contains(room), where  # inside the card's border
        assert font.pixelSize() >= WORDS_LEAST, where
        assert side >= int(button.width() * 0.35), where  # and its picture a big one still
