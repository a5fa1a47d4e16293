"""A child who never pauses still has their work stored within a second."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer

from nook.core.library import Library


def test_words_are_stored_while_the_child_keeps_typing(qtbot, library, writer, open_piece, data_dir) -> None:
    piece = library.new_piece(writer.id, "sign")
    screen = open_piece(piece.id)
    edit = screen.current_view.edits["words"]
    edit.setFocus()
    reader = Library.open(data_dir)  # another connection sees only what was committed
    stored_while_typing = []
    clock = QElapsedTimer()
    clock.start()
    try:
        for letter in "i love my grandma so much":  # a key every 150 ms, never a pause
            qtbot.keyClicks(edit, letter)
            qtbot.wait(150)
            stored_while_typing.append(reader.pages(piece.id)[0].words)
        assert clock.elapsed() > 3000
        # Stored as the child typed, never more than about a second behind.
        assert stored_while_typing[8], "nothing stored after 8 keys over 1.2 s of typing"
        assert len(stored_while_typing[-1]) >= len("i love my grandma so much") - 8
    finally:
        reader.close()
