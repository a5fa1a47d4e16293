"""The class book in the grown-up corner: picked writers and pieces become one book, made
in a worker thread while the window keeps answering, stoppable, and said when done."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.grownup.class_book_page import ClassBookPage, done_phrase

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from epub_helpers import make_piece, open_book
from export_helpers import text_of

from tests.translation_helpers import in_english


@pytest.fixture(autouse=True)
def english():
    """The app's English, as it runs: counts say "1 piece" and "2 pieces"."""
    with in_english():
        yield


@pytest.fixture
def classroom(library: Library) -> list[str]:
    ids = []
    for name, avatar in (("Maya", "fox"), ("Sam", "cat"), ("Ana", "bear")):
        writer = library.add_writer(name, avatar)
        make_piece(library, writer.id, "sign")
        draft = library.new_piece(writer.id, "book")  # a draft: not in a finished-only book
        library.update_page(library.pages(draft.id)[0].id, words=f"{name} is still writing")
        ids.append(writer.id)
    return ids


@pytest.fixture
def page(qtbot, library: Library, classroom, nook_app, tmp_path) -> ClassBookPage:
    voice = SilentVoice()
    widget = ClassBookPage(library, voice)
    widget.choose_path = lambda _parent, _suggested, kind: str(tmp_path / f"our-book.{kind}")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def untick(page: ClassBookPage, name: str) -> None:
    for row in range(page.writer_list.count()):
        item = page.writer_list.item(row)
        if item.text() == name:
            item.setCheckState(Qt.CheckState.Unchecked)


def test_a_pdf_of_the_chosen_writers_finished_pieces(qtbot, page: ClassBookPage, library: Library, tmp_path) -> None:
    untick(page, "Sam")
    page.name_edit.setText("Room 4")
    assert page.count_label.text() == "2 pieces by 2 writers"
    with qtbot.waitSignal(page.made, timeout=60_000) as made:
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert made.args[0] == tmp_path / "our-book.pdf"
    text = text_of(tmp_path / "our-book.pdf")
    assert text.startswith("Our class book Room 4")
    assert "Maya" in text and "Ana" in text and "Sam" not in text
    assert "still writing" not in text
    assert page.result_label.text().startswith(done_phrase())
    assert page.open_folder.isVisible()
    assert page.voice.spoken[-1] == done_phrase()
    assert library.setting("class_name") == "Room 4"


def test_a_talking_class_book_while_the_window_keeps_answering(qtbot, page: ClassBookPage, tmp_path) -> None:
    page.all_pieces.setChecked(True)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(len(ticks)))
    timer.start(1)
    steps: list[int] = []
    page.runner.progress.connect(lambda done, _total: steps.append(done))
    with qtbot.waitSignal(page.made, timeout=120_000):
        qtbot.mouseClick(page.epub_button, Qt.MouseButton.LeftButton)
        assert not page.epub_button.isEnabled()  # one book at a time
        assert page.progress.isVisible()
    timer.stop()
    # The UI thread ran its timer while the book was made: the export never held it.
    assert len(ticks) >= 3 and len(steps) >= 3
    book = open_book(tmp_path / "our-book.epub")
    contents = book.text(book.pages[1])
    assert contents == "Our writers Maya Sam Ana"
    assert "Ana is still writing" in " ".join(book.text(p) for p in book.pages)
    assert not page.progress.isVisible()


def test_stopping_makes_no_book(qtbot, page: ClassBookPage, tmp_path) -> None:
    page.all_pieces.setChecked(True)
    page.runner.progress.connect(lambda done, _total: page.progress.stop_button.click() if done == 1 else None)
    with qtbot.waitSignal(page.runner.cancelled, timeout=60_000):
        page.make("epub")
    assert page.result_label.text() == "Stopped. No book was made."
    assert not list(tmp_path.glob("our-book*"))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".our-book")]
    assert page.pdf_button.isEnabled()


def test_nothing_chosen_means_nothing_to_make(page: ClassBookPage) -> None:
    for row in range(page.writer_list.count()):
        page.writer_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert page.count_label.text() == "0 pieces by 0 writers"
    assert not page.pdf_button.isEnabled() and not page.epub_button.isEnabled()


def test_a_date_range_picks_pieces_started_in_it(page: ClassBookPage) -> None:
    page.between.setChecked(True)
    assert page.count_label.text() == "6 pieces by 3 writers"
    page.since.setDate(page.until.date().addDays(1))
    assert page.count_label.text() == "0 pieces by 0 writers"


def test_every_control_has_a_name(page: ClassBookPage) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget

    for control in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit) + page.findChildren(QListWidget):
        if control.objectName().startswith("qt_"):
            continue
        assert control.objectName(), control
        assert control.accessibleName(), control.objectName()


def test_a_computer_without_espeak_still_gets_the_book_and_is_told(
    qtbot, page: ClassBookPage, monkeypatch, tmp_path
) -> None:
    import nook.export.narration as narration

    def no_espeak():
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    monkeypatch.setattr(narration, "acquire_worker", no_espeak)
    with qtbot.waitSignal(page.made, timeout=60_000):
        page.make("epub")
    book = open_book(tmp_path / "our-book.epub")
    assert not book.overlays() and "Keep out!" in book.text(book.pages[2])
    lines = page.result_label.text().splitlines()
    assert lines[0] == done_phrase()
    assert (
        lines[2] == "made without the voice: espeak-ng is not installed (libespeak-ng.so.1: cannot open shared "
        "object file)"
    )


def test_the_corner_has_the_class_book_and_its_done_is_said_in_the_windows_voice(
    qtbot, library: Library, classroom, nook_app, tmp_path
) -> None:
    from nook.ui.main_window import MainWindow

    voice = SilentVoice()
    window = MainWindow(library, voice)
    qtbot.addWidget(window)
    window.show()
    corner = window.grown_up.open_without_gate()
    corner.show_section("Class book")
    page = corner.findChild(ClassBookPage, "classBookPage")
    assert page is not None and page.isVisible()
    page.choose_path = lambda _parent, _suggested, kind: str(tmp_path / f"class.{kind}")
    with qtbot.waitSignal(page.made, timeout=60_000):
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "class.pdf").read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: done_phrase() in voice.spoken)
    window.close()


def test_a_class_with_no_finished_pieces_is_told_how_to_put_drafts_in(qtbot, library: Library, nook_app) -> None:
    """Seen on the walk: a class with only drafts read "0 pieces by 0 writers" beside two
    greyed buttons, and nothing said that Finished pieces only was why."""
    for name in ("Maya", "Sam"):
        writer = library.add_writer(name, "fox")
        draft = library.new_piece(writer.id, "book")
        library.update_page(library.pages(draft.id)[0].id, words=f"{name} is still writing")
    page = ClassBookPage(library, SilentVoice())
    qtbot.addWidget(page)
    page.show()
    assert page.finished_only.isChecked()
    assert page.count_label.text() == (
        "0 pieces by 0 writers\nNo chosen writer has a finished piece yet: choose All pieces to put their drafts in."
    )
    assert not page.pdf_button.isEnabled()
    page.all_pieces.setChecked(True)
    assert page.count_label.text() == "2 pieces by 2 writers" and page.pdf_button.isEnabled()


def test_the_class_book_file_is_named_in_the_corners_language(page: ClassBookPage) -> None:
    """Seen on the walk: a Spanish-speaking teacher was offered "class-book-2026-12-03.pdf"."""
    from nook.ui.language import LanguageSwitch

    offered: list[str] = []
    page.choose_path = lambda _parent, suggested, _kind: offered.append(suggested) or ""
    switch = LanguageSwitch.shared()
    switch.use("es")
    try:
        page.pdf_button.click()
    finally:
        switch.use("en")
    page.pdf_button.click()
    assert Path(offered[0]).name.startswith("libro-de-la-clase-") and offered[0].endswith(".pdf")
    assert Path(offered[1]).name.startswith("class-book-")


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openDocument")
def test_a_folder_that_cannot_be_shown_is_said(qtbot, page: ClassBookPage, tmp_path) -> None:
    """A computer with nothing to show folders with (no file manager, as on the walk's
    Xvfb, or a locked-down school laptop): "Show the folder" did nothing at all, and the
    teacher tapped it again and again. Now the page says so, and where the book is."""
    with qtbot.waitSignal(page.made, timeout=60_000):
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    said = page.result_label.text()
    qtbot.mouseClick(page.open_folder, Qt.MouseButton.LeftButton)  # offscreen: no folder can be shown
    told = page.result_label.text()
    assert told != said and told.startswith(said)
    assert "could not open the folder" in told and str(tmp_path / "our-book.pdf") in told
    qtbot.mouseClick(page.open_folder, Qt.MouseButton.LeftButton)  # said once, not once per tap
    assert page.result_label.text() == told
