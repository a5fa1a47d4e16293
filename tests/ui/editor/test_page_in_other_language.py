"""A page in the writer's other language (issue 10): a picture-and-spoken toggle on the
page, read aloud in that language's voice with each word lit, and exported with its
language tag (ePub xml:lang on the page's text, PDF /Lang when the whole piece is)."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nook.core.library import Library
from nook.core.page_language import PAGE_LANGUAGE
from nook.speech.silent import SilentVoice
from nook.speech.words import split_words
from nook.ui.editor.read_aloud import is_read_aloud_selection

SPANISH = "Mañana vamos al parque con mi niño"


@pytest.fixture
def two_languages(library: Library, writer):
    """Maya writes in English, and in Spanish at home."""
    library.set_setting("language", "en", writer.id)
    library.set_setting("second_language", "es", writer.id)
    return writer


def _book(library: Library, writer) -> str:
    piece = library.new_piece(writer.id, "book")
    cover, page = library.pages(piece.id)
    library.update_page(cover.id, words="My park")
    library.update_page(page.id, words=SPANISH)
    library.add_page(piece.id, words="We play")
    return piece.id


def test_a_writer_with_one_language_sees_no_language_button(library, writer, open_piece):
    screen = open_piece(_book(library, writer))
    assert not screen.language_button.isVisibleTo(screen)


def test_the_toggle_marks_the_page_says_its_name_and_reads_it_in_spanish(library, two_languages, open_piece, qtbot):
    voice = SilentVoice(word_ms=5)
    piece_id = _book(library, two_languages)
    screen = open_piece(piece_id, voice=voice)
    screen.go_to(1)
    button = screen.language_button
    assert button.isVisibleTo(screen) and button.accessibleName() == "Words in English"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The page is now Spanish: the picture and the name change, and the name is said in Spanish.
    assert button.accessibleName() == "Words in Español"
    assert (voice.spoken[-1], voice.languages[-1]) == ("Español", "es")
    screen.flush()
    assert library.pages(piece_id)[1].extras[PAGE_LANGUAGE] == "es"
    assert PAGE_LANGUAGE not in library.pages(piece_id)[2].extras  # only that page

    # A tapped word and the whole page are read in the Spanish voice, each word lit in turn.
    lit: list[str] = []
    edit = screen.current_view.edits["words"]

    def highlighted(_utterance: int, _start: int, _length: int) -> None:
        # What the child sees lit on the page as each word is heard.
        lit.extend(s.cursor.selectedText() for s in edit.extraSelections() if is_read_aloud_selection(s))

    voice.word.connect(highlighted)
    screen.reading.read_aloud.read(edit)
    qtbot.waitUntil(lambda: not screen.reading.read_aloud.reading, timeout=5000)
    assert (voice.spoken[-1], voice.languages[-1]) == (SPANISH, "es")
    assert lit == [w.text for w in split_words(SPANISH)]

    # "Read to me" on the next page (English): the English voice again.
    screen.go_to(2)
    assert button.accessibleName() == "Words in English"
    qtbot.mouseClick(screen.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: voice.spoken[-1] == "We play", timeout=5000)
    assert voice.languages[-1] == "en"

    # Undo takes the mark back, like any change the child made.
    screen.go_to(1)
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    screen.flush()
    assert PAGE_LANGUAGE not in library.pages(piece_id)[1].extras
    assert button.accessibleName() == "Words in English"


def test_show_time_reads_the_spanish_page_in_spanish(library, two_languages, nook_app, qtbot):
    from nook.ui.show_time.screen import ShowTime

    piece_id = _book(library, two_languages)
    page = library.pages(piece_id)[1]
    library.update_page(page.id, extras={PAGE_LANGUAGE: "es"})
    voice = SilentVoice(word_ms=5)
    show = ShowTime(library, piece_id, voice, after_reading_ms=1, picture_page_ms=1)
    qtbot.addWidget(show)
    show.show()
    show.present()
    qtbot.waitUntil(lambda: "We play" in voice.spoken, timeout=10_000)
    said = dict(zip(voice.spoken, voice.languages, strict=True))
    assert said[SPANISH] == "es" and said["We play"] == "en"


def _xhtml(epub: Path) -> list[str]:
    with zipfile.ZipFile(epub) as book:
        return [book.read(n).decode() for n in sorted(book.namelist()) if re.search(r"p\d+\.xhtml$", n)]


def test_the_talking_book_tags_the_spanish_page(library, two_languages, nook_app, tmp_path):
    from nook.export.talking_book import export_talking_book

    piece_id = _book(library, two_languages)
    page = library.pages(piece_id)[1]
    library.update_page(page.id, extras={PAGE_LANGUAGE: "es", "grown_up_line": "Tomorrow we go to the park"})
    pages = _xhtml(export_talking_book(library, piece_id, tmp_path / "park.epub", audio=False))
    assert len(pages) == 3
    spanish = next(p for p in pages if "Mañana" in p)
    # The page's text says its language; the English pages say nothing but the book's.
    child = re.search(r'<div[^>]*class="box role-child[^"]*"[^>]*>', spanish)
    assert child is not None and 'xml:lang="es-419"' in child.group(0) and 'lang="es-419"' in child.group(0)
    assert all("es-419" not in p for p in pages if "Mañana" not in p)
    with zipfile.ZipFile(tmp_path / "park.epub") as book:
        opf = next(book.read(n).decode() for n in book.namelist() if n.endswith(".opf"))
    assert "<dc:language>en</dc:language>" in opf


def test_the_talking_book_reads_the_spanish_page_in_the_spanish_voice(
    library, two_languages, nook_app, tmp_path, monkeypatch
):
    from nook.export import narration
    from nook.export.talking_book import export_talking_book
    from tests.speech.conftest import espeak_library_present

    if not espeak_library_present():
        pytest.skip("libespeak-ng is not installed")
    voices: dict[str, str | None] = {}
    speak = narration.Narrator.speak

    def heard(self, text, voice, wpm):
        voices[text] = voice
        return speak(self, text, voice, wpm)

    monkeypatch.setattr(narration.Narrator, "speak", heard)
    piece_id = _book(library, two_languages)
    library.update_page(library.pages(piece_id)[1].id, extras={PAGE_LANGUAGE: "es"})
    epub = export_talking_book(library, piece_id, tmp_path / "park.epub", audio=True)
    assert voices[SPANISH] == "roa/es-419" and voices["We play"] == "gmw/en-US"
    with zipfile.ZipFile(epub) as book:
        assert any(n.endswith(".m4a") for n in book.namelist())


def _pdf_language(pdf: Path) -> str:
    trailer = subprocess.run(["qpdf", "--show-object=trailer", str(pdf)], capture_output=True, text=True, check=True)
    root = re.search(r"/Root (\d+) 0 R", trailer.stdout)
    assert root is not None
    catalog = subprocess.run(
        ["qpdf", f"--show-object={root.group(1)}", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"/Lang \(([^)]*)\)", catalog)
    return found.group(1) if found else ""


def test_the_pdf_says_its_language_and_spanish_when_all_of_it_is(library, two_languages, nook_app, tmp_path):
    from nook.export.pdf import export_pdf

    piece_id = _book(library, two_languages)
    pages = library.pages(piece_id)
    library.update_page(pages[1].id, extras={PAGE_LANGUAGE: "es"})
    mixed = export_pdf(library, piece_id, tmp_path / "mixed.pdf")
    assert _pdf_language(mixed) == "en"
    for page in pages:
        library.update_page(page.id, extras={PAGE_LANGUAGE: "es"})
    spanish = export_pdf(library, piece_id, tmp_path / "spanish.pdf")
    assert _pdf_language(spanish) == "es-419"
    checked = subprocess.run(["qpdf", "--check", str(spanish)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = subprocess.run(["pdftotext", str(spanish), "-"], capture_output=True, text=True, check=True).stdout
    assert "Mañana vamos al parque" in text


def test_a_grown_up_gives_a_writer_a_second_language_and_the_picture_appears(library, writer, ops, open_piece, qtbot):
    from PySide6.QtWidgets import QApplication, QComboBox

    from nook.speech import Voice
    from nook.ui.grownup.settings_page import SettingsPage

    piece_id = _book(library, writer)
    screen = open_piece(piece_id)
    assert not screen.language_button.isVisibleTo(screen)
    page = SettingsPage(library, ops, Voice())
    qtbot.addWidget(page)
    page.show()
    scope = page.findChild(QComboBox, "settingsScope")
    scope.setCurrentIndex(scope.findData(writer.id))
    second = page.findChild(QComboBox, "setting_second_language")
    assert [second.itemText(i) for i in range(second.count())] == ["Only one language", "English", "Español"]
    page.activateWindow()
    second.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)  # the last: Español
    assert library.setting("second_language", writer.id) == "es"
    assert library.setting("second_language") is None  # only this writer's
    # The open piece hears the change: the page's language picture is there now.
    assert screen.language_button.isVisibleTo(screen)


@pytest.mark.parametrize("kind", ["book", "list"])
def test_the_next_page_or_item_goes_on_in_the_same_language(library, two_languages, open_piece, qtbot, kind):
    piece = library.new_piece(two_languages.id, kind)
    screen = open_piece(piece.id)
    screen.go_to(1)  # the book's first page; the list's first item
    screen.activated(screen.views[-1] if kind == "list" else screen.current_view)
    qtbot.mouseClick(screen.language_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.current_view.edits["words"], "perro")  # (a blank last thing is gone into, not added to)
    add = screen.part.add_page_button if kind == "book" else screen.part._add_button
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    screen.flush()
    pages = library.pages(piece.id)
    assert len(pages) == 3
    assert [p.extras.get(PAGE_LANGUAGE) for p in pages] == [None, "es", "es"]


def test_a_whole_spanish_piece_is_a_spanish_book_and_its_marks_travel_in_a_backpack(
    library, two_languages, nook_app, tmp_path
):
    from nook.core.backpack import open_backpack, pack
    from nook.export.talking_book import export_talking_book

    piece_id = _book(library, two_languages)
    for page in library.pages(piece_id):
        library.update_page(page.id, extras={PAGE_LANGUAGE: "es"})
    epub = export_talking_book(library, piece_id, tmp_path / "parque.epub", audio=False)
    with zipfile.ZipFile(epub) as book:
        opf = next(book.read(n).decode() for n in book.namelist() if n.endswith(".opf"))
    assert "<dc:language>es-419</dc:language>" in opf
    assert all(re.search(r'<html[^>]* xml:lang="es-419"', p) for p in _xhtml(epub))

    (tmp_path / "home").mkdir()
    home = Library.open(tmp_path / "home")
    try:
        open_backpack(home, pack(library, [piece_id], tmp_path / "usb" / "parque.nook").path)
        (carried,) = home.pieces(None)
        assert [p.extras.get(PAGE_LANGUAGE) for p in home.pages(carried.id)] == ["es", "es", "es"]
    finally:
        home.close()
