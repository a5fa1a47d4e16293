"""A long press on a word asks what the box is; its release does not then say the word
over the answer. Seen on the walk (Xvfb 1024x600, Spanish, the app's voice logged): a
press of 1.5 s on "mi" in a book's title: the talking buttons said the box's name, "El
nombre de tu libro", at 600 ms, and the release said "mi" over it 0.9 s later, cutting
it. A tap (a short press) still says the word."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from nook.speech.silent import SilentVoice
from nook.ui.kit.talking import LONG_PRESS_MS


def press_for(widget: QWidget, point: QPoint, ms: int, at: int) -> None:
    """A press held `ms` milliseconds (the events' own timestamps, as the window system's)."""
    local, where = QPointF(point), QPointF(widget.mapToGlobal(point))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons, stamp in (
        (QEvent.Type.MouseButtonPress, left, at),
        (QEvent.Type.MouseButtonRelease, none, at + ms),
    ):
        event = QMouseEvent(kind, local, where, left, buttons, Qt.KeyboardModifier.NoModifier)
        event.setTimestamp(stamp)
        QApplication.sendEvent(widget, event)


def test_a_long_press_on_a_word_does_not_say_it_on_release(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="my dog")
    voice = SilentVoice(word_ms=1)
    screen = open_piece(piece.id, voice=voice)
    edit = screen.current_edit
    assert edit is not None
    cursor = edit.textCursor()
    cursor.setPosition(len("my d"))
    point = edit.cursorRect(cursor).center()
    press_for(edit.viewport(), point, LONG_PRESS_MS + 900, at=10_000)
    assert voice.spoken == []
    press_for(edit.viewport(), point, 120, at=20_000)  # a tap
    assert voice.spoken == ["dog"]
