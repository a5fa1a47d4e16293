"""Every section of the grown-up corner at 1024x600, in Spanish (longer than English):
no label's words are cut (a long page scrolls rather than squeeze its words)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow
from tests.ui.test_pseudo_locale import clipped


def test_no_corner_words_are_cut_on_a_netbook_in_spanish(qtbot, nook_app, library: Library) -> None:
    writer = library.add_writer("Sofía", "fox", language="es")
    library.set_setting("language", "es")
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    cut = []
    for name, page in corner.sections.items():
        corner.show_section(name)
        for _ in range(3):
            QApplication.processEvents()
        for widget in page.findChildren(QWidget):
            why = clipped(widget) if widget.isVisibleTo(window) else None
            if why:
                cut.append(f"{name}: {widget.objectName() or type(widget).__name__} {why}")
    window.close()
    assert cut == []
