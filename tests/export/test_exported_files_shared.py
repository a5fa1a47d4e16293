"""A saved file is as readable as any other the grown-up makes: a PDF, the pages' pictures,
a talking book or a backpack follows the computer's file-creation mask (umask), as a
word processor's or a camera app's files do.

Found on the walk: a PDF saved from show time was -rw------- (the temporary file's own
mode, kept on rename), so a teacher's class book saved in the school's shared folder, or
a parent's PDF in the family's shared folder, could not be opened by anyone else."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.core.backpack_pack import write_backpack
from nook.core.library import Library
from nook.export.images import export_pngs
from nook.export.pdf import export_pdf
from nook.export.talking_book import export_talking_book

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def shared_umask() -> Iterator[int]:
    """The usual umask of a desktop session (022): new files are rw-r--r--."""
    old = os.umask(0o022)
    yield 0o644
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_saved_files_follow_the_umask(library: Library, book, tmp_path: Path, shared_umask: int) -> None:
    pdf = export_pdf(library, book.id, tmp_path / "tom.pdf")
    pictures = export_pngs(library, book.id, tmp_path / "pictures")
    talking = export_talking_book(library, book.id, tmp_path / "tom.epub", audio=False)
    backpack = tmp_path / "tom.nookpack"
    write_backpack(library, [book.id], backpack)
    made = {path.name: oct(mode(path)) for path in [pdf, *pictures, talking, backpack]}
    assert made == {name: oct(shared_umask) for name in made}


def test_a_saved_file_follows_a_stricter_umask_too(library: Library, book, tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        pdf = export_pdf(library, book.id, tmp_path / "tom.pdf")
    finally:
        os.umask(old)
    assert oct(mode(pdf)) == oct(0o600)
