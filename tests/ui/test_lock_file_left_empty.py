"""A lock file that no Writing Nook wrote never keeps Writing Nook from starting.

Seen on the walk: with an empty `nook.lock` in the library's folder (as a power cut
while it was being written, or a copy of the folder, leaves it), every start waited 15
seconds, logged "already open ... asked it to come forward" and quit with nothing on the
screen (even `--smoke` said 0): Qt's lock file is stale only when the process it names is
gone, and an empty file names none. Such a file, once it has had time to be written, is
taken over; a lock that names a running process is still kept (a start that races another
still waits for it)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from nook.ui.single_instance import LOCK_FILE, SingleInstance


def _aged(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.mark.parametrize("left", [b"", b"\x00\x00\x00 not a lock \xff"], ids=["empty", "nonsense"])
def test_a_lock_file_left_behind_empty_or_of_nonsense_is_taken_over(nook_app, tmp_path: Path, left: bytes) -> None:
    lock = tmp_path / LOCK_FILE
    lock.write_bytes(left)
    _aged(lock, 60)
    guard = SingleInstance(tmp_path, wait_seconds=0.3)
    try:
        assert guard.claim(listen=False)
        assert lock.read_bytes().startswith(str(os.getpid()).encode())
    finally:
        guard.release()


def test_a_lock_file_being_written_now_is_left_to_its_writer(nook_app, tmp_path: Path) -> None:
    """Another start makes the file, then writes its pid: an empty file just made may be
    that start's, so it is not taken from under it."""
    (tmp_path / LOCK_FILE).write_bytes(b"")
    guard = SingleInstance(tmp_path, wait_seconds=0.2)
    assert not guard.claim(listen=False)


def test_a_lock_of_a_running_writing_nook_is_kept(nook_app, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.claim(listen=False)
    try:
        _aged(tmp_path / LOCK_FILE, 60)
        second = SingleInstance(tmp_path, wait_seconds=0.2)
        assert not second.claim(listen=False)
    finally:
        first.release()
