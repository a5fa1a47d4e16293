"""A program that ends while the shelf's cover thread is still drawing ends cleanly.

Found at the end of the shelf benchmark: Python ended the thread while it was inside Qt
drawing a cover, and the process aborted ("terminate called without an active
exception", exit status 134). The app can end that way too (a shelf of photo covers
still filling in when the window closes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
ENDS_WHILE_DRAWING = r"""
import io, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from PIL import Image
from PySide6.QtCore import QSize
from nook.core import picture as pic
from nook.core.library import Library
from nook.core.shelf import shelf_rows
from nook.ui.app import create_application
from nook.ui.shelf.thumbnails import ThumbnailCache

app = create_application([sys.argv[0]])
library = Library.open(Path(sys.argv[2]))
writer = library.add_writer("Maya", "fox")
out = io.BytesIO()
Image.effect_noise((2048, 1536), 60).convert("RGB").save(out, "JPEG", quality=70)
jpeg = out.getvalue()
for n in range(40):  # photo covers: each one a big photo to decode in the thread
    # Photos of their own (a comment after the JPEG's start makes each one other bytes):
    # a photo on several covers is decoded once.
    comment = f"photo {n}".encode()
    photo = jpeg[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + jpeg[2:]
    digest = library.put_media(photo, "image/jpeg", 2048, 1536)
    piece = library.new_piece(writer.id, "sign")
    page = library.pages(piece.id)[0]
    library.update_page(page.id, words=f"sign {n}", picture=pic.make_picture([pic.photo(digest, 400, 300, 1200, 900)]))
covers = ThumbnailCache(library, QSize(240, 300))
rows = shelf_rows(library, writer.id)
for row in rows:
    covers.cover(row)
covers._work(len(rows))  # all of them handed to the thread at once
print("drawing", flush=True)
"""


@pytest.mark.slow  # a fault trial in a process of its own
def test_ending_while_covers_are_drawn_in_their_thread_is_clean(tmp_path: Path) -> None:
    script = tmp_path / "ends_while_drawing.py"
    script.write_text(ENDS_WHILE_DRAWING)
    (tmp_path / "library").mkdir()
    ended = subprocess.run(
        [sys.executable, str(script), str(ROOT), str(tmp_path / "library")],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert "drawing" in ended.stdout, ended.stderr[-2000:]
    assert ended.returncode == 0, ended.stderr[-2000:]
