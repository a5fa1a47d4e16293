"""A library that cannot be changed here (issue 9, trust): an open piece does not look
typeable, says gently that it is for looking, and still reads, turns and shows."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from nook.core.library import LIBRARY_FILE, Library
from nook.speech.silent import SilentVoice
from nook.ui.kit.icons import icon
from nook.ui.main_window import MainWindow
from tests.ui.shelf.shelf_helpers import tap_cover

LOOKING = "This one is for looking and reading. Ask a grown-up to help you write."


@pytest.fixture
def read_only_library(data_dir: Path) -> Iterator[tuple[Library, str, str]]:
    """Maya's book with words on its cover, in a real immutable file and folder (as root)."""
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[0].id, words="hello")
    library.add_page(piece.id, words="page two")
    library.add_writer("Leo", "owl", language="es")  # nothing made yet
    library.close()
    path = data_dir / LIBRARY_FILE
    if os.geteuid() != 0 or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("needs root and chattr +i to make a library that cannot be written")
    subprocess.run(["chattr", "+i", str(data_dir)], check=True)
    try:
        library = Library.open(data_dir)
        assert library.read_only
        yield library, writer.id, piece.id
        library.close()
    finally:
        subprocess.run(["chattr", "-i", str(data_dir), str(path)], check=True)


def test_a_piece_in_a_read_only_library_is_for_looking_and_says_so_gently(qtbot, nook_app, read_only_library) -> None:
    library, writer_id, piece_id = read_only_library
    voice = SilentVoice()
    window = MainWindow(library, voice)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_shelf(writer_id)
    window.open_piece(piece_id)
    screen = window.piece_screen
    before = [page.words for page in library.pages(piece_id)]
    words = screen.current_view.edits["words"]
    assert words.isReadOnly()  # no cursor, no typing
    assert screen.findChild(QWidget, "lookOnlySign").isVisible()
    qtbot.keyClicks(words, "more")
    assert words.toPlainText() == "hello"
    assert screen.oops_bubble.isVisible() and screen.oops_bubble.accessibleName() == LOOKING
    qtbot.waitUntil(lambda: LOOKING in voice.spoken)
    # A stroke on the picture draws nothing; and the child is not told again at once.
    view = screen.current_view
    centre = view.rect().center()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(view, centre + QPoint(40, 40))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=centre + QPoint(40, 40))
    assert screen.states[0].items == [] and not screen.states[0].dirty
    assert voice.spoken.count(LOOKING) == 1
    # What changes things rests; what looks, reads and leaves works.
    enabled = {b.objectName() for b in screen.findChildren(QAbstractButton) if b.isEnabled()}
    assert {"addPage", "undo", "finishedButton", "recordButton", "addPhoto"}.isdisjoint(enabled)
    assert {"backToShelf", "showTime", "nextPage"} <= enabled
    # The parts made when first wanted rest too (a word from the wall would change the page).
    for part in (screen.word_wall, screen.sticker_box, screen.words_colour_panel):
        assert not [b.objectName() for b in part.findChildren(QAbstractButton) if b.isEnabled()], part.objectName()
    screen.findChild(QAbstractButton, "nextPage").click()
    assert screen.index == 1 and screen.current_view.edits["words"].isReadOnly()
    assert screen.findChild(QAbstractButton, "addPage").isEnabled() is False
    window.close()
    voice.shutdown()
    assert [page.words for page in library.pages(piece_id)] == before == ["hello", "", "page two"]


CHILD_LOOK_ONLY = "Everything here is for looking and reading. Ask a grown-up to help you write."


def test_every_screen_says_look_only_and_offers_nothing_that_would_fail(qtbot, nook_app, read_only_library) -> None:
    library, writer_id, piece_id = read_only_library
    voice = SilentVoice()
    window = MainWindow(library, voice)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The child: a lock on the strip above every screen, said once at the start and at a tap.
    qtbot.waitUntil(lambda: CHILD_LOOK_ONLY in voice.spoken)
    lock = window.findChild(QAbstractButton, "lookOnlyLibrary")
    assert lock.isVisible() and lock.accessibleName() == CHILD_LOOK_ONLY
    lock.click()
    assert voice.spoken.count(CHILD_LOOK_ONLY) == 2
    # Who is writing: no new writer, who could not be kept.
    window.show_writers()
    assert lock.isVisible()
    names = {b.objectName() for b in window.writers_screen.findChildren(QAbstractButton) if b.isVisible()}
    assert f"writer_{writer_id}" in names and "addWriter" not in names
    # The shelf: open and show, but nothing new, nothing trashed, copied or packed.
    window.show_shelf(writer_id)
    shelf = window.shelf_screen
    tap_cover(qtbot, shelf.view, 0)  # chosen: its actions show
    offered = {b.objectName() for b in shelf.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()}
    assert {"openPiece", "switchWriter"} <= offered
    assert offered.isdisjoint({"newBook", "showIdeas", "showTrash", "trashPiece", "duplicatePiece", "packMyBackpack"})
    # The grown-up: words saying so, the pages that only change things shown but resting.
    corner = window.grown_up.open_without_gate()
    note = corner.findChild(QWidget, "cornerLookOnly")
    assert note.isVisible() and "can't be changed here" in note.text()
    for name in ("Settings", "Writers", "Trash", "Word wall", "Idea cards", "My voice"):
        corner.show_section(name)
        assert not corner.sections[name].isEnabled()
        assert not any(b.isEnabled() for b in corner.sections[name].findChildren(QAbstractButton))
    corner.show_section("Backpack")
    backpack = corner.sections["Backpack"]
    assert not backpack.findChild(QAbstractButton, "openBackpack").isVisible()
    assert backpack.findChild(QAbstractButton, "packBackpack").isEnabled()
    window.grown_up.close()
    window.close()
    voice.shutdown()


def test_an_empty_look_only_shelf_does_not_ask_the_child_to_make_something(qtbot, nook_app, read_only_library) -> None:
    """The make buttons rest, so the empty shelf neither points at them nor says
    "¡Haz algo!": it is for looking, and a grown-up helps to write."""
    library, _writer_id, _piece_id = read_only_library
    (leo,) = [w for w in library.writers() if w.name == "Leo"]  # a Spanish writer
    window = MainWindow(library, SilentVoice())
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(leo.id)
    text = window.shelf_screen.findChild(QLabel, "emptyShelfText")
    assert text.isVisible()
    assert text.text() == "Aquí todavía no hay nada para mirar. Pídele a un adulto que te ayude a escribir."
    assert window.shelf_screen.findChild(QWidget, "emptyShelfHint").accessibleName() == text.text()
    picture = window.shelf_screen.findChild(QLabel, "emptyShelfPicture").pixmap().toImage()
    assert picture == icon("eye").pixmap(picture.size()).toImage()
    window.close()
