"""Read to me goes down a list one row after another, whatever the keyboard does.

Found in a whole run: a 1,000-item list read aloud said "thing 1" twice. The window's
focus arrived (on its first activation) while the first thing was being read, on the
title's words box where the keyboard was; that made the title the row the tools act
on, and the reading went on from the row after it: the first thing again. A child who
comes back to the window (or whose window the desktop activates late) heard it too."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.speech.silent import SilentVoice

LEFT = Qt.MouseButton.LeftButton


def a_list(library: Library, writer_id: str, things: int) -> str:
    """A list titled "Zoo" of `things` things, "thing 1" ... (a new list has one)."""
    piece = library.new_piece(writer_id, "list")
    library.update_page(library.pages(piece.id)[0].id, words="Zoo")
    for _ in range(1, things):
        library.add_page(piece.id, role="item")
    for n, page in enumerate(library.pages(piece.id)[1:], start=1):
        library.update_page(page.id, words=f"thing {n}")
    return piece.id


def test_the_window_taking_the_keyboard_mid_reading_does_not_read_a_row_again(
    qtbot, library: Library, writer, open_piece
) -> None:
    voice = SilentVoice(word_ms=5)
    screen = open_piece(a_list(library, writer.id, 4), voice=voice)
    title = next(iter(screen.part.view_at(0).edits.values()))
    came_back = []

    def window_comes_back(utterance: int) -> None:
        if voice.spoken[-1] == "thing 1" and not came_back:
            came_back.append(utterance)
            # What the window system sends when the window is activated again: the
            # words box that holds the keyboard hears it gain the focus once more.
            QApplication.sendEvent(title, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.ActiveWindowFocusReason))

    voice.started.connect(window_comes_back)
    qtbot.mouseClick(screen.read_button, LEFT)
    qtbot.waitUntil(lambda: not screen.reading.busy and voice.spoken[-1:] == ["thing 4"], timeout=10000)
    assert came_back, "the focus came while the first thing was read"
    assert voice.spoken == ["Zoo", "thing 1", "thing 2", "thing 3", "thing 4"]


def test_a_row_chosen_while_the_list_is_read_is_where_the_reading_goes_on(
    qtbot, library: Library, writer, open_piece
) -> None:
    """The child's own choice still counts: the keyboard taken to a row (by Tab) while
    the list is read makes the tools act on it, and the reading goes on after it."""
    voice = SilentVoice(word_ms=5)
    screen = open_piece(a_list(library, writer.id, 5), voice=voice)
    tapped = []

    def choose_row_three(utterance: int) -> None:
        if voice.spoken[-1] == "thing 1" and not tapped:
            edit = next(iter(screen.part.view_at(3).edits.values()))
            tapped.append(edit)
            edit.setFocus(Qt.FocusReason.TabFocusReason)

    voice.started.connect(choose_row_three)
    qtbot.mouseClick(screen.read_button, LEFT)
    qtbot.waitUntil(lambda: not screen.reading.busy and voice.spoken[-1:] == ["thing 5"], timeout=10000)
    assert tapped
    assert voice.spoken == ["Zoo", "thing 1", "thing 4", "thing 5"]
