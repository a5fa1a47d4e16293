"""Helpers for the export tests: real clients and pictures with everything in them."""

from __future__ import annotations

import io
import shutil
import subprocess

from PIL import Image

from nook.core import picture as pic
from nook.core.library import Library

TOOLS = ("pdftotext", "pdfinfo", "pdffonts", "pdfimages", "pdftoppm", "qpdf")


def run(*args: str) -> str:
    """Run a real client (poppler, qpdf); fail the test with its output if it fails."""
    assert shutil.which(args[0]), f"{args[0]} is not installed (Debian: poppler-utils, qpdf)"
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(args)} failed: {done.stdout}{done.stderr}"
    return done.stdout


def photo_bytes(colour: tuple[int, int, int], size: tuple[int, int] = (1200, 900)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def picture_with_everything(library: Library, colour: tuple[int, int, int] = (240, 120, 40)) -> dict:
    digest = library.put_media(photo_bytes(colour), "image/png", 1200, 900)
    return pic.make_picture(
        [
            pic.stroke("brush", "#e03131", 24, [(100, 100), (600, 500), (900, 200)]),
            pic.shape("heart", "#d6336c", 10, 1300, 500, 1500, 700),
            pic.sticker("cat", 1200, 300, 400, 10),
            pic.photo(digest, 450, 450, 600, 450),
        ]
    )
