"""Writing a file safely: to a temporary file beside it, renamed into place when done.

A backpack, PDF or picture that fails half way (a full or pulled-out USB stick, an
error while drawing) never leaves a half file with the final name, and never spoils
an older file of that name. No Qt here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def temporary_beside(destination: Path | str) -> Iterator[Path]:
    """A temporary path beside `destination`; renamed over it if the block succeeds."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=destination.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, destination)
    finally:
        if temp.exists():
            temp.unlink()
