"""Every control on the screens built here has a stable objectName and a phrase."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from nook.core.library import Library
from nook.ui.editor.word_wall import WordWallPanel
from nook.ui.grownup.corner import GrownUpCorner

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSlider, QAbstractSpinBox, QAbstractItemView)


def unnamed(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        if widget.objectName().startswith("qt_") or (parent is not None and parent.objectName().startswith("qt_")):
            continue  # Qt's own parts (a scroll area's scroll bars, a spin box's buttons)
        if not widget.objectName() or not widget.accessibleName():
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}")
    return problems


@pytest.mark.parametrize("page", ["shelf", "trash", "ideas"])
def test_child_pages_name_every_control(qtbot, shelf_screen, library: Library, writer, page: str) -> None:
    library.new_piece(writer.id, "book")
    shelf_screen.reload()
    {"shelf": shelf_screen.show_shelf_page, "trash": shelf_screen.show_trash, "ideas": shelf_screen.show_ideas}[page]()
    assert unnamed(shelf_screen.pages.currentWidget()) == []


def test_word_wall_names_every_control(qtbot, nook_app, library: Library, voice) -> None:
    panel = WordWallPanel(library, voice, 64)
    qtbot.addWidget(panel)
    panel.show()
    assert unnamed(panel) == []


@pytest.mark.parametrize("section", ["Settings", "Writers", "Trash", "Word wall", "Idea cards", "About"])
def test_grown_up_corner_names_every_control(qtbot, nook_app, library: Library, ops, voice, section) -> None:
    library.add_writer("Maya", "fox")
    corner = GrownUpCorner(library, ops, voice)
    qtbot.addWidget(corner)
    corner.show()
    corner.show_section(section)
    assert unnamed(corner) == []


def test_gate_names_every_control(qtbot, nook_app) -> None:
    from nook.ui.grownup.gate import GateDialog

    dialog = GateDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []


@pytest.mark.parametrize("size", [48, 96])
def test_child_targets_are_at_least_the_button_size(qtbot, shelf_screen, library: Library, writer, size) -> None:
    library.set_setting("button_size", size, writer.id)
    library.new_piece(writer.id, "book")
    shelf_screen.reload()
    for show in (shelf_screen.show_shelf_page, shelf_screen.show_ideas):
        show()
        page = shelf_screen.pages.currentWidget()
        small = [
            b.objectName()
            for b in page.findChildren(QAbstractButton)
            if b.isVisibleTo(page) and min(b.width(), b.height()) < (48 if b.objectName() == "grownUpCorner" else size)
        ]
        assert small == []
    assert shelf_screen.delegate.cover.width() >= size
