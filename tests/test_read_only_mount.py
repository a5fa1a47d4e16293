"""A library on a read-only filesystem (a read-only bind mount: a school's shared drive,
a USB stick with its lock switch on), with the real program.

Found live: the start ended in a traceback. Checking whether the folder can be written,
the app tidied its probe file away with `unlink(missing_ok=True)`; on a read-only
filesystem that raises "Read-only file system" (EROFS), not "no such file", even for a
file that is not there. Now the library opens for looking only, as in a folder that
cannot be written.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.core.library import LIBRARY_FILE
from tests.test_trust_app import make_library, run_nook

pytestmark = pytest.mark.slow


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    source = tmp_path / "lib"
    source.mkdir()
    make_library(source)
    mounted = tmp_path / "mounted"
    mounted.mkdir()
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


def test_a_library_on_a_read_only_filesystem_opens_for_looking_without_a_traceback(read_only_mount: Path) -> None:
    before = (read_only_mount / LIBRARY_FILE).read_bytes()
    result = run_nook("--smoke", "--data-dir", str(read_only_mount))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (read_only_mount / LIBRARY_FILE).read_bytes() == before
