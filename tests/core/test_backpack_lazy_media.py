"""A backpack's photos and recordings are read from its file when they are brought in,
not held in memory while the grown-up chooses shelves (issue 9): a backpack may carry
768 MB of them. The file going away or changing in between is refused in plain words,
with nothing brought in and the choice still there to try again.

Memory is measured in a fresh process, as its resident size (VmRSS) after reading."""

from __future__ import annotations

import functools
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from nook.core import backpack, picture
from nook.core.backpack import BackpackRefused
from nook.core.library import Library
from nook.ui.grownup.backpack_words import refusal

ROOT = Path(__file__).resolve().parents[2]
SIDE = 2600  # an uncompressed PNG of noise: about 20 MB
PHOTOS = 5


@functools.cache
def noise_png(number: int) -> bytes:
    """The ``number``-th photo of noise, each different. Made once in this file's run:
    encoding 20 MB of PNG takes about a second, and a test only needs its own library."""
    image = Image.frombytes("RGB", (SIDE, SIDE), os.urandom(SIDE * SIDE * 3))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=0)
    return out.getvalue()


@pytest.fixture(autouse=True, scope="module")
def _let_the_photos_go() -> Iterator[None]:
    yield
    noise_png.cache_clear()  # up to 100 MB


def photo_book(library: Library, writer_id: str, photos: int) -> str:
    book = library.new_piece(writer_id, "book")
    items = []
    for n in range(photos):
        digest = library.put_media(noise_png(n), "image/png", SIDE, SIDE)
        items.append(picture.photo(digest, 100 + n, 100, 400, 400))
    library.update_page(library.pages(book.id)[1].id, words="my photos", picture=picture.make_picture(items))
    return book.id


@pytest.fixture
def home(tmp_path: Path):
    folder = tmp_path / "home"
    folder.mkdir()
    lib = Library.open(folder)
    yield lib
    lib.close()


@pytest.fixture
def photo_backpack(library: Library, writer, tmp_path: Path) -> Path:
    book = photo_book(library, writer.id, 2)
    return backpack.write_backpack(library, [book], tmp_path / "photos.nook").path


MEASURE = """
import sys
sys.path.insert(0, {root!r})
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
from nook.core import backpack_file
before = rss()
incoming = backpack_file.read({path!r})
print(len(incoming.media), rss() - before)
"""


@pytest.mark.slow
def test_photos_are_not_held_in_memory_while_the_shelves_are_chosen(library, writer, tmp_path: Path) -> None:
    book = photo_book(library, writer.id, PHOTOS)
    path = backpack.write_backpack(library, [book], tmp_path / "photos.nook").path
    size = path.stat().st_size
    out = subprocess.run(
        [sys.executable, "-c", MEASURE.format(root=str(ROOT), path=str(path))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    media, held = int(out[0]), int(out[1])
    print(f"backpack of {size / 1e6:.0f} MB of photos: {held / 1e6:.0f} MB held after reading it")
    assert media == PHOTOS
    assert held < size / 3, f"{held / 1e6:.0f} MB held for {size / 1e6:.0f} MB of photos"


def test_photos_are_read_from_the_file_when_brought_in(photo_backpack: Path, library: Library, home: Library) -> None:
    incoming = backpack.read(photo_backpack)
    result = backpack.unpack(home, incoming)
    assert result.media_added == 2
    for digest in incoming.media:
        assert home.media(digest) == library.media(digest)


def test_a_backpack_gone_before_it_is_brought_in_is_refused_and_nothing_is_lost(
    photo_backpack: Path, home: Library, tmp_path: Path
) -> None:
    incoming = backpack.read(photo_backpack)
    kept = tmp_path / "kept.nook"
    shutil.move(photo_backpack, kept)  # the USB stick pulled out
    with pytest.raises(BackpackRefused) as refused:
        backpack.unpack(home, incoming)
    assert refused.value.why == "gone"
    assert home.count_pieces(None) == 0 and home.writers() == []
    assert "photos.nook" in refusal(refused.value) and "put it back" in refusal(refused.value).lower()
    shutil.move(kept, photo_backpack)  # put back: the same choice brings it in
    assert len(backpack.unpack(home, incoming).added) == 1


def test_a_backpack_changed_before_it_is_brought_in_is_refused(
    photo_backpack: Path, library: Library, writer, home: Library, tmp_path: Path
) -> None:
    incoming = backpack.read(photo_backpack)
    other = library.new_piece(writer.id, "sign")
    backpack.write_backpack(library, [other.id], photo_backpack)  # saved over it meanwhile
    with pytest.raises(BackpackRefused) as refused:
        backpack.unpack(home, incoming)
    assert refused.value.why == "changed"
    assert home.count_pieces(None) == 0
    assert "open it again" in refusal(refused.value).lower()


def test_a_photo_spoiled_in_place_is_refused_not_brought_in(photo_backpack: Path, home: Library) -> None:
    incoming = backpack.read(photo_backpack)
    stat = photo_backpack.stat()
    data = bytearray(photo_backpack.read_bytes())
    at = data.index(b"IDAT") + 5000
    data[at] ^= 0xFF
    photo_backpack.write_bytes(bytes(data))
    os.utime(photo_backpack, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size and time
    with pytest.raises(BackpackRefused):
        backpack.unpack(home, incoming)
    assert home.count_pieces(None) == 0


PACK = """
import sys
sys.path.insert(0, {root!r})
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
from nook.core import backpack
from nook.core.library import Library
library = Library.open({folder!r})
pieces = [piece.id for piece in library.pieces(None)]
before = hwm()
result = backpack.write_backpack(library, pieces, {path!r})
print(result.media, result.size, hwm() - before)
"""


@pytest.mark.slow
def test_packing_photos_takes_one_at_a_time_not_all_of_them(library, writer, tmp_path: Path) -> None:
    """Packing held every photo and recording in memory until the file was written."""
    photo_book(library, writer.id, PHOTOS)
    library.checkpoint()
    path = tmp_path / "packed.nook"
    out = subprocess.run(
        [sys.executable, "-c", PACK.format(root=str(ROOT), folder=str(library.path.parent), path=str(path))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    media, size, grew = (int(v) for v in out)
    print(f"packing {size / 1e6:.0f} MB of photos: peak memory +{grew / 1e6:.0f} MB")
    assert media == PHOTOS
    assert grew < size / 2, f"+{grew / 1e6:.0f} MB to pack {size / 1e6:.0f} MB of photos"
