"""Classroom clutter: children add no writers without a grown-up."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nook.core.library import Library
from nook.speech import ForwardingVoice
from nook.ui.main_window import MainWindow


def test_in_a_classroom_a_child_cannot_add_a_writer_without_the_gate(qtbot, nook_app, library: Library, writer) -> None:
    library.set_setting("classroom_mode", True)
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    screen = window.writers_screen
    assert window.screens.currentWidget() is screen
    answers: list[bool] = []
    window.grown_up.gate = lambda parent: answers.pop(0)
    add = next(b for b in screen.writer_buttons if b.objectName() == "addWriter")

    answers.append(False)  # a child: the gate says no, "Who is writing?" stays as it was
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert screen.pages.currentIndex() == 0 and answers == []
    answers.append(True)  # the teacher
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert screen.pages.currentIndex() == 1 and answers == []
    qtbot.mouseClick(screen.avatar_buttons.buttons()[-1], Qt.MouseButton.LeftButton)
    assert len(library.writers()) == 2


def test_at_home_a_child_adds_themselves_in_two_taps(qtbot, nook_app, library: Library, writer) -> None:
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    window.show_writers()
    window.grown_up.gate = lambda parent: (_ for _ in ()).throw(AssertionError("no gate at home"))
    screen = window.writers_screen
    add = next(b for b in screen.writer_buttons if b.objectName() == "addWriter")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.avatar_buttons.buttons()[-1], Qt.MouseButton.LeftButton)
    assert len(library.writers()) == 2


def _window_on_shelf(qtbot, library: Library, writer) -> MainWindow:
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    return window


def test_a_mis_tapped_new_piece_leaves_nothing_on_the_shelf(qtbot, nook_app, library: Library, writer) -> None:
    window = _window_on_shelf(qtbot, library, writer)
    for kind in ("book", "letter"):
        qtbot.mouseClick(window.shelf_screen.new_buttons[kind], Qt.MouseButton.LeftButton)
        assert window.piece_screen is not None and len(library.pieces(writer.id)) == 1
        window.piece_screen.close_piece()  # back out at once
        assert window.piece_screen is None
        assert library.pieces(writer.id) == [] and library.pieces(writer.id, trashed=True) == []
    assert window.shelf_screen.model.rowCount() == 0


def test_an_idea_card_tapped_by_mistake_leaves_nothing(qtbot, nook_app, library: Library, writer) -> None:
    window = _window_on_shelf(qtbot, library, writer)
    card = library.ideas.cards()[0]
    window.shelf_screen.start_from_idea(card.id)
    assert window.piece_screen is not None and len(library.pieces(writer.id)) == 1
    window.piece_screen.close_piece()
    assert library.pieces(writer.id) == []


def test_a_new_piece_with_words_stays_and_an_old_empty_one_is_never_removed(
    qtbot, nook_app, library: Library, writer
) -> None:
    old = library.new_piece(writer.id, "sign")  # made before: a child's to keep, empty or not
    window = _window_on_shelf(qtbot, library, writer)
    qtbot.mouseClick(window.shelf_screen.new_buttons["book"], Qt.MouseButton.LeftButton)
    new_id = window.piece_screen.piece_id
    qtbot.keyClicks(window.piece_screen.current_view.edits["words"], "My cat")
    window.piece_screen.close_piece()
    assert {p.id for p in library.pieces(writer.id)} == {old.id, new_id}
    window.open_piece(old.id)
    window.piece_screen.close_piece()
    assert {p.id for p in library.pieces(writer.id)} == {old.id, new_id}


def test_closing_the_app_on_an_untouched_new_piece_removes_it(qtbot, nook_app, library: Library, writer) -> None:
    window = _window_on_shelf(qtbot, library, writer)
    qtbot.mouseClick(window.shelf_screen.new_buttons["list"], Qt.MouseButton.LeftButton)
    window.close()
    assert library.pieces(writer.id) == []
