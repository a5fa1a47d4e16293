"""On "Who is writing?" each writer's picture says their name in their own language's
voice. Seen on the walk (a shared classroom computer, sound recorded from the null
sink): after Tom (English) the screen stays in Tom's language until the next child
chooses, by design; Sofía, who cannot read, asked her picture what it was and heard her
name said by the English voice ("So-FEE-a"), not as she says it. A writer with no name
is "Writer 3", a phrase of the screen's own language, and is said in its voice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.speech import ForwardingVoice
from nook.speech.silent import SilentVoice
from nook.speech.voice import VoiceInfo
from nook.ui.kit.talking import TalkingButtons
from nook.ui.operations import Operations
from nook.ui.writers.screen import WritersScreen


class Bilingual(SilentVoice):
    def voices(self, language: str = "en") -> list[VoiceInfo]:
        return [VoiceInfo(f"voice-{language}", language, language)] if language in ("en", "es") else []


def long_press(widget) -> None:
    """A finger held on the picture, where the platform puts it: on its window."""
    window = widget.window()
    at = widget.mapTo(window, widget.rect().center() + QPoint(5, 3))
    QTest.mouseMove(window.windowHandle(), at)  # the finger is where it presses
    QTest.mousePress(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def let_go(widget) -> None:
    window = widget.window()
    at = widget.mapTo(window, widget.rect().center() + QPoint(5, 3))
    QTest.mouseRelease(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def test_each_writers_picture_says_their_name_in_their_own_voice(qtbot, nook_app, library: Library) -> None:
    library.set_setting("language", "en")
    writers = [
        library.add_writer("Sofía", "bear", language="es"),
        library.add_writer("Tom", "cat", language="en"),
        library.add_writer("", "fox", language="es"),
    ]
    screen = WritersScreen(library, Operations(library), 96)
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    qtbot.waitExposed(screen)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)  # the pictures in their places
    engine = Bilingual(word_ms=1)
    voice = ForwardingVoice()
    voice.attach(engine)
    talking = TalkingButtons(voice, lambda: True, rest_ms=60_000, long_press_ms=50)  # a long press asks
    try:
        buttons = {b.objectName(): b for b in screen.writer_buttons}
        for number, writer in enumerate(writers, start=1):
            button = buttons[f"writer_{writer.id}"]
            long_press(button)
            qtbot.waitUntil(lambda n=number: len(engine.spoken) == n, timeout=3000)
            let_go(button)
            qtbot.waitUntil(lambda: not voice.is_speaking(), timeout=3000)
        assert engine.spoken == ["Sofía", "Tom", "Writer 3"]
        assert engine.spoken_with == ["voice-es", "voice-en", "voice-en"]
    finally:
        talking.uninstall()
        voice.shutdown()
