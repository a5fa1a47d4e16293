"""The grown-up corner opens with only its first section made: a grown-up waits for it
just after the gate, and making all eleven (two pickers of 608 pictures, every writer's
growth, the export modules) took over a second on a school computer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.grownup.pickers import StickerPicker
from nook.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_opening_the_corner_makes_only_the_section_shown(qtbot, nook_app, library: Library, writer) -> None:
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    assert corner.pages.currentWidget().objectName() == "settingsPage"
    assert corner.findChildren(StickerPicker) == []
    for name in ("wordWallPage", "ideasPage", "backpackPage", "growthPage", "classBookPage"):
        assert corner.findChild(QWidget, name) is None, name
    # A section is made when the grown-up goes to it, and kept for the rest of the visit.
    corner.nav.setCurrentRow(list(corner.sections).index("Word wall"))
    page = corner.pages.currentWidget()
    assert page.objectName() == "wordWallPage" and page.isVisible()
    assert len(corner.findChildren(StickerPicker)) == 1
    corner.show_section("Settings")
    corner.show_section("Word wall")
    assert corner.pages.currentWidget() is page
    window.close()


def test_the_corner_and_its_backpack_page_import_no_export() -> None:
    # The exports are imported when one is made, not when the corner or the backpack
    # page opens (talking_book and the ePub writer pulled in urllib, http and XML).
    code = (
        "import sys\n"
        "import nook.ui.grownup.corner, nook.ui.grownup.backpack_page\n"
        "print(sorted(m for m in sys.modules if m.startswith('nook.export')))\n"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert found.stdout.strip() == "[]", found.stdout
