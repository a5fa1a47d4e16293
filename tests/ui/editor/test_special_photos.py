"""A photo or a word picture that is a FIFO or a link to /dev/zero: the oops picture, no hang."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.ui.grownup.word_wall_page import WordWallPage
from nook.ui.operations import Operations
from tests.hang_guard import hang_fails


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    with hang_fails("reading a special file hung the UI"):
        yield


@pytest.fixture
def special_files(tmp_path: Path) -> list[Path]:
    fifo = tmp_path / "photo.png"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.jpg"
    zero.symlink_to("/dev/zero")
    return [fifo, zero]


def test_a_special_photo_is_refused_with_the_oops_picture(qtbot, library, writer, open_piece, special_files):
    library.set_setting("child_may_import_photos", True)
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    for path in special_files:
        assert not screen.import_photo(path)
        assert screen.oops_bubble.reason == "unreadable"
    assert library.db.execute("SELECT COUNT(*) FROM media").fetchone()[0] == 0


def test_a_special_word_picture_is_refused(qtbot, nook_app, library, special_files) -> None:
    page = WordWallPage(library, Operations(library))
    qtbot.addWidget(page)
    for path in special_files:
        assert not page.use_photo(str(path))
