"""A scroll area's own viewport, met by name before anything asks `viewport()` (so PySide
does not search every widget class for what it might be): the very same widget."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QListView, QScrollArea

from nook.ui.kit.qt_objects import VIEWPORT_NAME, introduce_viewport

ROOT = Path(__file__).resolve().parents[2]


def test_the_viewport_met_by_name_is_the_scroll_areas_own(nook_app) -> None:
    for area in (QListView(), QScrollArea()):
        own = area.findChild(object, VIEWPORT_NAME)
        introduce_viewport(area)
        assert area.viewport() is own and area.viewport().objectName() == VIEWPORT_NAME


def test_meeting_a_viewport_by_name_builds_no_other_widget_class() -> None:
    # In a fresh process (this one has met every class already): `viewport()` first
    # builds dozens of widget classes for Python (a dialog's, a wizard's, a slider's ...).
    code = (
        "from PySide6.QtWidgets import QApplication, QListView\n"
        "import PySide6.QtWidgets as widgets, sys\n"
        "app = QApplication([])\n"
        "from nook.ui.kit.qt_objects import introduce_viewport\n"
        "view = QListView()\n"
        "if sys.argv[1] == 'named': introduce_viewport(view)\n"
        "view.viewport()\n"
        "print('QWizard' in widgets.__dict__)\n"
    )
    seen = {}
    for how in ("named", "plain"):
        done = subprocess.run(
            [sys.executable, "-c", code, how],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        )
        seen[how] = done.stdout.strip()
    assert seen == {"named": "False", "plain": "True"}
