"""A library on a read-only filesystem (a read-only bind mount: a school's shared drive,
a USB stick with its lock switch on), with the real program.

Found live: the start ended in a traceback. Checking whether the folder can be written,
the app tidied its probe file away with `unlink(missing_ok=True)`; on a read-only
filesystem that raises "Read-only file system" (EROFS), not "no such file", even for a
file that is not there. Now the library opens for looking only, as in a folder that
cannot be written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.core.library import LIBRARY_FILE
from tests.read_only_mount import read_only_mount
from tests.test_trust_app import make_library, run_nook

pytestmark = pytest.mark.slow


@pytest.fixture
def read_only_library(tmp_path: Path) -> Iterator[Path]:
    source = tmp_path / "lib"
    source.mkdir()
    make_library(source)
    with read_only_mount(source, tmp_path / "mounted") as mounted:
        yield mounted


def test_a_library_on_a_read_only_filesystem_opens_for_looking_without_a_traceback(read_only_library: Path) -> None:
    before = (read_only_library / LIBRARY_FILE).read_bytes()
    result = run_nook("--smoke", "--data-dir", str(read_only_library))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (read_only_library / LIBRARY_FILE).read_bytes() == before
