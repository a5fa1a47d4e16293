"""Show time reads a page with the child's own recording as a grown-up chose: the
recording, the app's voice, or the recording and then the app's voice; pages turn after."""

from __future__ import annotations

from pathlib import Path

import pytest

from nook.core import recordings
from nook.core.library import Library
from nook.speech import Voice, make_voice
from nook.speech.recording_player import RecordingPlayer
from nook.ui.show_time.screen import ShowTime

VOICE = (Path(__file__).parent.parent / "data" / "voice-440hz.m4a").read_bytes()


@pytest.fixture
def story(library: Library, writer, nook_app):
    piece = library.new_piece(writer.id, "book")
    cover, first = library.pages(piece.id)
    library.update_page(cover.id, words="My cat Tom")
    library.update_page(first.id, words="Tom is big")
    library.add_page(piece.id, words="The end")
    recordings.set_page_recording(library, first.id, recordings.store(library, VOICE))
    return library.piece(piece.id)


def read_through(qtbot, library, story, voice, mode: str) -> tuple[list[int], list[tuple[int, int]], list[str]]:
    """Show the story with read aloud; returns pages turned to, (page, things said so far)
    each time the recording started, and everything the app's voice said."""
    library.set_setting("reading_voice", mode)
    player = RecordingPlayer(use_audio=False)  # the recording's own length, on the clock
    show = ShowTime(library, story.id, voice, recording_player=player, after_reading_ms=20, picture_page_ms=20)
    qtbot.addWidget(show)
    show.resize(1000, 760)
    pages: list[int] = []
    heard: list[tuple[int, int]] = []
    show.page_changed.connect(pages.append)
    player.started.connect(lambda: heard.append((show.index, len(getattr(voice, "spoken", [])))))
    show.present()
    assert show.reading
    qtbot.waitUntil(lambda: not show.reading, timeout=15_000)
    return pages, heard, list(getattr(voice, "spoken", []))


def test_the_childs_own_voice_reads_its_page(qtbot, library, story) -> None:
    voice = make_voice("silent")
    pages, heard, said = read_through(qtbot, library, story, voice, "own")
    assert pages == [1, 2]
    assert heard == [(1, 1)]  # on page 2, after the cover was read
    assert said == ["My cat Tom\n\nby Maya", "The end"]  # the app's voice left page 2 alone
    voice.shutdown()


def test_own_voice_then_the_apps(qtbot, library, story) -> None:
    voice = make_voice("silent")
    pages, heard, said = read_through(qtbot, library, story, voice, "own_then_app")
    assert pages == [1, 2] and heard == [(1, 1)]
    assert said == ["My cat Tom\n\nby Maya", "Tom is big", "The end"]
    voice.shutdown()


def test_the_apps_voice_only(qtbot, library, story) -> None:
    voice = make_voice("silent")
    pages, heard, said = read_through(qtbot, library, story, voice, "app")
    assert pages == [1, 2] and heard == []
    assert said == ["My cat Tom\n\nby Maya", "Tom is big", "The end"]
    voice.shutdown()


def test_a_computer_without_speech_still_plays_the_childs_voice(qtbot, library, story) -> None:
    pages, heard, _ = read_through(qtbot, library, story, Voice(), "own")
    assert pages == [1, 2] and heard == [(1, 0)]
