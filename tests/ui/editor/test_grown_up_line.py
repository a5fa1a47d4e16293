"""A grown-up line: drawn under the child's words, never in place of them."""

from __future__ import annotations

from PySide6.QtCore import QSize

from nook.render import draw_page


def test_a_grown_up_line_sits_under_the_childs_words(library, writer, nook_app, qtbot, open_piece):
    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[1]
    library.update_page(page.id, words="I lik mi dog", extras={"grown_up_line": "I like my dog"})
    image = draw_page(library, library.page(page.id), QSize(800, 600))
    # Grey letters in the bottom part of the words area, the child's words above.
    greys = [image.pixelColor(x, y) for x in range(30, 770) for y in range(540, 590)]
    assert any(c.red() == c.green() == c.blue() and c.red() < 200 for c in greys)
    screen = open_piece(piece.id)
    screen.go_to(1)
    edit = screen.current_view.edits["words"]
    assert edit.toPlainText() == "I lik mi dog"  # the child's words stay the child's
    assert screen.current_view.layout_spec.grown_up is not None
