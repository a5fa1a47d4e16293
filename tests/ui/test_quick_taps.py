"""A child's tap is quick: the pointer arrives and presses at once. Reading started by
that tap must reach its last word; the talking buttons never cut it off.

Driven through the real window with real pointer events (QTest moves the pointer onto
the control and presses at once, no rest first) and the app's own talking buttons,
at their real rest time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.speech.forwarding import ForwardingVoice
from nook.ui.kit.talking import REST_MS
from nook.ui.main_window import MainWindow

SIGN = "Tom is a big cat and he naps all day long in the warm sun"
WORD_MS = 90  # each word lasts longer than the talking buttons' rest, all told


def quick_tap(widget: QWidget, pos: QPoint | None = None) -> None:
    """Arrive and press within a few milliseconds, as a five-year-old does."""
    point = pos if pos is not None else widget.rect().center()
    on_screen(widget, point)
    QTest.mouseMove(widget, point)
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def on_screen(widget: QWidget, point: QPoint) -> None:
    """Move the window so the spot to tap is on the (small, offscreen) screen, as the
    control a child taps always is: what the pointer rests on later is then real."""
    screen = widget.screen().geometry()
    spot = widget.mapToGlobal(point)
    if not screen.contains(spot):
        window = widget.window()
        window.move(window.pos() + screen.center() - spot)
        assert screen.contains(widget.mapToGlobal(point))


@pytest.fixture
def voice(qapp):
    """The app's voice as the app builds it: a ForwardingVoice, its engine (silent here) attached."""
    engine = make_voice("silent")
    engine.word_ms = WORD_MS
    speaker = ForwardingVoice()
    speaker.attach(engine)
    yield speaker
    speaker.shutdown()


def open_window(qtbot, library: Library, writer, piece_id: str, voice) -> MainWindow:
    library.set_state("last_writer", writer.id)
    library.set_state(f"last_piece:{writer.id}", piece_id)
    window = MainWindow(library, voice, show_time_look_ms=10)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.piece_screen is not None and window._talking_enabled()
    return window


def heard_words(voice) -> list[tuple[str, str]]:
    """(text said, word heard) for every word signal, recorded as it comes."""
    heard: list[tuple[str, str]] = []

    def on_word(_utterance: int, start: int, length: int) -> None:
        text = voice.engine.spoken[-1]
        heard.append((text, text[start : start + length]))

    voice.word.connect(on_word)
    return heard


def test_a_quick_tap_on_read_to_me_reads_to_the_last_word(qtbot, nook_app, library, writer, voice) -> None:
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words=SIGN)
    window = open_window(qtbot, library, writer, piece.id, voice)
    assert len(SIGN.split()) * WORD_MS > 2 * REST_MS  # the reading outlasts a rest
    heard = heard_words(voice)
    quick_tap(window.piece_screen.read_button)
    qtbot.waitUntil(lambda: not window.piece_screen.reading.read_aloud.reading, timeout=10_000)
    assert voice.engine.spoken == [SIGN]  # no control's name was said over it
    assert heard[-1] == (SIGN, "sun")
    window.close()


def test_a_quick_tap_on_a_word_says_the_word_to_its_end(qtbot, nook_app, library, writer, voice) -> None:
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="dinosaur")
    window = open_window(qtbot, library, writer, piece.id, voice)
    voice.engine.word_ms = REST_MS  # a long word: still being said when a rest would end
    edit = next(iter(window.piece_screen.current_view.edits.values()))
    finished: list[int] = []
    voice.finished.connect(finished.append)
    heard = heard_words(voice)
    quick_tap(edit.viewport(), edit.cursorRect(edit.textCursor()).center())
    qtbot.waitUntil(lambda: len(finished) == 1, timeout=10_000)
    assert voice.engine.spoken == ["dinosaur"]
    assert heard == [("dinosaur", "dinosaur")]
    window.close()


def book(library: Library, writer) -> tuple[str, str]:
    piece = library.new_piece(writer.id, "book")
    cover, first = library.pages(piece.id)
    library.update_page(cover.id, words="My cat Tom and his long lazy days")
    library.update_page(first.id, words="Tom is big")
    last = "Tom naps all day in the sun"
    library.add_page(piece.id, words=last)
    return piece.id, last


def test_a_quick_tap_on_show_time_reads_every_page_to_the_end(qtbot, nook_app, library, writer, voice) -> None:
    piece_id, last = book(library, writer)
    window = open_window(qtbot, library, writer, piece_id, voice)
    heard = heard_words(voice)
    quick_tap(window.piece_screen.show_time_button)
    show = window.show_time_screen
    assert show is not None and show.reading
    qtbot.waitUntil(lambda: not show.reading, timeout=15_000)
    assert show.index == len(show.pages) - 1  # the pages turned to the end
    assert voice.engine.spoken[-1] == last and heard[-1] == (last, "sun")
    assert all(text.startswith(("My cat", "Tom")) for text in voice.engine.spoken)  # nothing else was said
    window.close()


def test_a_quick_tap_on_show_times_play_reads_to_the_end(qtbot, nook_app, library, writer, voice) -> None:
    piece_id, last = book(library, writer)
    window = open_window(qtbot, library, writer, piece_id, voice)
    show = window.show_time(piece_id)
    show.stop_reading()
    screen = show.screen().geometry()
    qtbot.waitUntil(lambda: screen.contains(show.read_button.mapToGlobal(show.read_button.rect().center())))
    heard = heard_words(voice)
    quick_tap(show.read_button)
    assert show.reading
    QTest.mouseMove(show.stage, show.stage.rect().center())  # the hand drifts onto the page and rests
    qtbot.waitUntil(lambda: not show.reading, timeout=15_000)
    assert show.index == len(show.pages) - 1
    assert heard[-1] == (last, "sun")
    window.close()


# Resting on a button shows its tool tip, which the offscreen platform cannot raise.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_no_name_is_said_over_my_voice_playing(qtbot, nook_app, library, writer, voice) -> None:
    from pathlib import Path

    from nook.core import recordings

    piece = library.new_piece(writer.id, "sign")
    page_id = library.pages(piece.id)[0].id
    data = (Path(__file__).parents[1] / "data" / "voice-440hz.m4a").read_bytes()
    recordings.set_page_recording(library, page_id, recordings.store(library, data))
    window = open_window(qtbot, library, writer, piece.id, voice)
    panel = window.piece_screen.my_voice
    assert panel.state == "ready"
    rests: list[str] = []
    window.talking._rest.timeout.connect(lambda: rests.append(panel.state))
    quick_tap(panel.play_button)
    assert panel.state == "playing"
    QTest.mouseMove(window.piece_screen.read_button)  # the hand drifts on and rests while it plays
    qtbot.waitUntil(lambda: bool(rests), timeout=10_000)
    assert rests[0] == "playing"  # the rest came while the recording was heard
    assert voice.engine.spoken == []  # and no name was said over the child's voice
    qtbot.waitUntil(lambda: panel.state == "ready", timeout=15_000)
    window.close()
