"""A restore that failed is what the grown-up is told, even on a library that cannot be
written. Seen by walker4: a restore on a read-only library failed, and the window came
back with only the read-only banner; "Putting back the backup ... did not work" was not
said (the start kept the library's own notice before the restore's)."""

from __future__ import annotations

from pathlib import Path

from nook.core import backups
from nook.ui.trouble_words import notice_words
from tests.core.test_restore_read_only import read_only_library  # noqa: F401 - a fixture


def test_a_failed_restore_on_a_read_only_library_is_said(read_only_library: Path, app_log) -> None:  # noqa: F811
    from nook import library_start

    app_log.expect("restoring .* failed")
    chosen = backups.list_backups(read_only_library)[0].path
    note = library_start.restore_backup(read_only_library, chosen)
    assert note is not None and note.kind == "restore_failed"
    library = library_start.open_library(read_only_library, 0)
    try:
        assert library.read_only and library.notice is not None and library.notice.kind == "read_only"
        library_start.tell_the_grown_up(library, note)
        assert library.notice is note
        assert notice_words(library.notice).startswith("Putting back the backup of ")  # (its day and time)
        assert "did not work" in notice_words(library.notice)
    finally:
        library.close()
