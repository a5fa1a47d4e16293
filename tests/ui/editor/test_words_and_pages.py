"""Typing, pasting, undo/redo, pages, and what is stored."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence

from nook.core import picture as pic
from nook.ui.editor.words_edit import MAX_PASTE
from tests.ui.editor.conftest import drag

LEFT = Qt.MouseButton.LeftButton


def test_typed_words_are_stored_within_a_second_with_any_unicode(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    edit = screen.current_view.edits["words"]
    qtbot.mouseClick(edit.viewport(), LEFT)
    qtbot.keyClicks(edit, "My dog")
    edit.insertPlainText(" ñandú café 🐶")
    cover = screen.states[0]
    qtbot.waitUntil(lambda: library.page(cover.id).words == "My dog ñandú café 🐶", timeout=1000)
    assert library.piece(piece.id).title == "My dog ñandú café 🐶"


def test_words_are_stored_on_page_turn_and_on_close(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    qtbot.keyClicks(screen.current_view.edits["words"], "Title")
    screen.go_to(1)
    assert library.pages(piece.id)[0].words == "Title"
    qtbot.keyClicks(screen.current_view.edits["words"], "Once upon a time")
    with qtbot.waitSignal(screen.closed):
        qtbot.mouseClick(screen.back_button, LEFT)
    assert library.pages(piece.id)[1].words == "Once upon a time"


def test_undo_and_redo_reach_back_more_than_fifty_steps(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    for n in range(60):
        drag(qtbot, view, [(100 + n * 20, 100), (100 + n * 20, 300)])
    qtbot.keyClicks(view.edits["words"], "a b")
    assert len(view.state.items) == 60
    for _ in range(61):
        qtbot.mouseClick(screen.undo_button, LEFT)
    assert view.state.items == [] and view.state.words == ""
    for _ in range(61):
        screen.redo()
    assert len(view.state.items) == 60 and view.edits["words"].toPlainText() == "a b"
    screen.flush()
    assert len(pic.items_of(library.pages(piece.id)[1].picture)) == 60


def test_ctrl_z_in_the_words_undoes_typing_a_word_at_a_time(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    edit = screen.current_view.edits["words"]
    qtbot.keyClicks(edit, "cat")
    screen.undo_stack.seal()
    qtbot.keyClicks(edit, " hat")
    qtbot.keySequence(edit, QKeySequence.StandardKey.Undo)
    assert edit.toPlainText() == "cat"
    qtbot.keySequence(edit, QKeySequence.StandardKey.Undo)
    assert edit.toPlainText() == ""
    screen.redo()
    assert edit.toPlainText() == "cat"


def test_a_huge_paste_is_plain_trimmed_and_explained(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    edit = screen.current_view.edits["words"]
    data = QMimeData()
    data.setHtml("<b>bold</b>")
    data.setText("word " * 200_000)  # a million characters
    edit.insertFromMimeData(data)
    assert len(edit.toPlainText()) == MAX_PASTE
    assert "<b>" not in edit.toPlainText()
    assert screen.oops_bubble.isVisible() and screen.oops_bubble.reason == "too_much_text"
    screen.flush()
    assert len(library.pages(piece.id)[0].words) == MAX_PASTE


def test_pages_are_added_copied_moved_removed_and_undone(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    qtbot.keyClicks(screen.current_view.edits["words"], "one")
    qtbot.mouseClick(screen.part.add_page_button, LEFT)
    assert screen.index == 2 and len(screen.states) == 3
    qtbot.keyClicks(screen.current_view.edits["words"], "two")
    qtbot.mouseClick(screen.part.duplicate_button, LEFT)
    assert [s.words for s in screen.states] == ["", "one", "two", "two"]
    qtbot.mouseClick(screen.part.move_left_button, LEFT)
    qtbot.mouseClick(screen.part.move_left_button, LEFT)
    assert screen.index == 1
    screen.go_to(2)
    qtbot.mouseClick(screen.part.remove_page_button, LEFT)
    assert [p.words for p in library.pages(piece.id)] == ["", "two", "two"]
    screen.undo()
    assert [p.words for p in library.pages(piece.id)] == ["", "two", "one", "two"]
    screen.undo()
    screen.undo()
    assert [p.words for p in library.pages(piece.id)] == ["", "one", "two", "two"]
    # The thumbnails follow, each a picture with a name.
    assert len(screen.strip.thumbs) == 4
    # The first page after the cover is "Page 1", as a child counts the pages.
    names = [t.accessibleName() for t in screen.strip.thumbs]
    assert names == ["The cover", "Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]
    qtbot.mouseClick(screen.strip.thumbs[3], LEFT)
    assert screen.index == 3


def test_the_cover_cannot_be_removed_or_moved(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    assert not screen.part.remove_page_button.isEnabled()
    screen.ops.remove_page()
    screen.ops.move_page(1)
    assert [p.role for p in library.pages(piece.id)] == ["cover", "page"]


def test_page_keys_turn_pages(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.activateWindow()
    qtbot.waitActive(screen)
    edit = screen.current_view.edits["words"]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_PageDown)
    assert screen.index == 1
    qtbot.keyClick(screen.current_view, Qt.Key.Key_PageUp)
    assert screen.index == 0


def test_text_size_buttons_change_the_page_and_undo(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    edit = screen.current_view.edits["words"]
    qtbot.keyClicks(edit, "Hi")
    before = edit.font().pixelSize()
    qtbot.mouseClick(screen.bigger_button, LEFT)
    assert edit.font().pixelSize() > before
    screen.undo()
    assert edit.font().pixelSize() == before


def test_finished_marks_the_piece_and_it_stays_editable(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    qtbot.mouseClick(screen.finished_button, LEFT)
    assert library.piece(piece.id).finished
    qtbot.keyClicks(screen.current_view.edits["words"], "More")
    screen.flush()
    assert library.pages(piece.id)[0].words == "More"


def test_show_time_is_asked_for_with_the_piece(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    with qtbot.waitSignal(screen.show_time_wanted) as blocker:
        qtbot.mouseClick(screen.show_time_button, LEFT)
    assert blocker.args == [piece.id]


def test_every_control_is_a_named_picture_at_least_button_size(qtbot, library, writer, open_piece):
    from PySide6.QtWidgets import QToolButton

    for kind in ("book", "list", "sign", "letter"):
        piece = library.new_piece(writer.id, kind)
        screen = open_piece(piece.id)
        buttons = [b for b in screen.findChildren(QToolButton) if b.isVisibleTo(screen)]
        assert len(buttons) > 30
        for button in buttons:
            assert button.objectName(), button
            assert button.accessibleName(), button.objectName()
            assert not button.icon().isNull(), button.objectName()
            assert button.width() >= 64 and button.height() >= 64, button.objectName()
        screen.close_piece()


def test_a_bigger_button_size_makes_every_control_bigger(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id, size=96)
    assert screen.undo_button.width() == 96
    assert screen.tool_panel.buttons["brush"].width() == 96
    assert screen.colour_panel.buttons["#1b1b1b"].height() == 96


def test_a_failed_store_keeps_the_changes_and_tries_again(qtbot, library, writer, open_piece, monkeypatch, app_log):
    import sqlite3

    app_log.expect("could not store PieceModel._store_pages")
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    qtbot.keyClicks(screen.current_view.edits["words"], "Hi")

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(library, "update_page", locked)
    with qtbot.captureExceptions():
        screen.flush()
    assert screen.states[0].dirty == {"words"}
    assert screen.piece.store_pending()
    monkeypatch.undo()
    screen.flush()
    assert library.pages(piece.id)[0].words == "Hi"


def test_arrows_turn_pages(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    assert not screen.previous_button.isEnabled()
    qtbot.mouseClick(screen.next_button, LEFT)
    assert screen.index == 1 and not screen.next_button.isEnabled()
    qtbot.mouseClick(screen.previous_button, LEFT)
    assert screen.index == 0
