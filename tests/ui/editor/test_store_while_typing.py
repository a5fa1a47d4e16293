"""A child who never pauses still has their work stored as they go.

The store is due a set time after the first unsaved change, and later keys do not push
it back: so a child typing without a break is stored again and again. Counted in stores
while the keys keep coming, not in seconds.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication

from nook.core.library import Library
from nook.speech import Voice
from nook.ui.editor import PieceScreen

SENTENCE = "i love my grandma so much "


def test_words_are_stored_while_the_child_keeps_typing(qtbot, library, writer, ops, data_dir) -> None:
    piece = library.new_piece(writer.id, "sign")
    screen = PieceScreen(library, ops, piece.id, Voice(), 64, save_delay_ms=250)
    qtbot.addWidget(screen)
    screen.resize(1100, 780)
    screen.show()
    qtbot.waitExposed(screen)
    edit = screen.current_view.edits["words"]
    edit.setFocus()
    reader = Library.open(data_dir)  # another connection sees only what was committed
    typed = ""
    stores: list[str] = []
    try:
        # Keys one after another, never a pause: after each key only what is already due
        # runs, a moment after that key. A store that each key pushed back could never be
        # due then, so it would never happen while the child types. (The delay is kept
        # well above what drawing the sign after one key can take, so that moment stays
        # short of it; checked: with the timer restarted per key, this test fails.)
        for letter in itertools.islice(itertools.cycle(SENTENCE), 3000):  # three stores take a few dozen
            qtbot.keyClicks(edit, letter)
            typed += letter
            QCoreApplication.processEvents()
            stored = reader.pages(piece.id)[0].words
            if stored and stored != (stores[-1] if stores else ""):
                stores.append(stored)
            if len(stores) == 3:
                break
        assert len(stores) == 3, f"{len(stores)} stores in {len(typed)} keys typed without a pause"
        # Each store is what had been typed by then, and each one adds to the last.
        assert all(typed.startswith(stored) for stored in stores)
        assert len(stores[0]) < len(stores[1]) < len(stores[2])
    finally:
        reader.close()
    screen.flush()
    assert library.pages(piece.id)[0].words == typed  # and nothing is lost at the end
