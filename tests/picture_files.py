"""Picture files for tests that need very large pictures, made without encoding them."""

from __future__ import annotations

import functools
import struct
import zlib


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


@functools.cache
def black_png(width: int, height: int) -> bytes:
    """A black 1-bit PNG of ``width`` x ``height`` pixels: the picture of
    ``Image.new("1", (width, height))``, a few KB that open as up to hundreds of millions
    of pixels (a "decompression bomb"). Written here, once a run: Pillow took 2-5 s to
    encode one 20000 x 20000 (218 KB here, at zlib's fastest level), and the tests made
    four of them, two at every worker's collection."""
    row = bytes(1 + (width + 7) // 8)  # filter type 0, then eight black pixels a byte
    packer = zlib.compressobj(1)
    data = b"".join(packer.compress(row * min(500, height - top)) for top in range(0, height, 500)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1 bit, greyscale
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")
