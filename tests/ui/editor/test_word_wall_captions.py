"""The word wall of a Spanish writer at 48, 96 and 192 px buttons on a 1024x600 screen:
every bank's name and every word under its picture seen whole (at 48 px "Family"'s y lost
its tail, a card 1.75 buttons tall was 4 px short of a line of its letters, and a bank
narrower than "Emociones" showed "Emo…nes")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from nook.core import word_wall
from nook.core.library import Library
from nook.ui.kit import fit
from tests.ui.caption_ink import assert_whole, only_words_inked

SCREEN = QRect(0, 0, 1024, 600)


@pytest.mark.parametrize("size", (48, 96, 192))
@pytest.mark.parametrize("language", ("en", "es"))
def test_every_bank_and_word_on_the_wall_is_seen_whole(library: Library, open_piece, size: int, language: str) -> None:
    writer = library.add_writer("Sofía", "fox", language=language)
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id, size=fit.button_size_within(size, SCREEN))
    screen.resize(SCREEN.size())
    screen.toggle_word_wall()
    wall = screen.word_wall
    banks = word_wall.banks_for_language(library, language)
    assert [wall.bank_buttons[bank.id].accessibleName() for bank in banks] == [bank.name for bank in banks]
    for bank in banks:
        wall.show_bank(bank.id)
        for card in wall.word_buttons:
            only_words_inked(card)
            assert_whole(card, card.word.word)
    for bank in banks:
        button = wall.bank_buttons[bank.id]
        only_words_inked(button)
        assert_whole(button, bank.name)


def test_two_rows_of_banks_are_seen_at_48_px(qtbot, library: Library, open_piece) -> None:
    """The banks' strip is two banks tall: a scroll area asks for the size its content
    had when it was first laid out, and at 48 px the strip kept a row and a bit of it, the
    second bank behind the words (seen after the banks' least height changed)."""
    writer = library.add_writer("Peggy", "fox")
    screen = open_piece(library.new_piece(writer.id, "book").id, size=48)
    screen.resize(SCREEN.size())
    screen.toggle_word_wall()
    wall = screen.word_wall

    def seen_whole(bank: QWidget) -> bool:
        place = QRect(bank.mapTo(wall.banks_scroll.viewport(), QPoint(0, 0)), bank.size())
        return wall.banks_scroll.viewport().rect().contains(place)

    first, second = list(wall.bank_buttons.values())[:2]
    qtbot.waitUntil(lambda: seen_whole(first) and seen_whole(second))
