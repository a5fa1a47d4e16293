"""A piece has at most 1,000 pages, in the editor as in a backpack (issue 9: every limit
the same in the editor, the backpack and the library). The editor added pages without
end, and a piece past 1,000 pages could then be packed into no backpack any Writing Nook
opens. At the limit, "New page", "Copy this page" and "Add a thing" are off; taking a
page out turns them on again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nook.core.library import Library
from nook.core.models import MAX_PAGES_PER_PIECE


def fill(library: Library, piece_id: str, role: str, pages: int) -> None:
    """Pages stored in one statement (added one by one through the editor it takes minutes)."""
    have = len(library.pages(piece_id))
    with library.transaction():
        library.db.conn.executemany(
            "INSERT INTO pages (id, piece_id, position, role, words, picture, extras, updated) "
            "VALUES (?, ?, ?, ?, 'more', '{}', '{}', 'x')",
            [(f"{piece_id}-{n}", piece_id, have + n + 1, role) for n in range(pages - have)],
        )
    assert len(library.pages(piece_id)) == pages


def test_a_book_stops_at_the_most_pages_a_piece_may_have(library: Library, writer, open_piece, qtbot) -> None:
    book = library.new_piece(writer.id, "book")
    fill(library, book.id, "page", MAX_PAGES_PER_PIECE - 1)
    screen = open_piece(book.id)
    part = screen.part
    screen.go_to(1)
    assert part.add_page_button.isEnabled()
    qtbot.mouseClick(part.add_page_button, Qt.MouseButton.LeftButton)  # the thousandth
    assert len(library.pages(book.id)) == MAX_PAGES_PER_PIECE
    assert not part.add_page_button.isEnabled() and not part.duplicate_button.isEnabled()
    screen.ops.add_page()  # asked all the same (a key, a test): nothing more
    screen.ops.duplicate_page()
    assert len(library.pages(book.id)) == MAX_PAGES_PER_PIECE
    qtbot.mouseClick(part.remove_page_button, Qt.MouseButton.LeftButton)
    assert part.add_page_button.isEnabled() and part.duplicate_button.isEnabled()


# A thousand rows took the editor about 30 s to lay out (at load ~10 on 2 cores); a list
# now builds only the rows in sight (test_long_list.py), so this is a quick test again.
def test_a_list_stops_at_the_most_items_a_piece_may_have(library: Library, writer, open_piece, qtbot) -> None:
    shopping = library.new_piece(writer.id, "list")
    fill(library, shopping.id, "item", MAX_PAGES_PER_PIECE)
    screen = open_piece(shopping.id)
    assert not screen.part._add_button.isEnabled()
    screen.ops.add_item()
    assert len(library.pages(shopping.id)) == MAX_PAGES_PER_PIECE
