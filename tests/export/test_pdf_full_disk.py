"""A PDF that does not fit on a USB stick says the disk is full.

Seen on the walk (Xvfb, a class book saved on a nearly full 2 MB disk): "The class book
could not be made: a new page could not be started". Qt's PDF writer says only that it
failed; the grown-up needs to hear why (the stick is full), in their words, as a full
disk is said everywhere else (the talking book and the backpack said "the disk is full").
With a little room left the writer said nothing at all: the file was cut short, and the
grown-up read "the PDF has no trailer that can be followed" (or, had the cut fallen
elsewhere, a PDF that does not open was called done)."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from nook.core import picture as pic
from nook.core.library import Library
from nook.core.system_errors import kind_of
from nook.export.class_book import class_book_pdf
from nook.export.pdf import export_pdf
from nook.export.selection import gather
from tests.small_disk import fill, small_disk


def _room(folder: Path, room: int) -> None:
    filler = fill(folder)
    os.truncate(filler, max(0, filler.stat().st_size - room))


@pytest.fixture
def signs(library: Library) -> list[str]:
    """Two signs, each with a photo of noise (it does not compress: ~360 KB)."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (400, 300), os.urandom(400 * 300 * 3)).save(buffer, "PNG")
    digest = library.put_media(buffer.getvalue(), "image/png", 400, 300)
    made = []
    for name in ("Maya", "Sam"):
        writer = library.add_writer(name, "fox")
        piece = library.new_piece(writer.id, "sign")
        picture = {"v": 1, "items": [pic.photo(digest, 800, 400, 800, 600)]}
        library.update_page(library.pages(piece.id)[0].id, words="Stop! Dogs here", picture=picture)
        made.append(piece.id)
    return made


@pytest.mark.parametrize("room", [0, 16 * 1024], ids=["full", "nearly-full"])
def test_a_pdf_on_a_full_disk_says_the_disk_is_full(library: Library, nook_app, signs, tmp_path: Path, room) -> None:
    with small_disk(tmp_path / "stick", "1m") as stick:
        _room(stick, room)
        with pytest.raises(OSError) as piece_pdf:
            export_pdf(library, signs[0], stick / "sign.pdf")
        assert kind_of(piece_pdf.value) == "full"
        with pytest.raises(OSError) as class_pdf:
            class_book_pdf(library, gather(library), stick / "class.pdf", "Room 4", date(2026, 12, 3))
        assert kind_of(class_pdf.value) == "full"
        assert sorted(p.name for p in stick.iterdir()) == ["filler"]
