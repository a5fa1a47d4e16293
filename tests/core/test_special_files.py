"""Files are checked before they are read: a FIFO or a link to /dev/zero never hangs or fills memory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.core import backpack
from nook.core.safe_files import FileRefused, read_regular
from tests.hang_guard import hang_fails


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """A hang is what these defects did: fail the test instead of hanging the suite."""
    with hang_fails("reading a special file hung"):
        yield


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.png"
    os.mkfifo(path)
    return path


@pytest.fixture
def endless(tmp_path: Path) -> Path:
    path = tmp_path / "backpack.nook"
    path.symlink_to("/dev/zero")
    return path


def test_a_fifo_is_refused_without_waiting_for_a_writer(fifo: Path) -> None:
    with pytest.raises(FileRefused) as refused:
        read_regular(fifo, 1_000_000)
    assert refused.value.reason == "not_a_file"


def test_a_link_to_dev_zero_is_refused_before_reading(endless: Path) -> None:
    with pytest.raises(FileRefused) as refused:
        read_regular(endless, 1_000_000)
    assert refused.value.reason == "not_a_file"


def test_a_regular_file_is_read_and_a_big_one_refused(tmp_path: Path) -> None:
    path = tmp_path / "small.bin"
    path.write_bytes(b"x" * 100)
    assert read_regular(path, 100) == b"x" * 100
    with pytest.raises(FileRefused) as refused:
        read_regular(path, 99)
    assert refused.value.reason == "too_big"


def test_a_backpack_that_is_a_fifo_or_dev_zero_is_refused(fifo: Path, endless: Path) -> None:
    for path in (fifo, endless):
        with pytest.raises(backpack.BackpackRefused) as refused:
            backpack.read(path)
        assert "not an ordinary file" in str(refused.value)
