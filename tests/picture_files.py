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


def _segment(marker: int, body: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(body) + 2) + body


@functools.cache
def grey_jpeg(width: int, height: int) -> bytes:
    """A mid-grey baseline greyscale JPEG of ``width`` x ``height`` pixels, written here in
    a blink (Pillow takes seconds and hundreds of MB to encode a phone's 108 MP photo):
    its Huffman tables have one 1-bit code each, so every 8x8 block, "no change, end of
    block", is two 0 bits."""
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    quantisation = _segment(0xDB, bytes([0]) + bytes([1] * 64))
    frame = _segment(0xC0, struct.pack(">BHHB", 8, height, width, 1) + bytes([1, 0x11, 0]))
    one_code = bytes([1] + [0] * 15) + bytes([0])  # one code of 1 bit, "0", standing for 0
    tables = _segment(0xC4, bytes([0x00]) + one_code + bytes([0x10]) + one_code)  # DC 0, AC 0
    scan = _segment(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
    data = bytes((blocks * 2 + 7) // 8)  # no 0xFF byte to stuff
    return b"\xff\xd8" + quantisation + frame + tables + scan + data + b"\xff\xd9"
