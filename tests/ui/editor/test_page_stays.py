"""The page keeps its size and place under the child's finger whatever opens beside it:
the sticker box, the word wall, the colours of the words (issue 14, item 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtWidgets import QApplication

from nook.ui.editor import PieceScreen


def where_the_page_is(screen: PieceScreen) -> tuple[QRect, QRectF]:
    QApplication.processEvents()
    view = screen.current_view
    assert view is not None
    return QRect(view.mapTo(screen, QPoint(0, 0)), view.size()), QRectF(view.page_rect)


@pytest.mark.parametrize("size", [64, 96])
def test_the_page_stays_put_when_the_side_panel_changes(qtbot, library, writer, open_piece, size: int) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id, size=size)
    before = where_the_page_is(screen)
    moves = []
    for what, open_it in (
        ("the sticker box", lambda: screen.tools.set(tool="sticker")),
        ("the word wall", screen.toggle_word_wall),
        ("the word wall put away", screen.toggle_word_wall),
        ("the paint brush's colours", lambda: screen.tools.set(tool="brush")),
        ("the words' colours", screen.words.choose_words_colour),
    ):
        open_it()
        now = where_the_page_is(screen)
        if now != before:
            moves.append(f"{what}: {before} -> {now}")
    assert moves == []
