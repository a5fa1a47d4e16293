"""The whole window on a library made before writers had a language (migration 0004),
in a real file that cannot be written (issue 9): every screen opens, nothing crashes on
the missing column, and the file is not changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from nook.core.library import LIBRARY_FILE, Library
from nook.speech.silent import SilentVoice
from nook.ui.main_window import MainWindow
from tests.core.test_old_read_only import old_read_only  # noqa: F401 - a fixture


def test_every_screen_of_an_old_read_only_library_opens(qtbot, nook_app, old_read_only: Path, app_log) -> None:  # noqa: F811
    before = (old_read_only / LIBRARY_FILE).read_bytes()
    library = Library.open(old_read_only)
    voice = SilentVoice()
    window = MainWindow(library, voice, screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_writers()
    window.show_shelf("ana")
    assert window.languages.current == "es"  # Ana's language, from the old per-writer setting
    window.open_piece("book1")
    assert window.piece_screen is not None
    assert window.piece_screen.current_view.edits["words"].toPlainText() == "El gato"
    window.show_shelf("leo")
    assert window.languages.current == "en"
    corner = window.grown_up.open_without_gate()
    for name in list(corner.sections):
        corner.show_section(name)
        QApplication.processEvents()
    window.grown_up.close()
    window.close()
    voice.shutdown()
    library.close()
    assert app_log.problems() == []
    assert (old_read_only / LIBRARY_FILE).read_bytes() == before
