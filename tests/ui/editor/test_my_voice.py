"""My voice in the editor, through a real (virtual) microphone: record, hear, throw
away, undo; no microphone and a grown-up's "no recording" say why; closing keeps it whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from nook.core import recordings
from nook.core.library import Library
from nook.speech import Voice
from nook.speech.microphones import Microphones
from nook.ui.editor import PieceScreen
from nook.ui.editor.oops import oops_message
from tests.voice_helpers import decode, tone_power, tone_wav


def open_with_microphone(qtbot, library, ops, piece_id: str, microphones: Microphones) -> PieceScreen:
    screen = PieceScreen(library, ops, piece_id, Voice(), 64, microphones=microphones, countdown_step_ms=20)
    qtbot.addWidget(screen)
    screen.resize(1100, 780)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def media_count(library: Library) -> int:
    return int(library.db.execute("SELECT COUNT(*) FROM media").fetchone()[0])


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def record_on_screen(qtbot, screen: PieceScreen, ms: int) -> None:
    panel = screen.my_voice
    click(qtbot, panel.record_button)
    assert panel.state == "counting" and panel.countdown.isVisible()
    qtbot.waitUntil(lambda: panel.state == "recording", timeout=10_000)
    assert panel.meter.isVisible() and panel.time_label.isVisible() and panel.stop_button.isVisible()
    qtbot.waitUntil(lambda: panel.recorder.elapsed_ms >= ms, timeout=ms + 5_000)


def test_a_child_records_hears_throws_away_and_undoes(qtbot, library, writer, ops, virtual_microphone, tmp_path):
    piece = library.new_piece(writer.id, "book")
    page_id = library.pages(piece.id)[1].id
    screen = open_with_microphone(qtbot, library, ops, piece.id, Microphones(virtual_microphone.device_id))
    screen.go_to(1)
    panel = screen.my_voice
    assert panel.record_button.accessibleName() == "Record my voice"
    without_badge = screen.thumbnails.thumbnail(1).toImage()

    virtual_microphone.play(tone_wav(tmp_path / "tone.wav", 440, seconds=8))
    record_on_screen(qtbot, screen, 1500)
    # The child sees the app hear them: the meter lights and the time runs.
    qtbot.waitUntil(lambda: panel.meter.lit_bars >= 5, timeout=3000)
    assert panel.time_label.text() == "0:01"
    click(qtbot, panel.stop_button)
    qtbot.waitUntil(lambda: panel.state == "ready", timeout=10_000)
    assert panel.play_button.isVisible() and panel.again_button.isVisible() and panel.throw_button.isVisible()

    screen.flush()
    recording = recordings.recording_of(library.page(page_id).extras)
    assert recording is not None and recording.ms >= 1400
    samples, rate = decode(qtbot, library.media(recording.media))
    assert tone_power(samples, rate, 440) > 50 * tone_power(samples, rate, 660)
    # The page strip shows a speaker on the page with a voice.
    assert screen.thumbnails.thumbnail(1).toImage() != without_badge

    with qtbot.waitSignal(panel.player.done, timeout=recording.ms + 8000):
        click(qtbot, panel.play_button)
        assert panel.state == "playing"

    click(qtbot, panel.throw_button)
    assert panel.state == "idle"
    screen.flush()
    assert recordings.recording_of(library.page(page_id).extras) is None
    screen.undo()
    screen.flush()
    assert recordings.recording_of(library.page(page_id).extras) == recording
    assert panel.state == "ready"
    assert library.media(recording.media) is not None


def test_no_microphone_shows_a_crossed_microphone_and_says_why(qtbot, library, writer, ops):
    piece = library.new_piece(writer.id, "sign")
    screen = open_with_microphone(qtbot, library, ops, piece.id, Microphones(b"nook-no-such-microphone"))
    panel = screen.my_voice
    before = media_count(library)
    assert panel.record_button.accessibleName() == "No microphone"
    click(qtbot, panel.record_button)
    assert screen.oops_bubble.isVisible()
    assert screen.oops_bubble.reason == "no_microphone"
    assert screen.oops_bubble.message.text() == oops_message("no_microphone")
    assert panel.state == "idle" and media_count(library) == before


def test_a_grown_up_can_switch_recording_off(qtbot, library, writer, ops, virtual_microphone):
    library.set_setting("child_may_record", False)
    piece = library.new_piece(writer.id, "letter")
    screen = open_with_microphone(qtbot, library, ops, piece.id, Microphones(virtual_microphone.device_id))
    panel = screen.my_voice
    assert panel.record_button.accessibleName() == "No recording"
    click(qtbot, panel.record_button)
    assert screen.oops_bubble.reason == "no_recording"
    assert screen.oops_bubble.message.text() == oops_message("no_recording")
    assert panel.state == "idle" and not panel.recorder.busy


def test_closing_the_piece_mid_recording_keeps_it_whole(qtbot, library, writer, ops, virtual_microphone, tmp_path):
    piece = library.new_piece(writer.id, "list")
    screen = open_with_microphone(qtbot, library, ops, piece.id, Microphones(virtual_microphone.device_id))
    page_id = screen.states[screen.index].id
    virtual_microphone.play(tone_wav(tmp_path / "tone.wav", 440, seconds=6))
    record_on_screen(qtbot, screen, 600)
    screen.close_piece()
    recording = recordings.recording_of(library.page(page_id).extras)
    assert recording is not None
    assert recordings.mp4_duration_ms(library.media(recording.media)) == recording.ms >= 500
    assert list(recordings.unfinished_folder(Path(library.path).parent).iterdir()) == []


VOICE = (Path(__file__).parent.parent.parent / "data" / "voice-440hz.m4a").read_bytes()


def test_read_to_me_plays_the_childs_own_voice_on_its_page(qtbot, library, writer, ops):
    from nook.speech import make_voice

    piece = library.new_piece(writer.id, "book")
    cover, first = library.pages(piece.id)
    library.update_page(cover.id, words="My dog")
    library.update_page(first.id, words="he runs")
    library.add_page(piece.id, words="the end")
    recordings.set_page_recording(library, first.id, recordings.store(library, VOICE))
    voice = make_voice("silent")
    voice.word_ms = 5
    screen = PieceScreen(library, ops, piece.id, voice, 64)
    qtbot.addWidget(screen)
    screen.show()
    heard: list[int] = []
    screen.recording_player.started.connect(lambda: heard.append(screen.index))
    screen.reading.read_to_me()
    qtbot.waitUntil(lambda: not screen.reading.busy, timeout=15_000)
    assert heard == [1]  # the recording, on its own page
    assert voice.spoken == ["My dog", "the end"]  # the app's voice left that page alone
    assert screen.index == 2
    voice.shutdown()
