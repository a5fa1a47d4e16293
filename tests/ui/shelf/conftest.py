"""Fixtures for the shelf, writers and grown-up corner tests: real libraries, real widgets."""

from __future__ import annotations

import pytest

from nook.core.library import Library
from nook.ui.operations import Operations
from nook.ui.shelf.screen import ShelfScreen


@pytest.fixture
def ops(library: Library, qapp) -> Operations:
    return Operations(library)


@pytest.fixture
def shelf_screen(qtbot, nook_app, library: Library, ops: Operations, writer, voice) -> ShelfScreen:
    screen = ShelfScreen(library, ops, voice, 64, rest_ms=20, search_ms=10)
    qtbot.addWidget(screen)
    screen.resize(1100, 780)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_writer(writer.id)
    return screen
