"""Talking buttons listen where the platform delivers the pointer, on each of the app's
windows, not on every event of the application (issue 13): a piece opened went through
them ~10,000 times. A double tap's dropped second press is no question asked (and
tests/speech/test_talking.py: they talk in a window made after them too)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow
from tests.ui.test_double_tap import LEFT, Finger


def _window(qtbot, library: Library) -> MainWindow:
    window = MainWindow(library, make_voice("silent"))  # a voice: the talking buttons listen
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    assert window.talking is not None
    return window


def test_opening_a_piece_goes_through_the_talking_buttons_a_few_times(qtbot, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    window = _window(qtbot, library)
    window.show_shelf(writer.id)
    before = window.talking.looked_at
    window.open_piece(piece.id)
    qtbot.waitUntil(lambda: window.piece_screen is not None and window.piece_screen.current_view.isVisible())
    for _ in range(3):
        QApplication.processEvents()  # its layouts and paints: none of them the talking buttons' business
    looked = window.talking.looked_at - before
    # The window's own events only (an application filter looked at ~4,000 here).
    assert looked < 100, looked
    window.close()


def test_the_dropped_second_tap_of_a_double_tap_is_no_long_press(qtbot, library: Library) -> None:
    maya = library.add_writer("Maya", "fox")
    window = _window(qtbot, library)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_writers()
    button = window.writers_screen.findChild(QWidget, f"writer_{maya.id}")
    point = button.mapTo(window, button.rect().center() + QPoint(-button.width() // 4, 0))
    finger = Finger(window)
    finger.tap(point)  # Maya's shelf; a "New ..." button is where the finger is now
    assert window.screens.currentWidget() is window.shelf_screen
    finger.clock += 170
    asked: list[bool] = []
    window.talking._press.timeout.connect(lambda: asked.append(True))
    finger.send(QEvent.Type.MouseButtonPress, point, LEFT)  # the second press: dropped
    assert not window.talking._press.isActive()  # not the start of a long press
    finger.send(QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
    assert asked == [] and library.pieces(maya.id) == []
    window.close()
