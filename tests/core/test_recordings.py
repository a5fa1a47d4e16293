"""My voice in the library: only whole recordings are kept, counted, deleted, carried."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from nook.core import recordings, settings
from nook.core.backpack import BackpackRefused, open_backpack, pack
from nook.core.library import Library
from nook.core.repositories import VoiceSpace

# A 1.5 s recording of a 440 Hz tone, made by nook.speech.recorder (AAC in MP4).
VOICE = (Path(__file__).parent.parent / "data" / "voice-440hz.m4a").read_bytes()


@pytest.fixture
def home(tmp_path: Path):
    folder = tmp_path / "home"
    folder.mkdir()
    lib = Library.open(folder)
    yield lib
    lib.close()


def test_a_whole_recording_knows_its_length() -> None:
    assert 1400 <= recordings.mp4_duration_ms(VOICE) <= 1700


@pytest.mark.parametrize("cut", [8, 40, 200, 1000, 3000, len(VOICE) - 600, len(VOICE) - 1])
def test_a_recording_cut_short_anywhere_is_not_a_recording(cut: int) -> None:
    with pytest.raises(recordings.NotARecording):
        recordings.mp4_duration_ms(VOICE[:cut])


def test_other_files_are_not_recordings() -> None:
    for data in (b"", b"hello world, not audio", b"\x89PNG\r\n\x1a\n" + bytes(64), bytes(100)):
        with pytest.raises(recordings.NotARecording):
            recordings.mp4_duration_ms(data)


def test_a_page_keeps_its_recording_and_gives_it_back(library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[1]
    library.update_page(page.id, words="my dog", extras={"text_size": 40})
    recording = recordings.store(library, VOICE)
    assert library.media(recording.media) == VOICE
    assert library.media_info(recording.media)["mime"] == recordings.MIME
    recordings.set_page_recording(library, page.id, recording)
    stored = library.page(page.id)
    assert recordings.recording_of(stored.extras) == recording
    assert stored.extras["text_size"] == 40 and stored.words == "my dog"  # nothing else lost
    recordings.set_page_recording(library, page.id, None)
    assert recordings.recording_of(library.page(page.id).extras) is None
    assert library.page(page.id).extras == {"text_size": 40}


def test_an_unfinished_recording_is_never_stored(library: Library) -> None:
    before = library.db.execute("SELECT COUNT(*) FROM media").fetchone()[0]
    with pytest.raises(recordings.NotARecording):
        recordings.store(library, VOICE[: len(VOICE) // 2])
    assert library.db.execute("SELECT COUNT(*) FROM media").fetchone()[0] == before


def test_a_writers_voice_is_counted_and_deleted_all_at_once(library: Library, writer) -> None:
    other = library.add_writer("Sam", "owl")
    mine = library.new_piece(writer.id, "book")
    theirs = library.new_piece(other.id, "sign")
    first = recordings.store(library, VOICE)
    second = recordings.store(library, VOICE + b"")  # the same bytes: stored once
    assert first == second
    for page in library.pages(mine.id):
        recordings.set_page_recording(library, page.id, first)
    sams = recordings.Recording(library.put_media(VOICE[:-1] + b"\x00", recordings.MIME), 900)
    recordings.set_page_recording(library, library.pages(theirs.id)[0].id, sams)
    library.trash_piece(mine.id)  # a trashed piece still holds the child's voice

    assert library.recordings.space(writer.id) == VoiceSpace(2, len(VOICE))
    assert library.recordings.space(other.id) == VoiceSpace(1, len(VOICE))
    revision = library.piece(mine.id).revision

    assert library.recordings.delete_all(writer.id) == 2
    assert library.recordings.space(writer.id) == VoiceSpace(0, 0)
    assert all(recordings.recording_of(p.extras) is None for p in library.pages(mine.id))
    assert library.media(first.media) is None  # the bytes are gone, not just unlinked
    assert library.piece(mine.id).revision > revision  # a backpack sees the change
    assert library.media(sams.media) is not None  # Sam's voice is Sam's
    assert library.recordings.space(other.id).count == 1


def test_a_recording_another_page_shares_survives_delete_all(library: Library, writer) -> None:
    other = library.add_writer("Sam", "owl")
    shared = recordings.store(library, VOICE)
    for owner in (writer, other):
        piece = library.new_piece(owner.id, "sign")
        recordings.set_page_recording(library, library.pages(piece.id)[0].id, shared)
    library.recordings.delete_all(writer.id)
    assert library.media(shared.media) == VOICE


def test_settings_for_recording() -> None:
    assert settings.DEFAULTS["child_may_record"] is True  # on at home by default
    assert settings.DEFAULTS["reading_voice"] == "own"
    assert settings.clean("reading_voice", "own_then_app") == "own_then_app"
    assert settings.clean("reading_voice", "shout") == "own"


def test_leftovers_of_a_crash_are_cleared(tmp_path: Path) -> None:
    folder = recordings.unfinished_folder(tmp_path)
    folder.mkdir()
    (folder / "a.m4a").write_bytes(VOICE[:100])
    assert recordings.clear_unfinished(tmp_path) == 1
    assert list(folder.iterdir()) == []
    assert recordings.clear_unfinished(tmp_path / "nowhere") == 0


def book_with_voice(library: Library, writer) -> tuple[str, recordings.Recording]:
    piece = library.new_piece(writer.id, "book")
    recording = recordings.store(library, VOICE)
    library.update_page(library.pages(piece.id)[1].id, words="hello grandma")
    recordings.set_page_recording(library, library.pages(piece.id)[1].id, recording)
    return piece.id, recording


def test_a_recording_travels_in_the_backpack_byte_for_byte(library, writer, home, tmp_path) -> None:
    piece_id, recording = book_with_voice(library, writer)
    result = pack(library, [piece_id], tmp_path / "usb" / "Maya.nook")
    assert result.media == 1
    with zipfile.ZipFile(result.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["format_version"] == 2  # an older app asks to be updated
        assert archive.getinfo(f"media/{recording.media}").compress_type == zipfile.ZIP_STORED
    opened = open_backpack(home, result.path)
    assert opened.added == [piece_id] and opened.media_added == 1
    assert home.media(recording.media) == VOICE
    assert recordings.recording_of(home.pages(piece_id)[1].extras) == recording
    assert home.recordings.space(writer.id).count == 1


def test_a_backpack_without_recordings_stays_readable_by_older_apps(library, writer, tmp_path) -> None:
    piece = library.new_piece(writer.id, "sign")
    path = pack(library, [piece.id], tmp_path / "a.nook").path
    with zipfile.ZipFile(path) as archive:
        assert json.loads(archive.read("manifest.json"))["format_version"] == 1


def test_a_damaged_recording_in_a_backpack_is_refused(library, writer, home, tmp_path) -> None:
    piece_id, recording = book_with_voice(library, writer)
    path = pack(library, [piece_id], tmp_path / "a.nook").path
    damaged = tmp_path / "damaged.nook"
    broken = VOICE[: len(VOICE) // 2]
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as out:
        manifest = json.loads(source.read("manifest.json"))
        digest = recordings.digest_of(broken)
        manifest["media"][0]["hash"] = digest
        manifest["pieces"][0]["pages"][1]["extras"]["voice"]["media"] = digest
        out.writestr("manifest.json", json.dumps(manifest))
        out.writestr(f"media/{digest}", broken)
    with pytest.raises(BackpackRefused, match="damaged recording"):
        open_backpack(home, damaged)
    assert home.count_pieces(None) == 0


def test_a_page_whose_recording_went_missing_still_travels(library, writer, home, tmp_path) -> None:
    piece_id, recording = book_with_voice(library, writer)
    recordings.set_page_recording(library, library.pages(piece_id)[1].id, None)
    library.recordings.forget_unused()  # the bytes are gone ...
    library.update_page(library.pages(piece_id)[1].id, extras={"voice": {"media": recording.media, "ms": 1}})
    path = pack(library, [piece_id], tmp_path / "a.nook").path
    open_backpack(home, path)
    page = home.pages(piece_id)[1]
    assert page.words == "hello grandma" and recordings.recording_of(page.extras) is None


def test_the_shelf_knows_which_pieces_have_a_voice(library, writer) -> None:
    from nook.core.shelf import shelf_rows

    quiet = library.new_piece(writer.id, "sign")
    piece_id, _ = book_with_voice(library, writer)
    rows = {row.id: row for row in shelf_rows(library, writer.id)}
    assert rows[piece_id].has_voice and not rows[quiet.id].has_voice
    library.recordings.delete_all(writer.id)
    assert not any(row.has_voice for row in shelf_rows(library, writer.id))
