"""A real read-only filesystem for tests: a folder bind-mounted read-only, as root (a
school's shared drive, a USB stick with its lock switch on).

Where mounting is not allowed the test is skipped with the reason printed (a folder
made read-only by its permissions is a different fault: root writes into it anyway, and
the filesystem says EACCES, not EROFS).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only_mount(source: Path, mounted: Path) -> Iterator[Path]:
    """`source` seen read-only at `mounted` (made if need be) for the duration."""
    mounted.mkdir(parents=True, exist_ok=True)
    bound = subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True, text=True)
    if os.geteuid() != 0 or bound.returncode != 0:
        reason = f"cannot make a read-only bind mount here: {bound.stderr.strip() or 'not root'}"
        print(reason)
        pytest.skip(reason)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mounted)], check=True, capture_output=True)
        yield mounted
    finally:
        subprocess.run(["umount", "-l", str(mounted)], check=True)
