""" "New writer" on a netbook shows pictures to tap at every button size. Seen on this
session's walk: at 192 px buttons on 1024x600, with two languages to choose from, the
screen showed the name box, the languages, "Tap your picture" and the arrow to more
pictures, and no picture at all (the arrow showed none either): the room for a row was
reckoned with a guessed 28 px for a caption and no room for the arrow under the row,
so the pictures came out too big to be seen whole above it. A child could not add
themselves there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea, QToolButton, QWidget

from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.operations import Operations
from nook.ui.writers.screen import WritersScreen


@pytest.fixture
def ops(library: Library) -> Iterator[Operations]:
    library.add_writer("Ana", "fox")
    operations = Operations(library)
    yield operations
    operations.detach()


def whole_pictures(writers: WritersScreen) -> list[QWidget]:
    """The pictures a child sees whole: inside the area, and not under its arrow."""
    area = writers.findChild(QScrollArea, "avatarScroll")
    viewport = area.viewport()
    seen = QRect(QPoint(0, 0), viewport.size())
    arrow = area.findChild(QToolButton, "avatarScrollMore")
    if arrow is not None and arrow.isVisible():
        seen.setBottom(min(seen.bottom(), arrow.geometry().top() - 1))
    found = []
    assert writers.avatar_buttons is not None
    for button in writers.avatar_buttons.buttons():
        top_left = button.mapTo(viewport, QPoint(0, 0))
        if seen.contains(QRect(top_left, button.size())):
            found.append(button)
    return found


@pytest.mark.parametrize("size", [48, 96, 192])
def test_new_writer_shows_a_row_of_pictures_on_a_netbook(qtbot, library: Library, ops, size: int) -> None:
    voice = SilentVoice(word_ms=5)  # speaks every language: English and Spanish are offered
    writers = WritersScreen(library, ops, size, voice=voice)
    qtbot.addWidget(writers)
    writers.resize(1024, 600)
    writers.show()
    qtbot.waitExposed(writers)
    qtbot.mouseClick(writers.findChild(QWidget, "addWriter"), Qt.MouseButton.LeftButton)
    assert writers.language_choice is not None, "two languages to choose from"
    qtbot.waitUntil(lambda: len(whole_pictures(writers)) >= 3, timeout=3000)

    first = next(b for b in whole_pictures(writers) if b.isEnabled())  # not one taken
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(library.writers()) == 2, timeout=3000)


@pytest.mark.parametrize("size", [48, 96, 192])
def test_the_name_box_is_as_tall_as_a_line_of_its_letters(qtbot, library: Library, ops, size: int) -> None:
    # At 192 px buttons on a netbook the box was 192 px tall for one line of 28 px letters.
    writers = WritersScreen(library, ops, size, voice=SilentVoice(word_ms=5))
    qtbot.addWidget(writers)
    writers.resize(1024, 600)
    writers.show()
    qtbot.waitExposed(writers)
    qtbot.mouseClick(writers.findChild(QWidget, "addWriter"), Qt.MouseButton.LeftButton)
    box = writers.name_edit
    qtbot.waitUntil(box.isVisible, timeout=3000)
    line = box.sizeHint().height()  # a line of its letters, its padding and its edge
    assert line <= box.height() <= max(line, 64)  # a big target (64 px), no taller
    # Beside the back button (the child's size), in the middle of its height.
    back = writers.back_button
    assert abs(box.geometry().center().y() - back.geometry().center().y()) <= 1


def test_on_a_netbook_the_pictures_are_no_smaller_than_the_back_button(qtbot, library: Library, ops) -> None:
    """At 192 px on a netbook the back button beside the name box kept its row 192 px tall,
    and the pictures a child taps to add themselves (the page's one task) were squeezed
    to 86 px under it. Where the pictures must give way, the back button gives way with
    them: never bigger than they are (and a big target, 64 px, still)."""
    writers = WritersScreen(library, ops, 192, voice=SilentVoice(word_ms=5))
    qtbot.addWidget(writers)
    writers.resize(1024, 600)
    writers.show()
    qtbot.waitExposed(writers)
    qtbot.mouseClick(writers.findChild(QWidget, "addWriter"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(whole_pictures(writers)) >= 3, timeout=3000)
    back = writers.back_button
    pictures = whole_pictures(writers)
    assert 64 <= back.height() <= min(picture.height() for picture in pictures)
    assert all(picture.width() > 100 for picture in pictures)
