"""When a file dialog closes, the keyboard goes back to the control that opened it.
Seen on the walk (no window manager: the dialog stood in the corner of the screen): a
grown-up opened "Open a backpack" from the keyboard and closed the dialog, and the
window was left with no control holding the keyboard, so the next key went to the
corner's first control, "leave", not to the button they had been on."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from nook.core.library import Library
from nook.ui.grownup.backpack_page import BackpackPage
from nook.ui.operations import Operations


def test_the_keyboard_returns_to_the_button_that_opened_a_file_dialog(qtbot, nook_app, library: Library) -> None:
    page = BackpackPage(library, Operations(library))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    opener = page.findChild(QWidget, "openBackpack")
    opener.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is opener
    shown: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        focused = QApplication.focusWidget()
        if dialog is None or focused is None or focused.window() is not dialog:  # (not up yet)
            QTimer.singleShot(20, close_it)
            return
        shown.append(type(dialog).__name__)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)  # the grown-up changes their mind

    QTimer.singleShot(0, close_it)
    QTest.keyClick(opener, Qt.Key.Key_Space)  # the dialog opens, and is closed
    assert shown == ["QFileDialog"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    assert QApplication.focusWidget() is opener
