"""A word's picture from a phone is upright on the word wall, as on a page: the word wall
read photos with QImage, which leaves a photo's EXIF turn alone, so a picture taken
holding the phone upright lay on its side beside its word."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from nook.core import word_wall
from nook.core.library import Library
from nook.ui.grownup.word_wall_page import WordWallPage
from nook.ui.operations import Operations


def phone_photo(path: Path, width: int, height: int, orientation: int) -> Path:
    """A JPEG stored sideways with the EXIF note that says how to turn it upright."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    image = Image.new("RGB", (width, height), (200, 120, 40))
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    path.write_bytes(out.getvalue())
    return path


def test_a_phone_photo_is_upright_beside_its_word(qtbot, library: Library, tmp_path: Path) -> None:
    page = WordWallPage(library, Operations(library))
    qtbot.addWidget(page)
    # Taken upright (portrait); the camera stored it 1200 wide, 800 high, "turn 90°".
    assert page.use_photo(str(phone_photo(tmp_path / "dog.jpg", 1200, 800, orientation=6)))
    digest = word_wall.photo_hash(page._picture)
    assert digest is not None
    info = library.media_info(digest)
    assert (info["width"], info["height"]) == (341, 512)
    stored = Image.open(io.BytesIO(library.media(digest)))
    assert stored.size == (341, 512)


def test_a_photo_that_is_no_picture_is_refused_and_said(qtbot, library: Library, tmp_path: Path) -> None:
    page = WordWallPage(library, Operations(library))
    qtbot.addWidget(page)
    bomb = tmp_path / "big.png"
    Image.new("1", (20000, 20000)).save(bomb)
    assert not page.use_photo(str(bomb))
    assert page.picture_label.text() == "That photo could not be opened."
