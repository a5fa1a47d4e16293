"""Talking buttons speak in every dialog a child can reach, the gate first of all
(issue 14, item 8): they once kept quiet whenever the window itself was not the active
one, and a dialog always is."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.grownup.gate import GateDialog
from nook.ui.kit.plain import plain_message
from nook.ui.main_window import MainWindow


def _window(qtbot, library: Library, writer, said: list[str]) -> MainWindow:
    voice = make_voice("silent")
    speak = voice.say
    voice.say = lambda text, language=None: said.append(text) or speak(text, language)  # type: ignore[method-assign]
    window = MainWindow(library, voice, talking_rest_ms=20)
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    assert window.talking is not None
    return window


def _in_front(window: MainWindow, dialog) -> None:
    """Show `dialog` as the one in use. The offscreen platform finds the window under the
    pointer without knowing which is in front (the first one wins, the main window), so
    the main window steps out of the way while the dialog is up."""
    dialog.move(40, 40)
    dialog.show()
    window.hide()
    dialog.activateWindow()


def test_the_gate_says_its_buttons(qtbot, nook_app, library: Library, writer) -> None:
    said: list[str] = []
    window = _window(qtbot, library, writer, said)
    gate = GateDialog(window)
    _in_front(window, gate)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is gate)
    QTest.mouseMove(gate.digit_buttons[7])  # the hand rests on a number
    qtbot.waitUntil(lambda: "7" in said, timeout=3000)
    gate.reject()
    window.close()


def test_a_message_says_its_button(qtbot, nook_app, library: Library, writer) -> None:
    said: list[str] = []
    window = _window(qtbot, library, writer, said)
    box = plain_message(window, "Not saved", "The stick was full.")
    _in_front(window, box)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    ok = box.buttons()[0]
    assert ok.text().replace("&", "") == "OK" and not ok.accessibleName()
    QTest.mouseMove(ok)  # Qt's own button, named by its words
    qtbot.waitUntil(lambda: "OK" in said, timeout=3000)
    assert "Writing Nook" not in said  # never the name of the window behind
    box.reject()
    window.close()


def test_a_window_behind_another_programs_window_keeps_quiet(qtbot, nook_app, library: Library, writer) -> None:
    said: list[str] = []
    window = _window(qtbot, library, writer, said)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window._talking_enabled()
    other = GateDialog()  # a window that is not the app's own (no parent)
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    assert not window._talking_enabled()
    window.close()
