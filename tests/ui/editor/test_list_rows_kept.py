"""Adding a thing to a list builds one row, not all of them again (a list of 50 rebuilt
every row at each new thing, a third of a second on the window's thread; a list of 1,000
took half a minute to open and again to grow). The rows kept still show their own words,
and their buttons still act on their own row. (A row is built when it is wanted, see
test_long_list.py: the rows built are kept, the rows not yet built are built when asked.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nook.ui.editor.kinds import ListPart


def words_on_screen(screen) -> list[str]:
    """Every row's words (the rows not built yet are built to be asked)."""
    return [screen.part.view_at(index).state.words for index in range(len(screen.states))]


def test_a_new_thing_keeps_the_rows_before_it(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "list")
    for n in range(30):
        library.add_page(piece.id, role="item", words=f"thing {n}")
    screen = open_piece(piece.id)
    part = screen.part
    assert isinstance(part, ListPart)
    before = list(screen.views)
    assert before and len(before) < len(screen.states)  # the rows in sight

    qtbot.mouseClick(part._add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert all(view in screen.views for view in before), "rows were built again"
    last = len(screen.states) - 1
    assert part.built_view(last) is not None, "the new thing's row is built"
    # The thing that was last can now move down; the new last one cannot.
    part.view_at(last - 1)
    assert part._row_buttons[last - 1][2].isEnabled() and not part._row_buttons[last][2].isEnabled()

    # The kept rows' buttons act on their own rows: move thing 29 down past the new one,
    # then thing 0 away.
    qtbot.mouseClick(part._row_buttons[last - 1][2], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert words_on_screen(screen)[-2:] == ["", "thing 29"]
    first = words_on_screen(screen).index("thing 0")  # after the title and the list's first, empty thing
    qtbot.mouseClick(part._row_buttons[first][0], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert words_on_screen(screen)[first : first + 2] == ["thing 1", "thing 2"]
    stored = [page.words for page in library.pages(piece.id)]
    assert stored == words_on_screen(screen)

    # Undo brings thing 0 back in its place, and the rows show what is stored.
    screen.undo()
    QApplication.processEvents()
    assert words_on_screen(screen)[first] == "thing 0"
    assert [page.words for page in library.pages(piece.id)] == words_on_screen(screen)
    built = sorted(part.rows.rows)
    assert [part.rows.rows[n][0].objectName() for n in built] == [f"listRow{n}" for n in built]
