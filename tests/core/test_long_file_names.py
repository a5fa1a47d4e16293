"""A file name the disk takes is written under that name, however long. Found on the walk:
a PDF or talking book saved as an 80-letter Japanese name (244 bytes; a name may have
255) was refused with "its name is too long for this computer": the hidden temporary
name beside it, 15 bytes longer, was the one too long."""

from __future__ import annotations

from pathlib import Path

import pytest

from nook.core.safe_files import temporary_beside


@pytest.mark.parametrize("stem", ["日本語の名前" * 13 + "本本", "a" * 250, "ñ" * 125])
def test_a_long_name_the_disk_takes_is_written(tmp_path: Path, stem: str) -> None:
    name = stem + ".pdf"
    name = name.encode()[-255:].decode("utf-8", errors="ignore")  # as long as a name may be
    target = tmp_path / name
    target.touch()  # the disk takes the name
    target.unlink()
    with temporary_beside(target) as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".")
        temp.write_bytes(b"%PDF")
    assert target.read_bytes() == b"%PDF"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # nothing else left beside it
