"""Record again: a child who did not like their voice records it once more on the same
page, after hearing it or not; the new take replaces the old one (undo brings it back)."""

from __future__ import annotations

from nook.core import recordings
from nook.speech.microphones import Microphones
from nook.ui.editor import PieceScreen
from tests.ui.editor.test_my_voice import click, open_with_microphone, record_on_screen
from tests.voice_helpers import tone_wav


def test_record_again_after_hearing_it(qtbot, library, writer, ops, virtual_microphone, tmp_path) -> None:
    piece = library.new_piece(writer.id, "book")
    page_id = library.pages(piece.id)[1].id
    screen = open_with_microphone(qtbot, library, ops, piece.id, Microphones(virtual_microphone.device_id))
    screen.go_to(1)
    panel = screen.my_voice
    virtual_microphone.play(tone_wav(tmp_path / "tone.wav", 440, seconds=20))
    record_on_screen(qtbot, screen, 800)
    click(qtbot, panel.stop_button)
    qtbot.waitUntil(lambda: panel.state == "ready", timeout=10_000)
    screen.flush()
    first = recordings.recording_of(library.page(page_id).extras)
    assert first is not None
    with qtbot.waitSignal(panel.player.done, timeout=first.ms + 8000):
        click(qtbot, panel.play_button)
    assert panel.state == "ready"

    click(qtbot, panel.again_button)
    assert panel.state == "counting"
    qtbot.waitUntil(lambda: panel.state == "recording", timeout=10_000)
    qtbot.waitUntil(lambda: panel.recorder.elapsed_ms >= 1600, timeout=8000)
    click(qtbot, panel.stop_button)
    qtbot.waitUntil(lambda: panel.state == "ready", timeout=10_000)
    screen.flush()
    second = recordings.recording_of(library.page(page_id).extras)
    assert second is not None and second != first and second.ms >= 1500
    screen.undo()
    screen.flush()
    assert recordings.recording_of(library.page(page_id).extras) == first


def test_record_again_while_hearing_it(qtbot, library, writer, ops, virtual_microphone, tmp_path) -> None:
    """The button is there while the voice plays: a tap on it stops the voice and counts
    down (it did nothing until the voice had played to its end)."""
    piece = library.new_piece(writer.id, "book")
    screen = open_with_microphone(qtbot, library, ops, piece.id, Microphones(virtual_microphone.device_id))
    screen.go_to(1)
    panel = screen.my_voice
    virtual_microphone.play(tone_wav(tmp_path / "tone.wav", 440, seconds=20))
    record_on_screen(qtbot, screen, 2500)
    click(qtbot, panel.stop_button)
    qtbot.waitUntil(lambda: panel.state == "ready", timeout=10_000)
    click(qtbot, panel.play_button)
    assert panel.state == "playing" and panel.again_button.isVisible()
    click(qtbot, panel.again_button)
    assert panel.state == "counting" and not panel.player.playing


def test_recording_quiets_the_apps_own_reading(qtbot, library, writer, ops, virtual_microphone) -> None:
    """A child taps "Read to me", then the microphone: the app's voice stops before the
    count, so the take holds the child's voice, not the app reading the page over it
    (it read on for seconds into the recording, seen under Xvfb)."""
    from nook.speech import make_voice

    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="my dog is big and he likes to run in the park")
    voice = make_voice("silent")
    voice.word_ms = 400  # a long page, still being read when the microphone is tapped
    screen = PieceScreen(
        library, ops, piece.id, voice, 64, microphones=Microphones(virtual_microphone.device_id), countdown_step_ms=20
    )
    qtbot.addWidget(screen)
    screen.resize(1100, 780)
    screen.show()
    qtbot.waitExposed(screen)
    screen.reading.read_to_me()
    qtbot.waitUntil(voice.is_speaking, timeout=3000)
    click(qtbot, screen.my_voice.record_button)
    assert screen.my_voice.state == "counting"
    assert not voice.is_speaking() and not screen.reading.reading_piece
    voice.shutdown()


def test_the_app_keeps_quiet_while_a_take_runs(qtbot, library, writer, ops, virtual_microphone, tmp_path) -> None:
    """While the child records, "Read to me", a tapped word, the typing echo, a sticker's
    name and a word of the word wall say nothing: the take holds the child's voice only."""
    from PySide6.QtCore import Qt

    from nook.speech import make_voice

    library.set_setting("echo_words", True)
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="my dog")
    voice = make_voice("silent")
    screen = PieceScreen(
        library, ops, piece.id, voice, 64, microphones=Microphones(virtual_microphone.device_id), countdown_step_ms=20
    )
    qtbot.addWidget(screen)
    screen.resize(1100, 780)
    screen.show()
    qtbot.waitExposed(screen)
    virtual_microphone.play(tone_wav(tmp_path / "tone.wav", 440, seconds=20))
    record_on_screen(qtbot, screen, 300)
    said = len(voice.spoken)
    screen.reading.read_to_me()
    edit = screen.current_view.edits[screen.current_view.layout_spec.texts[0].field]
    edit.setFocus()
    qtbot.keyClicks(edit, " runs ")
    qtbot.keyClick(edit, Qt.Key.Key_End)
    # A sticker chosen and a word of the word wall tapped say their names, but not over
    # a take (seen under Xvfb: "gato" was said into the recording).
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], Qt.MouseButton.LeftButton)
    sticker = next(iter(screen.sticker_box.sticker_buttons.values()))
    qtbot.mouseClick(sticker, Qt.MouseButton.LeftButton)
    screen.toggle_word_wall()
    qtbot.mouseClick(screen.word_wall.word_buttons[0], Qt.MouseButton.LeftButton)
    assert len(voice.spoken) == said and not voice.is_speaking()
    click(qtbot, screen.my_voice.stop_button)
    qtbot.waitUntil(lambda: screen.my_voice.state == "ready", timeout=10_000)
    screen.reading.read_to_me()  # after the take, reading works again (the take first)
    assert screen.reading.reading_piece
    screen.reading.stop()
    voice.shutdown()
