"""A child's double tap on their own word puts the cursor there; it does not choose the
word. Seen on the walk (Xvfb 1024x600, 96 px, Spanish): two taps 200 ms apart on
"elefante" in "mi elefante" lit the whole word (Qt's double click chooses a word), and
the next letter the child typed replaced it: "mi s". The second tap is a tap again,
and the word said at the first tap is not said over itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from nook.speech.silent import SilentVoice


def double_tap(widget: QWidget, point: QPoint) -> None:
    """Press, release, then a press followed by a double click, and the release: as Qt
    delivers a quick second tap to a widget."""
    local, where = QPointF(point), QPointF(widget.mapToGlobal(point))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, none),
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonDblClick, left),
        (QEvent.Type.MouseButtonRelease, none),
    ):
        QApplication.sendEvent(widget, QMouseEvent(kind, local, where, left, buttons, Qt.KeyboardModifier.NoModifier))


def test_a_double_tap_on_a_word_then_a_letter_keeps_the_word(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="mi elefante")
    voice = SilentVoice(word_ms=150)
    screen = open_piece(piece.id, voice=voice)
    edit = screen.current_edit
    assert edit is not None and edit.toPlainText() == "mi elefante"
    cursor = edit.textCursor()
    cursor.setPosition(len("mi elefan"))
    double_tap(edit.viewport(), edit.cursorRect(cursor).center())
    assert not edit.textCursor().hasSelection(), "the double tap chose the whole word"
    qtbot.keyClicks(edit, "s")
    assert edit.toPlainText().replace("s", "") == "mi elefante"
    assert voice.spoken == ["elefante"]  # said at the first tap, once
