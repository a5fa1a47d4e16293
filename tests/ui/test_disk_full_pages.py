"""Changes to a book's pages (a page added, taken out, moved) on a real full disk (a tmpfs).

Found by trying it live: with the disk full, a tap on "add a page" showed a new page
that the library never got (the add was rolled back after the editor had read its
pages again inside it). A child drawing on that page lost the drawing without a word
(storing it found no such page). And on a nearly full disk, where a small change still
fits, a page added after a big drawing could not be stored threw the drawing away.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from nook.core import picture as pic
from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.main_window import MainWindow
from tests.small_disk import FILLER, FULL_LOG, fill, free, library_on_small_disk


@pytest.fixture
def book_on_small_disk(tmp_path: Path) -> Iterator[tuple[Library, str, str]]:
    """A library on a 2 MB disk with Maya's book (a cover and one page)."""
    with library_on_small_disk(tmp_path / "small", "book") as made:
        yield made


def _open(qtbot, library: Library, voice: SilentVoice, writer_id: str, piece_id: str) -> MainWindow:
    window = MainWindow(library, voice, store_retry_ms=20)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_shelf(writer_id)
    window.open_piece(piece_id)
    return window


def _tap(qtbot, window: MainWindow, name: str) -> None:
    button = window.findChild(QWidget, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _page_ids(library: Library, piece_id: str) -> list[str]:
    return [page.id for page in library.pages(piece_id)]


def test_a_page_added_on_a_full_disk_is_not_shown_as_if_it_were_there(
    qtbot, book_on_small_disk, voice: SilentVoice, app_log
) -> None:
    app_log.expect(FULL_LOG)
    library, writer_id, piece_id = book_on_small_disk
    window = _open(qtbot, library, voice, writer_id, piece_id)
    piece = window.piece_screen.piece
    fill(library.path.parent)
    _tap(qtbot, window, "addPage")
    assert _page_ids(library, piece_id) == [state.id for state in piece.states]  # no page that is not there
    assert len(window.piece_screen.part.strip.thumb_group.buttons()) == 2 and piece.index < 2
    # A drawing goes on a page that is there, and is stored once there is room.
    piece.change_items(piece.current, [pic.stroke("brush", "#ff0000", 12, [(10, 10), (900, 700)])])
    free(library.path.parent)
    window.flush()
    assert len(library.pages(piece_id)[piece.index].picture["items"]) == 1
    _tap(qtbot, window, "addPage")
    assert len(library.pages(piece_id)) == 3 and len(piece.states) == 3


def test_a_drawing_not_stored_stays_when_a_smaller_change_to_the_pages_is(
    qtbot, book_on_small_disk, voice: SilentVoice, app_log
) -> None:
    app_log.expect(FULL_LOG)
    library, writer_id, piece_id = book_on_small_disk
    window = _open(qtbot, library, voice, writer_id, piece_id)
    piece = window.piece_screen.piece
    fill(library.path.parent)
    # A big drawing while the disk is full (about 600 KB of strokes): held, marked, retried.
    strokes = [
        pic.stroke("brush", "#0000ff", 12, [(x, (x * 7 + k) % 1200) for x in range(0, 1600, 2)]) for k in range(180)
    ]
    piece.change_items(piece.current, strokes)
    window.flush()
    assert "picture" in piece.current.dirty
    # A grown-up makes a little room: enough for a page, not for the drawing.
    filler = library.path.parent / FILLER
    os.truncate(filler, max(0, filler.stat().st_size - 160 * 1024))
    _tap(qtbot, window, "addPage")
    cover = piece.states[0]
    assert len(cover.items) == len(strokes), "the drawing not stored yet was thrown away"
    assert "picture" in cover.dirty
    free(library.path.parent)
    window.flush()
    assert len(library.pages(piece_id)[0].picture["items"]) == len(strokes)
