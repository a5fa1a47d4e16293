"""Fixtures for the shelf, writers and grown-up corner tests: real libraries, real widgets."""

from __future__ import annotations

import pytest

from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.changes import LibraryEvents
from nook.ui.shelf.screen import ShelfScreen


@pytest.fixture
def events(library: Library, qapp) -> LibraryEvents:
    return LibraryEvents(library)


@pytest.fixture
def voice(qapp):
    voice = SilentVoice()
    yield voice
    voice.shutdown()


@pytest.fixture
def shelf_screen(qtbot, nook_app, library: Library, events: LibraryEvents, writer, voice) -> ShelfScreen:
    screen = ShelfScreen(library, events, voice, 64, rest_ms=20, search_ms=10)
    qtbot.addWidget(screen)
    screen.resize(1100, 780)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_writer(writer.id)
    return screen
