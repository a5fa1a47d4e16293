"""One grown-up visit: the gate once, then in until they leave, walk away, or a child's turn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.speech import ForwardingVoice
from nook.ui.main_window import MainWindow


class CountingGate:
    """A grown-up who answers the gate right every time it is asked, counted."""

    def __init__(self) -> None:
        self.asked = 0

    def __call__(self, parent) -> bool:
        self.asked += 1
        return True


@pytest.fixture
def window(qtbot, nook_app, library: Library, writer) -> MainWindow:
    library.new_piece(writer.id, "book")
    win = MainWindow(library, ForwardingVoice(), grown_up_idle_ms=60_000)
    qtbot.addWidget(win)
    win.show()
    win.show_shelf(writer.id)
    return win


def _show_time_saving(window: MainWindow, qtbot, gate: CountingGate):
    window.grown_up.gate = gate
    piece = window.library.pieces(window.writer_id)[0]
    show = window.show_time(piece.id)
    chosen: list[str] = []
    # The grown-up looks at the save box and cancels: only the gate is counted here.
    show.choose_pdf_path = lambda parent, suggested: chosen.append(suggested) or ""
    show.choose_folder = lambda parent: chosen.append("folder") or ""
    return show, chosen


def test_saving_many_things_asks_the_gate_once(window: MainWindow, qtbot) -> None:
    gate = CountingGate()
    show, chosen = _show_time_saving(window, qtbot, gate)
    for _ in range(3):
        show.save_pdf()
    show.save_pictures()
    assert len(chosen) == 4 and gate.asked == 1
    assert window.grown_up.visit.in_progress


def test_the_corner_and_show_time_share_one_visit_and_leaving_ends_it(window: MainWindow, qtbot) -> None:
    gate = CountingGate()
    window.grown_up.gate = gate
    assert window.grown_up.open() and gate.asked == 1
    window.grown_up.close()  # "leave the grown-up corner"
    assert not window.grown_up.visit.in_progress
    assert window.grown_up.open() and gate.asked == 2


def test_a_childs_turn_ends_the_visit(window: MainWindow, qtbot) -> None:
    gate = CountingGate()
    show, chosen = _show_time_saving(window, qtbot, gate)
    show.save_pdf()
    window.show_writers()  # "Who is writing?": the next child
    window.show_shelf(window.library.writers()[0].id)
    show, chosen = _show_time_saving(window, qtbot, gate)
    show.save_pdf()
    assert gate.asked == 2


def test_the_visit_ends_when_nobody_touches_the_app(qtbot, nook_app, library: Library, writer) -> None:
    library.new_piece(writer.id, "book")
    window = MainWindow(library, ForwardingVoice(), grown_up_idle_ms=30)
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    gate = CountingGate()
    show, _chosen = _show_time_saving(window, qtbot, gate)
    show.save_pdf()
    assert window.grown_up.visit.in_progress
    qtbot.waitUntil(lambda: not window.grown_up.visit.in_progress, timeout=5_000)
    show.save_pdf()
    assert gate.asked == 2


def test_a_refused_gate_starts_no_visit(window: MainWindow, qtbot) -> None:
    asked: list[bool] = []
    window.grown_up.gate = lambda parent: asked.append(True) or False
    assert not window.grown_up.open()
    assert not window.grown_up.open()
    assert asked == [True, True] and not window.grown_up.visit.in_progress


# The pointer rests on a control while time goes by: its tool tip shows, which the
# offscreen platform cannot raise (a harmless warning).
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_grown_ups_input_keeps_the_visit_going(qtbot, nook_app, library: Library, writer) -> None:
    """A parent reading the settings, moving the mouse and pressing keys now and then, is
    not asked the gate again: each real input starts the idle time again. (Seen on the
    visit's own clock, each start of it counted as it happens: no waiting for time to go
    by, so a busy test machine's pauses cannot decide the test.)"""
    idle_ms = 10_000
    window = MainWindow(library, ForwardingVoice(), grown_up_idle_ms=idle_ms)
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    gate = CountingGate()
    window.grown_up.gate = gate
    assert window.grown_up.open()
    corner = window.grown_up.corner
    assert corner is not None
    clock = window.grown_up.visit._idle
    started: list[int] = []
    start = clock.start
    clock.start = lambda *args: (started.append(1), start(*args))  # the visit's own call, counted
    spots = [QPoint(40, 40), QPoint(90, 60)]
    inputs = [
        lambda: QTest.mouseMove(corner, spots[0]),
        lambda: QTest.mouseMove(corner, spots[1]),
        lambda: QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift),  # as the platform delivers it
    ]
    for touch in inputs:
        before = len(started)
        touch()
        assert len(started) > before  # the input started the idle time again
        # Running with the whole idle time again (half of it: a loaded machine may pause the
        # test 500 ms between the start and this look, as it did at load 10).
        assert clock.isActive() and clock.remainingTime() > idle_ms // 2
    assert window.grown_up.visit.in_progress
    assert window.grown_up.visit.ask(window) and gate.asked == 1  # still in: no second question


def test_a_visit_looks_at_a_persons_input_not_at_every_event(window: MainWindow, qtbot) -> None:
    """The visit's idle clock is kept going by what a person does, which arrives at the
    app's windows: an application filter saw every event of every widget through Python
    (~2,500 as the corner was built, and every paint after), now each window's own. A
    dialog's window is watched once it takes the keyboard."""
    from PySide6.QtWidgets import QDialog, QLineEdit

    window.grown_up.gate = CountingGate()
    assert window.grown_up.open()  # the corner is built during the visit
    visit = window.grown_up.visit
    assert visit.looked_at < 200
    clock = visit._idle
    clock.stop()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)  # as the platform delivers it
    assert clock.isActive()
    dialog = QDialog(window)
    QLineEdit(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    clock.stop()
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert clock.isActive()
    dialog.close()
