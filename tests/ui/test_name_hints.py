"""The hints in the boxes where a writer's name is typed are whole at 1024x600 at every
button size, in English and in Spanish: "New writer's name, then Enter" was cut to
"…then…" (seen on the walk), and a cut hint tells a grown-up nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLineEdit

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow


def _cut(box: QLineEdit) -> bool:
    room = box.contentsRect().width() - 8  # the frame's and the text's own margins
    return box.fontMetrics().horizontalAdvance(box.placeholderText()) > room


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [48, 96, 192])
def test_name_hints_are_whole(qtbot, nook_app, library: Library, size: int, language: str) -> None:
    library.set_setting("button_size", size)
    library.set_setting("language", language)
    writer = library.add_writer("Sofía", "fox", language=language)
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(QRect(0, 0, 1024, 600))
    window.show_writers()
    window.writers_screen.start_adding()
    for _ in range(3):
        QApplication.processEvents()
    child_box = window.writers_screen.name_edit
    assert not _cut(child_box), child_box.placeholderText()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    corner.show_section("Writers")
    for _ in range(3):
        QApplication.processEvents()
    box = corner.sections["Writers"].new_name
    assert box.isVisibleTo(window) and not _cut(box), f"{box.placeholderText()!r} in {box.contentsRect().width()} px"
    window.close()
