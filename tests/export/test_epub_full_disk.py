"""A talking book that does not fit on a USB stick leaves nothing behind on it.

Seen on the walk (Xvfb, a 2 MB disk nearly full): the class book's talking book failed
with "the disk is full", and a hidden ".class.epub.*.part" of 192 KB stayed on the
stick, filling it: closing the zip wrote its directory to the full disk, and that error
left before the half file was taken away."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nook.export.epub_format import EpubWriter
from tests.small_disk import fill, small_disk


def _room(folder: Path, room: int) -> None:
    """Fill the disk at `folder`, then give back `room` bytes."""
    filler = fill(folder)
    os.truncate(filler, max(0, filler.stat().st_size - room))


@pytest.mark.parametrize("room", [0, 96 * 1024], ids=["full", "nearly-full"])
def test_a_talking_book_that_does_not_fit_leaves_no_half_file(tmp_path: Path, room: int) -> None:
    with small_disk(tmp_path / "stick", "1m") as stick:
        _room(stick, room)
        with pytest.raises(OSError), EpubWriter(stick / "our-book.epub") as book:
            book.add_audio("voice.m4a", os.urandom(512 * 1024))  # more than there is room for
        assert sorted(p.name for p in stick.iterdir()) == ["filler"]
