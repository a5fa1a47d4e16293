"""A real small filesystem for disk-full tests: a tmpfs mounted as root.

Where mounting is not allowed the test is skipped with the reason printed (a test that
fakes ENOSPC would test the fake, not the app).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from nook.core.library import Library

FILLER = "filler"
FULL_LOG = r"could not store .* database or disk is full"  # what the app logs for each store refused


@contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """`folder` as a fresh tmpfs of `size` for the duration."""
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if result.returncode != 0:
        reason = f"cannot mount a small tmpfs here: {result.stderr.decode().strip() or result.returncode}"
        print(reason)
        pytest.skip(reason)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Write into `folder` until its filesystem says it is full; returns the filler file."""
    filler = folder / FILLER
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        while True:
            os.write(fd, b"x" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def free(folder: Path) -> None:
    """Give the room back."""
    (folder / FILLER).unlink(missing_ok=True)


@contextmanager
def library_on_small_disk(folder: Path, kind: str) -> Iterator[tuple[Library, str, str]]:
    """A library on a 2 MB disk at `folder` with Maya's piece of `kind` (she is the last
    writer), the -wal checkpointed empty so the next commit needs new room on the disk;
    the room is given back and the library closed afterwards."""
    with small_disk(folder) as disk:
        library = Library.open(disk)
        writer = library.add_writer("Maya", "fox")
        piece = library.new_piece(writer.id, kind)
        library.set_state("last_writer", writer.id)
        library.checkpoint()
        try:
            yield library, writer.id, piece.id
        finally:
            free(disk)
            library.close()
