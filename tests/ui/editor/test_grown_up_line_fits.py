"""The grown-up line on a netbook (1024x600): its words are seen whole, in English and in
Spanish, and the page keeps its size while it is open (it takes the place of the strip
under the page, never the page's room)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow

SCREEN = QRect(0, 0, 1024, 600)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _cut_words(bar: QWidget) -> list[str]:
    """Labels in the bar whose wrapped words need more room than they were given."""
    cut = []
    for label in bar.findChildren(QLabel):
        if label.isVisible() and label.text():
            needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
            if needed > label.height() or label.sizeHint().width() > label.width() and not label.wordWrap():
                cut.append(f"{label.objectName()}: {label.text()!r} needs {needed} px, has {label.height()}")
    for edit in bar.findChildren(QLineEdit):
        hint = edit.placeholderText()
        room = edit.width() - 16  # the box's frame and margins
        if edit.isVisible() and not edit.text() and edit.fontMetrics().horizontalAdvance(hint) > room:
            cut.append(f"{edit.objectName()}'s hint {hint!r} is wider than its {room} px")
    return cut


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("kind", ["book", "sign", "letter"])
@pytest.mark.parametrize("size", [48, 96, 192])
def test_the_grown_up_line_fits_a_netbook_and_leaves_the_page_its_size(
    qtbot, nook_app, library: Library, size: int, kind: str, language: str
) -> None:
    writer = library.add_writer("Sofía", "fox", language=language)
    library.set_setting("button_size", size, writer.id)
    window = MainWindow(library, make_voice("silent"), screen_area=SCREEN)
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    window.open_piece(library.new_piece(writer.id, kind).id)
    _settle()
    screen = window.piece_screen
    assert screen is not None
    page = screen.current_view
    before = page.size()
    window.grown_up.gate = lambda parent: True
    bar = screen.grown_up_line
    assert bar.open_line()
    _settle()
    assert bar.isVisible()
    assert page.size() == before, f"the page went from {before.toTuple()} to {page.size().toTuple()}"
    assert _cut_words(bar) == []
    # The whole bar (words, box and its tick) is in the window.
    for part in (bar, bar.edit, bar.done, bar.title):
        rect = QRect(part.mapTo(window, QPoint(0, 0)), part.size())
        assert window.rect().contains(rect), f"{part.objectName()} {rect.getRect()} is outside the window"
    bar.close_line()
    _settle()
    assert page.size() == before
    window.close()
