"""A word's picture from a phone is upright on the word wall, as on a page: the word wall
read photos with QImage, which leaves a photo's EXIF turn alone, so a picture taken
holding the phone upright lay on its side beside its word."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from nook.core import word_wall
from nook.core.library import Library
from nook.ui.grownup.word_wall_page import WordWallPage
from nook.ui.operations import Operations
from tests.picture_files import black_png


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


@pytest.mark.parametrize(
    ("made", "said"),
    [
        (lambda path: path.write_bytes(black_png(20000, 20000)), "That photo is too big."),
        (lambda path: path.write_text("<html><b>hi</b></html>"), "That file is not a picture."),
        (lambda path: os.mkfifo(path), "That photo could not be opened."),
    ],
    ids=["too-big", "not-a-picture", "fifo"],
)
def test_a_photo_refused_is_said_with_why(qtbot, library: Library, tmp_path: Path, made, said) -> None:
    """Seen on the walk: a 9000 x 9000 photo for a word was "That photo could not be
    opened." where the editor says it is too big; a grown-up tried it again and again."""
    page = WordWallPage(library, Operations(library))
    qtbot.addWidget(page)
    chosen = tmp_path / "big.png"
    made(chosen)
    assert not page.use_photo(str(chosen))
    assert page.picture_label.text() == said


def test_a_huge_photo_is_made_small_while_the_corner_keeps_answering(qtbot, library: Library, tmp_path: Path) -> None:
    """An 8000 x 8000 PNG (allowed: 64 million pixels) took seconds and a few hundred MB
    on the window's thread (issue 9 item 9); the editor made photos small in a worker, the
    word wall did not. The window's event loop now runs while it is made small: a 1 ms
    timer ticks during `use_photo`, and the page says it is getting the photo ready."""
    from PySide6.QtCore import QTimer

    page = WordWallPage(library, Operations(library))
    qtbot.addWidget(page)
    huge = tmp_path / "huge.png"
    image = Image.new("RGB", (8000, 8000), "#3366ff")
    image.paste("#ffcc00", (0, 0, 4000, 4000))
    image.save(huge, "PNG", compress_level=1)
    del image
    said: list[str] = []
    ticks = QTimer()
    ticks.setInterval(1)
    ticks.timeout.connect(lambda: said.append(page.picture_label.text()))
    ticks.start()
    assert page.use_photo(str(huge))
    ticks.stop()
    assert len(said) >= 3, "the window's thread never ran while the photo was made small"
    assert "Getting the photo ready…" in said
    digest = word_wall.photo_hash(page._picture)
    assert digest is not None and library.media_info(digest)["width"] == 512


def test_the_photo_worker_has_ended_before_its_signal_goes(
    qtbot, library: Library, tmp_path: Path, monkeypatch
) -> None:
    """The worker that makes a word's photo small tells the page through a signal of a
    QObject made for the one photo. The page went on as soon as the signal arrived and
    that object was freed while the worker could still be inside `emit` on it: the app
    crashed once that way (a segfault in the event loop, seen in a test run). The page
    now waits for the worker to end before it lets go. Here the worker lingers after
    its signal, as a thread switched out of the processor in that instant does."""
    import threading

    from nook.ui.grownup import word_wall_page

    lingering: list[threading.Thread] = []

    class Lingering(threading.Thread):
        def run(self) -> None:
            super().run()
            threading.Event().wait(0.3)  # (still in the thread after the signal went)

        def start(self) -> None:
            lingering.append(self)
            super().start()

    monkeypatch.setattr(word_wall_page.threading, "Thread", Lingering)
    page = WordWallPage(library, Operations(library))
    qtbot.addWidget(page)
    photo = str(phone_photo(tmp_path / "cat.jpg", 300, 200, orientation=1))
    assert page.use_photo(photo)
    assert lingering and not lingering[0].is_alive()
