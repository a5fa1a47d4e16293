""" "New writer" asks for a picture aloud. Seen on the walk: the screen's only guidance,
"Tap your picture", was written and never said, and Enter in the name box (where the
keyboard is) did nothing at all, so a child who cannot read sat with their name typed
and no idea what came next. Now the prompt is heard when the screen asks for a picture
and on Enter without one, in the app's language, and not again at every key."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.language import LanguageSwitch
from nook.ui.operations import Operations
from nook.ui.writers.screen import WritersScreen

TAP = "Tap your picture"


@pytest.fixture
def screen(qtbot, library: Library, nook_app) -> Iterator[tuple[WritersScreen, SilentVoice]]:
    library.add_writer("Maya", "fox")
    ops = Operations(library)
    voice = SilentVoice(word_ms=5)
    writers = WritersScreen(library, ops, 64, voice=voice)
    qtbot.addWidget(writers)
    writers.resize(1024, 600)
    writers.show()
    qtbot.waitExposed(writers)
    yield writers, voice
    ops.detach()


def new_writer(qtbot, writers: WritersScreen) -> None:
    qtbot.mouseClick(writers.findChild(QWidget, "addWriter"), Qt.MouseButton.LeftButton)


def test_the_picture_prompt_is_heard_when_the_screen_asks(qtbot, screen) -> None:
    writers, voice = screen
    new_writer(qtbot, writers)
    qtbot.waitUntil(lambda: voice.spoken == [TAP], timeout=3000)


def test_enter_without_a_picture_says_it_again_but_typing_does_not(qtbot, screen, library: Library) -> None:
    writers, voice = screen
    new_writer(qtbot, writers)
    qtbot.waitUntil(lambda: voice.spoken == [TAP], timeout=3000)
    assert writers.name_edit.hasFocus()
    qtbot.keyClicks(writers.name_edit, "Leo")
    assert voice.spoken == [TAP], "no prompt at every key"
    qtbot.keyClick(writers.name_edit, Qt.Key.Key_Return)
    assert voice.spoken == [TAP, TAP]
    assert [w.name for w in library.writers()] == ["Maya"], "no writer without a picture"
    assert writers.pages.currentIndex() == 1 and writers.name_edit.text() == "Leo"


def test_a_spanish_child_hears_it_in_spanish(qtbot, screen) -> None:
    writers, voice = screen
    switch = LanguageSwitch.shared()
    switch.use("es")
    try:
        new_writer(qtbot, writers)
        qtbot.waitUntil(lambda: len(voice.spoken) == 1, timeout=3000)
        assert voice.spoken == ["Toca tu dibujo"]
    finally:
        switch.use("en")
