"""Writing a file safely: to a temporary file beside it, renamed into place when done.

A backpack, PDF or picture that fails half way (a full or pulled-out USB stick, an
error while drawing) never leaves a half file with the final name, and never spoils
an older file of that name. And reading a file a user chose safely: only a regular file,
never more than a limit (a FIFO or a link to /dev/zero must not hang or fill memory).
No Qt here.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

NAME_BYTES = 255  # the longest file name most disks take


@contextmanager
def temporary_beside(destination: Path | str) -> Iterator[Path]:
    """A temporary path beside `destination`; renamed over it if the block succeeds."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    temp = _new_file_beside(destination)
    try:
        yield temp
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, destination)
    finally:
        if temp.exists():
            temp.unlink()


def _new_file_beside(destination: Path) -> Path:
    """A new, empty file next to `destination`, made with the mode any program's new file
    gets (0666 less the umask). `tempfile.mkstemp` makes 0600 files, and the rename kept
    that: a PDF saved to a shared folder could be opened by nobody else."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    # A name may be 255 bytes long (ext4, FAT's long names in UTF-16 alike); the temporary
    # one adds 15 to it, so a long name the disk takes is shortened here, not refused.
    stem = destination.name.encode()[: NAME_BYTES - len(".12345678.part") - 1].decode("utf-8", errors="ignore")
    for _ in range(100):
        temp = destination.parent / f".{stem}.{secrets.token_hex(4)}.part"
        try:
            os.close(os.open(temp, flags, 0o666))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(f"no free temporary name beside {destination}")


class FileRefused(OSError):
    """A file a user chose that we will not read: not a regular file, or too big."""

    def __init__(self, reason: str, path: Path | str) -> None:
        super().__init__(f"{Path(path).name}: {reason}")
        self.reason = reason  # "not_a_file" or "too_big"


def open_regular(path: Path | str, max_bytes: int) -> BinaryIO:
    """Open a user's file for reading, only if it is a regular file of at most `max_bytes`.

    Opened without blocking and checked on the open descriptor (not the name, which could
    change): a FIFO would block a plain open forever, and a link to /dev/zero never ends.
    """
    # O_NONBLOCK (POSIX only) lets the open of a FIFO return at once instead of waiting
    # for a writer; Windows has no FIFOs to wait on.
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    flags = os.O_RDONLY | nonblocking | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused("not_a_file", path)
        if info.st_size > max_bytes:
            raise FileRefused("too_big", path)
        if nonblocking:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path | str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes` (see `open_regular`)."""
    with open_regular(path, max_bytes) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while we read
        raise FileRefused("too_big", path)
    return data
