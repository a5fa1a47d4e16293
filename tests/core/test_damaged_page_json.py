"""A page whose extras are not JSON (damage SQLite's own check does not see: the file is
whole, a value in it is not) spoils only that page. Found on the walk with a hostile
library file: one page's extras cut to '[1,2' and Writing Nook died at every start,
before any window (sqlite3.OperationalError: malformed JSON from the shelf's query for
covers with a recording); the grown-up corner's My voice page likewise."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from nook.core import recordings, shelf
from nook.core.library import Library
from nook.core.repositories import VoiceSpace

VOICE = (Path(__file__).parent.parent / "data" / "voice-440hz.m4a").read_bytes()


def spoil_extras(library: Library, page_id: str) -> None:
    other = sqlite3.connect(library.path)
    other.execute("UPDATE pages SET extras = '[1,2' WHERE id = ?", (page_id,))
    other.commit()
    other.close()


def test_a_page_with_broken_extras_leaves_the_shelf_and_the_voices_readable(library: Library, writer) -> None:
    spoiled = library.new_piece(writer.id, "sign")
    spoil_extras(library, library.pages(spoiled.id)[0].id)
    spoken = library.new_piece(writer.id, "book")
    recording = recordings.store(library, VOICE)
    recordings.set_page_recording(library, library.pages(spoken.id)[1].id, recording)

    rows = {row.id: row for row in shelf.shelf_rows(library, writer.id)}
    assert set(rows) == {spoiled.id, spoken.id}
    assert rows[spoken.id].has_voice and not rows[spoiled.id].has_voice
    assert library.recordings.space(writer.id) == VoiceSpace(1, len(VOICE))
    assert library.recordings.delete_all(writer.id) == 1


def test_no_recording_is_forgotten_while_a_page_cannot_say_what_it_holds(library: Library, writer) -> None:
    """A broken page may be the one pointing at a recording: none is thrown away."""
    piece = library.new_piece(writer.id, "sign")
    page = library.pages(piece.id)[0]
    recording = recordings.store(library, VOICE)
    recordings.set_page_recording(library, page.id, recording)
    spoil_extras(library, page.id)
    assert library.recordings.forget_unused() == 0
    assert library.media(recording.media) == VOICE
