"""Helpers for the export tests: real clients and pictures with everything in them."""

from __future__ import annotations

import functools
import io
import re
import shutil
import subprocess
from pathlib import Path

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


@functools.cache
def photo_bytes(colour: tuple[int, int, int], size: tuple[int, int] = (1200, 900)) -> bytes:
    """A photo's PNG file (the same bytes for the same colour and size: encoded once in a
    run, ~30 ms a time, and the export tests ask for the same few again and again)."""
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


LETTER_LANDSCAPE, LETTER_PORTRAIT = "792 x 612", "612 x 792"
A4_LANDSCAPE = "842 x 595"


def info(path: Path) -> dict[str, str]:
    lines = run("pdfinfo", "-f", "1", "-l", "999", str(path)).splitlines()
    out = {}
    for line in lines:
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


def page_sizes(path: Path) -> list[str]:
    lines = run("pdfinfo", "-f", "1", "-l", "999", str(path)).splitlines()
    sizes = [line.split(":", 1)[1].strip() for line in lines if re.match(r"Page\s+\d+ size", line)]
    return [re.sub(r"\s+pts.*", "", size) for size in sizes]


def text_of(path: Path) -> str:
    return " ".join(run("pdftotext", "-enc", "UTF-8", str(path), "-").split())
