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
