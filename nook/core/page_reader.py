"""Reading rows straight from the pages of a SQLite file, for a file SQLite itself refuses.

The `.recover` of the Debian `sqlite3` shell needs the `sqlite_dbpage` table, which
that build (and Python's sqlite3) leave out, so this does the same work in a small way:
find each table's root page in the schema on page 1, walk its b-tree, and decode every
row on every leaf page that can still be read. A damaged interior page or a page cut
off by truncation loses only the rows beneath it; table leaves nobody points to any
more (the schema's own pages were cut off, say) give each row to the one table it can
belong to: by its number of columns and, where the tables' shapes are known, by the kind
of value each column holds (`fits`). Overflowing rows are followed down their overflow
chain. No Qt here.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

TABLE_LEAF = 13
TABLE_INTERIOR = 5
Row = tuple[object, ...]
# A table's shape: per column, the kind of value it holds ("int", "text", "real", "any",
# or "rowid": an INTEGER PRIMARY KEY, stored as NULL in the row) and whether it may not be NULL.
Shape = Sequence[tuple[str, bool]]


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        if pos + i >= len(data):
            raise ValueError("varint past the end")
        byte = data[pos + i]
        if i == 8:
            return (value << 8) | byte, pos + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, pos + i + 1
    raise ValueError("bad varint")


def decode_record(payload: bytes, text: bool = True) -> Row:
    header_size, pos = _varint(payload, 0)
    types: list[int] = []
    while pos < header_size:
        serial, pos = _varint(payload, pos)
        types.append(serial)
    body = header_size
    values: list[object] = []
    for serial in types:
        if serial == 0:
            values.append(None)
        elif 1 <= serial <= 6:
            width = (1, 2, 3, 4, 6, 8)[serial - 1]
            values.append(int.from_bytes(payload[body : body + width], "big", signed=True))
            body += width
        elif serial == 7:
            values.append(struct.unpack(">d", payload[body : body + 8])[0])
            body += 8
        elif serial in (8, 9):
            values.append(serial - 8)
        elif serial >= 12:
            width = (serial - 12) // 2
            chunk = payload[body : body + width]
            if len(chunk) != width:
                raise ValueError("record cut short")
            values.append(bytes(chunk) if serial % 2 == 0 else chunk.decode("utf-8", "replace"))
            body += width
        else:
            raise ValueError("reserved serial type")
    if body > len(payload):
        raise ValueError("record cut short")
    return tuple(values)


class PageFile:
    """A SQLite file read as pages; every page access may fail with ValueError."""

    def __init__(self, data: bytes, page_size: int) -> None:
        self.data = data
        self.size = page_size
        self.count = len(self.data) // page_size
        self.usable = page_size  # we never set reserved bytes

    def page(self, number: int) -> bytes:
        if not 1 <= number <= self.count:
            raise ValueError(f"page {number} is not in the file")
        start = (number - 1) * self.size
        return self.data[start : start + self.size]

    def _payload(self, page: bytes, pos: int, length: int) -> bytes:
        """A cell's payload, following overflow pages when it does not fit on its page."""
        max_local = self.usable - 35
        if length <= max_local:
            return page[pos : pos + length]
        min_local = (self.usable - 12) * 32 // 255 - 23
        local = min_local + (length - min_local) % (self.usable - 4)
        if local > max_local:
            local = min_local
        parts = [page[pos : pos + local]]
        remaining = length - local
        next_page = struct.unpack(">I", page[pos + local : pos + local + 4])[0]
        seen: set[int] = set()
        while remaining > 0:
            if next_page in seen:
                raise ValueError("overflow loop")
            seen.add(next_page)
            overflow = self.page(next_page)
            take = min(remaining, self.usable - 4)
            parts.append(overflow[4 : 4 + take])
            remaining -= take
            next_page = struct.unpack(">I", overflow[:4])[0]
        return b"".join(parts)

    def cells(self, number: int) -> tuple[int, list[int], int]:
        """(page type, cell offsets, right-most child) of a b-tree page."""
        page = self.page(number)
        base = 100 if number == 1 else 0
        kind = page[base]
        if kind not in (2, 5, 10, 13):
            raise ValueError(f"page {number} is not a b-tree page")
        count = struct.unpack(">H", page[base + 3 : base + 5])[0]
        header = 8 if kind in (10, 13) else 12
        right = struct.unpack(">I", page[base + 8 : base + 12])[0] if header == 12 else 0
        pointers = page[base + header : base + header + 2 * count]
        offsets = [struct.unpack(">H", pointers[i : i + 2])[0] for i in range(0, len(pointers), 2)]
        if any(not base + header <= o < self.size for o in offsets):
            raise ValueError(f"page {number} has cells outside it")
        return kind, offsets, right

    def leaf_rows(self, number: int) -> Iterator[tuple[int, Row]]:
        """(rowid, values) of each row on a table leaf that can be decoded."""
        page = self.page(number)
        _kind, offsets, _right = self.cells(number)
        for offset in offsets:
            try:
                length, pos = _varint(page, offset)
                rowid, pos = _varint(page, pos)
                yield rowid, decode_record(self._payload(page, pos, length))
            except (ValueError, struct.error, IndexError):
                continue

    def walk(self, root: int, reached: set[int]) -> Iterator[tuple[int, Row]]:
        """Every readable row of the table b-tree at `root`; pages visited go into `reached`."""
        stack = [root]
        while stack:
            number = stack.pop()
            if number in reached:
                continue
            reached.add(number)
            try:
                kind, offsets, right = self.cells(number)
                if kind == TABLE_LEAF:
                    yield from self.leaf_rows(number)
                    continue
                if kind != TABLE_INTERIOR:
                    continue
                page = self.page(number)
                children = [struct.unpack(">I", page[o : o + 4])[0] for o in offsets]
            except (ValueError, struct.error, IndexError):
                continue
            stack.extend(reversed([*children, right]))


def fits(row: Row, shape: Shape) -> bool:
    """Whether `row` can be a row of a table of this shape, as SQLite stores values: a TEXT
    column holds text (numbers given to it are stored as text), an INTEGER one integers."""
    if len(row) != len(shape):
        return False
    for value, (kind, required) in zip(row, shape, strict=True):
        if value is None:
            if required:
                return False
            continue
        if kind == "rowid":
            return False
        if kind == "int" and not isinstance(value, int):
            return False
        if kind == "real" and not isinstance(value, int | float):
            return False
        if kind == "text" and not isinstance(value, str):
            return False
    return True


def readable_rows(data: bytes, page_size: int) -> int:
    """How many rows every table in the schema yields at this page size (to guess a lost one)."""
    pages = PageFile(data, page_size)
    reached: set[int] = set()
    roots = [row[3] for _rowid, row in pages.walk(1, reached) if len(row) >= 5 and isinstance(row[3], int)]
    total = len(roots)
    for root in roots:
        total += sum(1 for _ in pages.walk(root, reached))
    return total


def freelist(pages: PageFile) -> set[int]:
    """Pages on the free list named in the header (empty if the header was rebuilt)."""
    free: set[int] = set()
    trunk = struct.unpack(">I", pages.data[32:36])[0] if len(pages.data) >= 36 else 0
    while trunk and trunk not in free:
        free.add(trunk)
        try:
            page = pages.page(trunk)
        except ValueError:
            break
        count = min(struct.unpack(">I", page[4:8])[0], (pages.size - 8) // 4)
        free.update(struct.unpack(f">{count}I", page[8 : 8 + 4 * count]))
        trunk = struct.unpack(">I", page[:4])[0]
    return free


def read_tables(
    path: Path, page_size: int, columns: dict[str, int], shapes: Mapping[str, Shape] | None = None
) -> dict[str, dict[int, Row]]:
    """Rows of each named table (rowid -> values) that the pages of `path` still hold.

    `columns` gives how many columns each table has; it is used to give table leaves
    that no b-tree reaches any more to the one table with rows of that width. `shapes`
    (of every table with rows, wanted or not: `fits`) tells apart tables of one width.
    """
    pages = PageFile(path.read_bytes(), page_size)
    # Freed pages keep rows that were deleted: never bring those back.
    reached = freelist(pages)
    found: dict[str, dict[int, Row]] = {name: {} for name in columns}
    roots: dict[str, int] = {}
    for _rowid, row in pages.walk(1, reached):
        if len(row) >= 5 and row[0] == "table" and isinstance(row[1], str) and isinstance(row[3], int):
            roots[row[1]] = row[3]
    for name, root in roots.items():
        for rowid, row in pages.walk(root, reached):  # (other tables' pages are theirs, not lost)
            if name in found:
                found[name][rowid] = row
    widths: dict[int, list[str]] = {}
    for name, width in columns.items():
        widths.setdefault(width, []).append(name)
    for number in range(2, pages.count + 1):
        if number in reached:
            continue
        try:
            kind, _offsets, _right = pages.cells(number)
        except (ValueError, struct.error, IndexError):
            continue
        if kind != TABLE_LEAF:
            continue
        for rowid, row in pages.leaf_rows(number):
            if shapes is None:
                owners = widths.get(len(row), [])
            else:
                owners = [name for name, shape in shapes.items() if fits(row, shape)]
            if len(owners) == 1 and owners[0] in found:
                found[owners[0]].setdefault(rowid, row)
    return found
