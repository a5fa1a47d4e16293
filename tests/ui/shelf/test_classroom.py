"""Classroom mode: back to "Who is writing?" after a piece, and after idle minutes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from shelf_helpers import click, find

from nook.core.library import Library
from nook.speech import ForwardingVoice
from nook.ui.main_window import MainWindow
from nook.ui.shelf.classroom import ClassroomWatch
from tests.clock import Clock


def open_window(qtbot, library: Library) -> MainWindow:
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_off_the_app_remembers_the_writer(qtbot, nook_app, library: Library) -> None:
    writer = library.add_writer("Maya", "fox")
    window = open_window(qtbot, library)
    assert not window.classroom.active  # no watching, no timer, when not asked for
    click(qtbot, find(window, f"writer_{writer.id}"))
    click(qtbot, find(window, "newBook"))
    click(qtbot, find(window.piece_screen, "backToShelf"))
    assert window.screens.currentWidget() is window.shelf_screen
    assert library.state("last_writer") == writer.id
    window.close()


def test_closing_a_piece_returns_to_who_is_writing(qtbot, nook_app, library: Library) -> None:
    writer = library.add_writer("Maya", "fox")
    library.set_setting("classroom_mode", True)
    window = open_window(qtbot, library)
    click(qtbot, find(window, f"writer_{writer.id}"))
    click(qtbot, find(window, "newSign"))
    click(qtbot, find(window.piece_screen, "backToShelf"))
    assert window.screens.currentWidget() is window.writers_screen
    assert library.state("last_writer") is None  # the next child starts by choosing
    window.close()


def test_idle_minutes_return_to_who_is_writing(qtbot, nook_app, library: Library) -> None:
    writer = library.add_writer("Maya", "fox")
    window = open_window(qtbot, library)
    window.classroom.minute_ms = 150  # a "minute" of 150 ms keeps the test quick
    library.set_setting("classroom_idle_minutes", 2)
    library.set_setting("classroom_mode", True)
    assert window.classroom.active
    click(qtbot, find(window, f"writer_{writer.id}"))
    click(qtbot, find(window, "newBook"))
    assert window.piece_screen is not None
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.writers_screen, timeout=2000)
    assert window.piece_screen is None
    # Turned off: the watch stops and leaves the event filter.
    library.set_setting("classroom_mode", False)
    assert not window.classroom.active
    window.close()


def test_input_keeps_the_writer_in_place(qtbot, nook_app, library: Library) -> None:
    writer = library.add_writer("Maya", "fox")
    window = open_window(qtbot, library)
    click(qtbot, find(window, f"writer_{writer.id}"))
    clock = Clock(0.0)
    watch = ClassroomWatch(library, window.ops, window, minute_ms=1000, clock=clock)
    idle_at: list[float] = []
    watch.idle.connect(lambda: idle_at.append(clock.now))
    library.set_setting("classroom_idle_minutes", 1)
    library.set_setting("classroom_mode", True)
    assert watch.active
    # Input where the platform delivers it: on the window (the watch listens there).
    for step in range(12):  # a child busy for 1.5 s, longer than the idle second, never still
        clock.now += 0.125  # (binary fractions: the sums are exact)
        if step % 2:
            qtbot.mouseMove(window.shelf_screen, window.shelf_screen.rect().center() + QPoint(step, step))
        else:
            qtbot.keyClick(window.windowHandle(), "a")
        watch.check()
    assert idle_at == []
    clock.now += 0.875  # still for less than the idle period
    watch.check()
    assert idle_at == []
    clock.now += 0.125  # and now for all of it
    watch.check()
    assert idle_at == [clock.now]
    watch.stop()
    window.close()


def test_idle_closes_the_grown_up_corner(qtbot, nook_app, library: Library) -> None:
    window = open_window(qtbot, library)
    window.classroom.minute_ms = 40
    library.set_setting("classroom_idle_minutes", 1)
    library.set_setting("classroom_mode", True)
    window.grown_up.open_without_gate()
    qtbot.waitUntil(lambda: not window.grown_up.is_open, timeout=2000)
    assert window.screens.currentWidget() is window.writers_screen
    window.close()


def test_classroom_app_starts_at_who_is_writing(qtbot, nook_app, library: Library) -> None:
    writer = library.add_writer("Maya", "fox")
    library.set_state("last_writer", writer.id)
    library.set_setting("classroom_mode", True)
    window = open_window(qtbot, library)
    assert window.screens.currentWidget() is window.writers_screen
    window.close()


def test_taken_pictures_are_greyed_for_a_new_writer(qtbot, nook_app, library: Library) -> None:
    library.add_writer("Maya", "fox")
    window = open_window(qtbot, library)
    click(qtbot, find(window, "addWriter"))
    assert not find(window, "avatar_fox").isEnabled()
    assert find(window, "avatar_cat").isEnabled()
    click(qtbot, find(window, "avatar_cat"))
    assert {w.avatar for w in library.writers()} == {"fox", "cat"}
    window.close()


def test_show_time_is_not_interrupted_by_the_idle_watch(qtbot, nook_app, library: Library) -> None:
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "book")
    window = open_window(qtbot, library)
    window.classroom.minute_ms = 30
    library.set_setting("classroom_idle_minutes", 1)
    library.set_setting("classroom_mode", True)
    window.show_shelf(writer.id)
    show = window.show_time(piece.id)
    for _ in range(3):  # several idle periods pass while the class watches
        with qtbot.waitSignal(window.classroom.idle, timeout=2000):
            pass
        assert window.screens.currentWidget() is show
    window.close()


def test_input_in_a_window_shown_later_keeps_the_writer_in_place(qtbot, nook_app, library: Library) -> None:
    """The watch listens on the app's windows (not on every event of the application):
    a dialog shown after it started is one of them."""
    writer = library.add_writer("Maya", "fox")
    window = open_window(qtbot, library)
    click(qtbot, find(window, f"writer_{writer.id}"))
    clock = Clock(0.0)
    watch = ClassroomWatch(library, window.ops, window, minute_ms=1000, clock=clock)
    library.set_setting("classroom_idle_minutes", 1)
    library.set_setting("classroom_mode", True)
    dialog = QPushButton("OK", window)  # a dialog of its own: another window
    dialog.setWindowFlag(Qt.WindowType.Dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    idle_at: list[float] = []
    watch.idle.connect(lambda: idle_at.append(clock.now))
    clock.now += 0.75
    qtbot.keyClick(dialog.windowHandle(), "a")  # typed in the dialog
    clock.now += 0.5  # 1.25 s since the watch started, 0.5 s since the key
    watch.check()
    assert idle_at == []
    qtbot.mouseMove(dialog, QPoint(3, 4))  # the pointer moves on the dialog
    clock.now += 0.75
    watch.check()
    assert idle_at == []
    clock.now += 0.25  # still for a whole second
    watch.check()
    assert idle_at == [clock.now]
    watch.stop()
    window.close()
