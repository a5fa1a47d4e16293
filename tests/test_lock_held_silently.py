"""A start whose library is held by a Writing Nook that does not answer says so.

Seen on the walk: another process held the library's `nook.lock` (a Writing Nook of
another user of the computer on a shared folder, or one that hangs): a start waited 15
seconds, logged "already open ... asked it to come forward" and quit with nothing on the
screen and status 0, as if all were well. It now says what a library another program
holds says (and, with a screen, shows it on the trouble screen, with nothing to restore
over a library in use), and ends with the trouble status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nook.core.library import Library
from tests.test_trust_app import run_nook

pytestmark = pytest.mark.slow

# A process that takes the lock as Writing Nook does, and never answers a later start.
HOLD_APP_LOCK = (
    "import sys\n"
    "from PySide6.QtCore import QLockFile\n"
    "lock = QLockFile(sys.argv[1])\n"
    "assert lock.tryLock(0)\n"
    "print('locked', flush=True)\n"
    "sys.stdin.read()\n"
)


def test_a_library_held_by_a_writing_nook_that_does_not_answer_is_said(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    Library.open(folder).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_APP_LOCK, str(folder / "nook.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = run_nook("--smoke", "--data-dir", str(folder), NOOK_BUSY_WAIT_SECONDS="1")
    finally:
        holder.communicate("", timeout=30)
    assert result.returncode == 3, result.stderr
    assert "Another program is using the library file" in result.stderr
    assert "Traceback" not in result.stderr
