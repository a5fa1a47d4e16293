"""The backpack's save dialog starts in the home folder. Seen on the walk: it opened in
whatever folder the app was started from (here the program's own folder), while a
photo, a PDF and the class book start at home."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from nook.ui.grownup.backpack_files import save_dialog


def test_the_backpack_is_offered_a_place_at_home(qtbot, monkeypatch, tmp_path: Path) -> None:
    offered: list[str] = []

    def dialog(parent, title, place, files):
        offered.append(place)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    monkeypatch.chdir(tmp_path)  # started from some folder that is not home
    parent = QWidget()
    qtbot.addWidget(parent)
    assert save_dialog(parent, "Mia-2026-12-03.nook") == ""
    assert offered == [os.fspath(Path.home() / "Mia-2026-12-03.nook")]
