""" "Bigger letters" on a list makes the whole list's words bigger. Seen on the walk (Xvfb,
96 px): a child tapped A+ on their list and only the row they were on grew; the name
and the other things stayed small, and a thing added after stayed small too. A list is
one thing to a child: its name, every thing on it and the next one added grow together,
and one undo takes it all back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from nook.core.library import Library


def test_bigger_letters_on_a_list_is_the_whole_list(qtbot, open_piece, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "list")
    name, first = library.pages(piece.id)
    library.update_page(name.id, words="my pets")
    library.update_page(first.id, words="dog")
    library.add_page(piece.id, role="item", words="cat", extras={"ticked": False})
    screen = open_piece(piece.id)
    screen.go_to(2)  # the child is on "cat"
    sizes = [view.edits["words"].font().pixelSize() for view in screen.views]
    qtbot.mouseClick(screen.bigger_button, Qt.MouseButton.LeftButton)
    grown = [view.edits["words"].font().pixelSize() for view in screen.views]
    assert all(after > before for before, after in zip(sizes, grown, strict=True)), (sizes, grown)
    screen.flush()
    stored = [page.extras.get("text_size") for page in library.pages(piece.id)]
    assert len(set(stored)) == 1 and stored[0] is not None
    qtbot.mouseClick(screen.findChild(QWidget, "addItem"), Qt.MouseButton.LeftButton)
    assert screen.views[-1].state.extras.get("text_size") == stored[0]  # the next thing too
    screen.undo()  # the new thing
    screen.undo()  # the bigger letters, all at once
    assert [view.edits["words"].font().pixelSize() for view in screen.views] == sizes
