"""Talking books: every word in the pages and in the overlays, in order, timed inside
real AAC audio, and books that epubcheck passes with no error and no warning."""

from __future__ import annotations

import zipfile

import pytest
from epub_helpers import DC, assert_epubcheck_clean, child_words, make_piece, open_book

from nook.core.library import Library
from nook.export.talking_book import Cancelled, Job, export_talking_book, word_clips
from tests.speech.conftest import requires_espeak


def flat(lists: list[list[str]]) -> list[str]:
    return [word for words in lists for word in words]


@requires_espeak
@pytest.mark.parametrize("kind", ["book", "list", "sign", "letter"])
def test_every_word_is_on_the_pages_and_in_the_overlays_in_order(
    library: Library, writer, nook_app, tmp_path, kind
) -> None:
    piece_id = make_piece(library, writer.id, kind)
    book = open_book(export_talking_book(library, piece_id, tmp_path / f"{kind}.epub"))
    expected = child_words(kind)
    assert flat([book.span_words(page) for page in book.pages]) == expected
    overlays = book.overlays()
    assert flat([o.words for o in overlays]) == expected
    # One audio file for the piece; every clip starts after the last, inside the sound.
    audio = {o.audio for o in overlays}
    assert len(audio) == 1
    duration = book.audio_seconds(audio.pop())
    clips = [clip for o in overlays for clip in o.clips]
    assert all(begin < end for begin, end in clips)
    assert all(later[0] >= earlier[1] - 1e-9 for earlier, later in zip(clips, clips[1:], strict=False))
    assert clips[-1][1] <= duration
    assert duration > 0.3 * len(expected)  # real speech, not a stub: about a word every 0.4 s


@requires_espeak
@pytest.mark.slow  # epubcheck is a Java program: 5 to 12 s a book on this machine
def test_a_talking_book_passes_epubcheck(library: Library, writer, nook_app, tmp_path) -> None:
    path = export_talking_book(library, make_piece(library, writer.id, "book"), tmp_path / "book.epub")
    assert_epubcheck_clean(path)


@requires_espeak
@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "language", "audio"),
    [
        (kind, language, audio)
        for kind in ("book", "list", "sign", "letter")
        for language, audio in (("en", False), ("es", True))
    ]
    + [("letter", "en", True), ("list", "es", False)],
)
def test_every_kind_passes_epubcheck(library: Library, writer, nook_app, tmp_path, kind, language, audio) -> None:
    library.set_setting("language", language, writer.id)
    path = export_talking_book(
        library, make_piece(library, writer.id, kind, language), tmp_path / "b.epub", audio=audio
    )
    assert_epubcheck_clean(path)


@requires_espeak
def test_the_book_speaks_the_writers_language(library: Library, writer, nook_app, tmp_path) -> None:
    library.set_setting("language", "es", writer.id)
    piece_id = make_piece(library, writer.id, "sign", "es")
    book = open_book(export_talking_book(library, piece_id, tmp_path / "es.epub"))
    # Latin American Spanish, the tag its PDF and a Spanish page in an English book carry:
    # an e-book reader reading aloud picks that voice.
    assert book.opf.findtext(f".//{DC}language") == "es-419"
    assert b'xml:lang="es-419"' in book.files[book.pages[0]]
    assert flat([o.words for o in book.overlays()]) == child_words("sign", "es")
    assert book.opf.findtext(f".//{DC}creator") == "Maya"


def test_without_a_voice_the_book_has_its_words_and_no_overlays(library: Library, writer, nook_app, tmp_path) -> None:
    piece_id = make_piece(library, writer.id, "letter")
    book = open_book(export_talking_book(library, piece_id, tmp_path / "quiet.epub", audio=False))
    assert flat([book.span_words(page) for page in book.pages]) == child_words("letter")
    assert not book.overlays()
    assert not [name for name in book.files if name.startswith("EPUB/audio/")]
    # Shown as the app shows it: the grown-up's words are text too, and control
    # characters a paste brought in are gone (the XML parsed above).
    assert "Dear Grandma" in book.text(book.pages[0])


def test_a_list_shows_a_few_rows_on_each_page(library: Library, writer, nook_app, tmp_path) -> None:
    piece_id = make_piece(library, writer.id, "list")
    book = open_book(export_talking_book(library, piece_id, tmp_path / "list.epub", audio=False))
    rows = len(library.pages(piece_id))
    assert 1 < len(book.pages) < rows
    assert b'content="width=1600, height=' in book.files[book.pages[0]]


def test_a_cancelled_book_leaves_no_file(library: Library, writer, nook_app, tmp_path) -> None:
    piece_id = make_piece(library, writer.id, "book")
    steps: list[int] = []
    job = Job(progress=lambda done, total: steps.append(done), cancelled=lambda: len(steps) >= 1)
    with pytest.raises(Cancelled):
        export_talking_book(library, piece_id, tmp_path / "gone.epub", job=job, audio=False)
    assert steps == [1]
    assert list(tmp_path.iterdir()) == [tmp_path / "nook-data"]


def test_progress_reaches_the_end(library: Library, writer, nook_app, tmp_path) -> None:
    piece_id = make_piece(library, writer.id, "book")
    steps: list[tuple[int, int]] = []
    export_talking_book(
        library, piece_id, tmp_path / "b.epub", job=Job(progress=lambda *a: steps.append(a)), audio=False
    )
    assert steps[-1][0] == steps[-1][1] == len(library.pages(piece_id)) + 1
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)
    with zipfile.ZipFile(tmp_path / "b.epub") as archive:
        assert archive.testzip() is None


@pytest.mark.parametrize(
    ("times", "duration", "clips"),
    [
        ([40, 300, 600], 900, [(0, 300), (300, 600), (600, 900)]),
        ([40, 300, 300, 300], 900, [(0, 300), (300, 301), (301, 302), (302, 900)]),  # words no event reached
        ([0, 890, 900], 900, [(0, 890), (890, 899), (899, 900)]),  # crowded at the end: still inside
        ([10], 5, [(0, 5)]),
        ([], 900, []),
        ([1, 2, 3], 2, []),  # less sound than words: no overlay rather than a broken one
    ],
)
def test_word_clips_increase_and_stay_inside_the_sound(times, duration, clips) -> None:
    assert word_clips(times, duration) == clips


def record_page(library: Library, page_id: str):
    """Give a page a real recording (AAC in MP4, as the recorder stores it)."""
    from nook.core import recordings
    from nook.export.audio import encode_m4a
    from nook.speech.espeak_synth import acquire_worker, release_worker

    worker = acquire_worker()
    try:
        assert worker.wait_ready(5)
        said = worker.synthesise("Rex can run fast and jump high", None, 150)
    finally:
        release_worker(worker)
    assert said is not None
    recording = recordings.store(library, encode_m4a(said.pcm, said.sample_rate))
    recordings.set_page_recording(library, page_id, recording)
    return recording


@requires_espeak
def test_a_page_with_the_childs_recording_plays_it_for_that_page(library: Library, writer, nook_app, tmp_path) -> None:
    piece_id = make_piece(library, writer.id, "book")
    recording = record_page(library, library.pages(piece_id)[1].id)
    book = open_book(export_talking_book(library, piece_id, tmp_path / "voice.epub"))
    overlays = book.overlays()
    assert len(overlays) == 3
    cover, recorded, last = overlays
    # The child's own voice plays, whole, for their page, lighting the page's words.
    assert recorded.audio == f"EPUB/audio/{recording.media}.m4a"
    assert book.files[recorded.audio] == library.media(recording.media)
    assert recorded.clips == [(0.0, recording.ms / 1000)]
    assert recorded.words == ["Rex can run fast & jump <high>"]
    # The other pages still light word by word in the synthetic voice.
    texts = child_words("book")
    assert cover.words + last.words == texts[:3] + texts[9:]
    assert book.span_words(book.pages[1]) == texts[3:9]
    assert cover.audio == last.audio != recorded.audio


@requires_espeak
@pytest.mark.slow
def test_a_book_with_a_recording_passes_epubcheck(library: Library, writer, nook_app, tmp_path) -> None:
    piece_id = make_piece(library, writer.id, "list")
    record_page(library, library.pages(piece_id)[2].id)
    assert_epubcheck_clean(export_talking_book(library, piece_id, tmp_path / "voice.epub"))


@requires_espeak
@pytest.mark.slow
def test_a_class_book_passes_epubcheck(library: Library, nook_app, tmp_path) -> None:
    from datetime import date

    from nook.export.class_book import class_book_epub
    from nook.export.selection import gather

    for name, avatar, kind in (("Maya", "fox", "letter"), ("Sam", "cat", "list")):
        make_piece(library, library.add_writer(name, avatar).id, kind)
    path = class_book_epub(library, gather(library), tmp_path / "class.epub", "Room 4", date(2026, 12, 2))
    assert_epubcheck_clean(path)
    book = open_book(path)
    assert book.text(book.pages[0]) == "Our class book Room 4 December 2, 2026"


def test_drawings_are_kept_as_png_and_photos_as_jpeg(library: Library, writer, nook_app, tmp_path) -> None:
    from nook.core import picture as pic

    piece_id = make_piece(library, writer.id, "book")  # its first pages have photos in them
    drawing = pic.make_picture([pic.stroke("brush", "#e03131", 24, [(100, 100), (600, 500)])])
    library.update_page(library.pages(piece_id)[2].id, picture=drawing)
    book = open_book(export_talking_book(library, piece_id, tmp_path / "b.epub", audio=False))
    images = sorted(name.rsplit("/", 1)[1] for name in book.files if name.startswith("EPUB/images/"))
    assert images == ["p0001.jpg", "p0002.jpg", "p0003.png"]
    assert book.files["EPUB/images/p0003.png"].startswith(b"\x89PNG")
    assert b'href="images/p0003.png" media-type="image/png"' in book.files["EPUB/package.opf"]
    assert b'src="../images/p0003.png"' in book.files[book.pages[2]]


@requires_espeak
def test_the_voice_is_the_writers_own_or_their_languages(library: Library, writer) -> None:
    from nook.export.narration import Narrator

    narrator = Narrator()
    try:
        assert narrator.voice_for(library, writer.id)[0] == "gmw/en-US"
        library.set_setting("language", "es", writer.id)
        assert narrator.voice_for(library, writer.id)[0] == "roa/es-419"
        library.set_setting("voice_id", "roa/es", writer.id)  # a voice a grown-up picked
        library.set_setting("voice_rate", 0.5, writer.id)
        assert narrator.voice_for(library, writer.id) == ("roa/es", 80)
        library.set_setting("voice_id", "some-windows-voice", writer.id)  # another engine's: not espeak's
        assert narrator.voice_for(library, writer.id)[0] == "roa/es-419"
    finally:
        narrator.close()
