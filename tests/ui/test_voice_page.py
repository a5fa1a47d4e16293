"""The grown-up corner's "My voice": the settings, each writer's count and space, and
deleting one writer's recordings for good (two presses), leaving the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nook.core import recordings
from nook.speech import Voice
from nook.ui.grownup.corner import GrownUpCorner
from nook.ui.operations import Operations
from tests.translation_helpers import in_english


@pytest.fixture(autouse=True)
def english():
    """The app's English, as it runs: counts say "1 piece" and "2 recordings"."""
    with in_english():
        yield


VOICE = (Path(__file__).parent.parent / "data" / "voice-440hz.m4a").read_bytes()


def test_the_corner_counts_and_deletes_a_writers_voice(qtbot, library, writer, nook_app):
    other = library.add_writer("Sam <b>", "owl")
    book = library.new_piece(writer.id, "book")
    for page in library.pages(book.id):
        recordings.set_page_recording(library, page.id, recordings.store(library, VOICE))
    sams = library.new_piece(other.id, "sign")
    recordings.set_page_recording(library, library.pages(sams.id)[0].id, recordings.store(library, VOICE[:-1] + b"!"))
    ops = Operations(library)
    corner = GrownUpCorner(library, ops, Voice())
    qtbot.addWidget(corner)
    corner.show()
    corner.show_section("My voice")
    page = corner.voice_page
    assert page.isVisible()
    assert page.counts[writer.id].text() == f"2 recordings, {len(VOICE) / 1000:.0f} kB"  # sizes in powers of 1000
    assert page.counts[other.id].text().startswith("1 recording,")

    qtbot.mouseClick(page.delete_buttons[writer.id], Qt.MouseButton.LeftButton)
    assert library.recordings.space(writer.id).count == 2  # the first press only asks
    assert page.delete_buttons[writer.id].text() == "Yes, delete 2 for good"
    qtbot.mouseClick(page.delete_buttons[writer.id], Qt.MouseButton.LeftButton)
    assert library.recordings.space(writer.id).count == 0
    assert page.counts[writer.id].text() == "no recordings"
    assert not page.delete_buttons[writer.id].isEnabled()
    assert library.recordings.space(other.id).count == 1
    ops.detach()


def test_the_corner_switches_recording_off_and_chooses_the_reading_voice(qtbot, library, writer, nook_app):
    ops = Operations(library)
    corner = GrownUpCorner(library, ops, Voice())
    qtbot.addWidget(corner)
    page = corner.voice_page
    assert page.may_record.isChecked()
    page.may_record.setChecked(False)
    assert library.setting("child_may_record") is False
    page.reading_voice.setCurrentIndex(page.reading_voice.findData("own_then_app"))
    assert library.setting("reading_voice") == "own_then_app"
    ops.detach()
