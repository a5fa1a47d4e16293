"""Putting a backup back on a disk that cannot be written is refused and said, not a crash.

Seen on the walk (Xvfb, the library on a read-only bind mount): Library safety offered
"Restore this backup"; the tap closed Writing Nook with a traceback. The copy beside the
library could not be made (EROFS), and tidying away that copy, which was never made,
failed again: on a read-only filesystem `unlink` says "Read-only file system", not "no
such file", and that error left `restore` in place of the refusal the window words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.core import backups
from nook.core.library import LIBRARY_FILE
from tests.read_only_mount import read_only_mount


@pytest.fixture
def read_only_library(tmp_path: Path, new_library) -> Iterator[Path]:
    source = tmp_path / "lib"
    library = new_library(source)
    library.add_writer("Maya", "fox")
    backups.make_backup(library.path)
    library.close()
    with read_only_mount(source, tmp_path / "mounted") as mounted:
        yield mounted


def test_a_backup_put_back_on_a_read_only_disk_is_refused(read_only_library: Path) -> None:
    before = (read_only_library / LIBRARY_FILE).read_bytes()
    chosen = backups.list_backups(read_only_library)[0].path
    with pytest.raises(backups.BackupFailed) as refused:
        backups.restore(read_only_library, chosen)
    assert refused.value.kind == "read_only"
    assert (read_only_library / LIBRARY_FILE).read_bytes() == before
