"""How many entries a zip says it holds, read from its end record alone. No Qt.

`zipfile.ZipFile` reads the whole central directory into one ZipInfo per entry before
anything can look at the count: 2,000,000 entries cost seconds and about a gigabyte.
The end-of-central-directory record (the last 22 bytes, after an optional comment of at
most 64 KB) says how many entries there are and how big the directory is; for a zip64
file, a locator just before it points to the zip64 end record that holds the real
numbers. Reading those is a few kilobytes, whatever the zip holds.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

END_SIGNATURE = b"PK\x05\x06"
END_SIZE = 22
ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
ZIP64_LOCATOR_SIZE = 20
ZIP64_END_SIGNATURE = b"PK\x06\x06"
ZIP64_END_SIZE = 56
MAX_COMMENT = 0xFFFF


@dataclass(frozen=True)
class Declared:
    """What the end record declares: entries, and the central directory's size in bytes."""

    entries: int
    directory_bytes: int


def declared(handle: BinaryIO) -> Declared | None:
    """The entry count and directory size the zip's end record declares; None if there is
    no end record (not a zip: zipfile then says so itself)."""
    handle.seek(0, 2)
    size = handle.tell()
    tail_size = min(size, END_SIZE + MAX_COMMENT)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(END_SIGNATURE)
    if at < 0 or len(tail) - at < END_SIZE:
        return None
    (_sig, _disk, _cd_disk, _here, total, cd_size, _cd_offset, _comment) = struct.unpack(
        "<4sHHHHIIH", tail[at : at + END_SIZE]
    )
    entries, directory = int(total), int(cd_size)
    if total == 0xFFFF or cd_size == 0xFFFFFFFF:
        zip64 = _zip64(handle, size - tail_size + at)
        if zip64 is not None:
            entries, directory = zip64.entries, zip64.directory_bytes
    return Declared(entries, directory)


def _zip64(handle: BinaryIO, end_at: int) -> Declared | None:
    locator_at = end_at - ZIP64_LOCATOR_SIZE
    if locator_at < 0:
        return None
    handle.seek(locator_at)
    locator = handle.read(ZIP64_LOCATOR_SIZE)
    if len(locator) < ZIP64_LOCATOR_SIZE or not locator.startswith(ZIP64_LOCATOR_SIGNATURE):
        return None
    (_sig, _disk, record_at, _disks) = struct.unpack("<4sIQI", locator)
    handle.seek(record_at)
    record = handle.read(ZIP64_END_SIZE)
    if len(record) < ZIP64_END_SIZE or not record.startswith(ZIP64_END_SIGNATURE):
        return None
    (_sig, _size, _made, _needed, _disk, _cd_disk, _here, total, cd_size, _cd_offset) = struct.unpack(
        "<4sQHHIIQQQQ", record
    )
    return Declared(int(total), int(cd_size))
