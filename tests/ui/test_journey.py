"""A child's first visit, driven through the real window by the names a child hears."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from nook.core.library import Library
from nook.core.models import KINDS
from nook.speech import ForwardingVoice
from nook.ui.main_window import MainWindow


def find(window: QWidget, name: str) -> QWidget:
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no control named {name}"
    return widget


def children_of(widget: QWidget, *types: type) -> list[QWidget]:
    return [w for w in widget.findChildren(QWidget) if isinstance(w, types)]


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type as a keyboard does: QTest handles ASCII; other characters (ñ, emoji)
    arrive as key events carrying their text, as an input method sends them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def words_box(window: MainWindow) -> QTextEdit | QPlainTextEdit:
    """The place the child types on the open page: the text box that has the focus."""
    screen = window.piece_screen
    assert screen is not None
    boxes = [w for w in children_of(screen, QTextEdit, QPlainTextEdit) if w.isVisible() and not w.isReadOnly()]
    assert boxes, "the open piece has no visible text box to type in"
    focused = [b for b in boxes if b.hasFocus()]
    return focused[0] if focused else boxes[0]


def open_window(qtbot, data_dir: Path, nook_app) -> tuple[MainWindow, Library]:
    library = Library.open(data_dir)
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, library


def test_first_visit_add_writer_make_each_kind_and_find_it_again(qtbot, data_dir, nook_app) -> None:
    window, library = open_window(qtbot, data_dir, nook_app)
    assert window.screens.currentWidget() is window.writers_screen

    click(qtbot, find(window, "addWriter"))
    name = find(window, "writerName")
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Maya")
    click(qtbot, find(window, "avatar_fox"))  # the second tap adds the writer
    (writer,) = library.writers()
    assert writer.name == "Maya" and writer.avatar == "fox"
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.shelf_screen)

    typed = {}
    for kind, button in zip(KINDS, ("newBook", "newList", "newSign", "newLetter"), strict=True):
        click(qtbot, find(window, button))
        qtbot.waitUntil(lambda: window.piece_screen is not None and window.piece_screen.isVisible())
        box = words_box(window)
        box.setFocus()
        text = f"my {kind} ñ 🐶"
        type_text(qtbot, box, text)
        typed[kind] = text
        click(qtbot, find(window.piece_screen, "backToShelf"))
        qtbot.waitUntil(lambda: window.screens.currentWidget() is window.shelf_screen)

    pieces = library.pieces(writer.id)
    assert sorted(p.kind for p in pieces) == sorted(KINDS)
    for piece in pieces:
        assert any(typed[piece.kind] in page.words for page in library.pages(piece.id)), piece.kind

    # Close the app and open it again on the same data folder.
    window.close()
    library.close()
    window2, library2 = open_window(qtbot, data_dir, nook_app)
    try:
        assert window2.screens.currentWidget() is window2.shelf_screen
        assert window2.writer_id == writer.id
        assert len(library2.pieces(writer.id)) == 4
    finally:
        window2.close()
        library2.close()


def test_reopening_returns_to_the_open_piece_with_its_words(qtbot, data_dir, nook_app) -> None:
    library = Library.open(data_dir)
    writer = library.add_writer("Leo", "robot")
    library.set_state("last_writer", writer.id)
    library.close()
    window, library = open_window(qtbot, data_dir, nook_app)
    click(qtbot, find(window, "newSign"))
    qtbot.waitUntil(lambda: window.piece_screen is not None)
    piece_id = window.piece_screen.piece_id
    box = words_box(window)
    box.setFocus()
    qtbot.keyClicks(box, "KEEP OUT")
    window.close()  # no wait: closing must store what was typed
    library.close()

    window2, library2 = open_window(qtbot, data_dir, nook_app)
    try:
        assert window2.piece_screen is not None and window2.piece_screen.piece_id == piece_id
        assert "KEEP OUT" in words_box(window2).toPlainText()
        assert library2.piece(piece_id).title == "KEEP OUT"
    finally:
        window2.close()
        library2.close()


def test_typing_is_stored_within_a_second_without_leaving(qtbot, data_dir, nook_app) -> None:
    library = Library.open(data_dir)
    writer = library.add_writer("Ana", "cat")
    piece = library.new_piece(writer.id, "book")
    library.set_state("last_writer", writer.id)
    library.set_state(f"last_piece:{writer.id}", piece.id)
    library.close()
    window, library = open_window(qtbot, data_dir, nook_app)
    box = words_box(window)
    box.setFocus()
    qtbot.keyClicks(box, "once upon a time")
    reader = Library.open(data_dir)  # a second connection sees only what is committed
    try:
        qtbot.waitUntil(lambda: any("once upon a time" in p.words for p in reader.pages(piece.id)), timeout=1000)
    finally:
        reader.close()
        window.close()
        library.close()


@pytest.mark.parametrize("screen", ["writers", "shelf", "piece"])
def test_every_control_has_a_name_and_a_phrase(qtbot, data_dir, nook_app, screen: str) -> None:
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "book")
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    if screen == "shelf":
        window.show_shelf(writer.id)
    elif screen == "piece":
        window.show_shelf(writer.id)
        window.open_piece(piece.id)
    current = window.screens.currentWidget()
    controls = [
        w
        for w in children_of(current, QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit)
        if w.isVisibleTo(window) and not w.objectName().startswith("qt_")
    ]
    assert controls
    for control in controls:
        assert control.objectName(), f"{control!r} has no objectName"
        assert control.accessibleName(), f"{control.objectName()} has no accessibleName"
    window.close()
    library.close()
