"""A restore chosen in the grown-up corner, with the corner in another language than the
writer's, brings the window back on the restored library. Seen on the walk: a Spanish
class (everyone's language Spanish, the writer's English) restored a backup after a rescue
from Library safety and the app vanished (a segmentation fault): the new window put the
writer's language back while the old window, closed but not yet deleted, was still there
to be told of it. In a process of its own (a crash takes the process with it): slow."""

from __future__ import annotations

from pathlib import Path

import pytest

from nook.core import backups, safety
from nook.core.library import Library
from tests.test_trust_app import restore_in_the_app

pytestmark = pytest.mark.slow


def test_a_restore_from_the_corner_in_another_language_reopens_the_window(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    library = Library.open(folder)
    writer = library.add_writer("Maya", "fox")  # her language: English
    library.set_state("last_writer", writer.id)
    library.new_piece(writer.id, "book")
    library.set_setting("language", "es")  # everyone's (the corner's): Spanish
    made = backups.make_backup(library.path)
    library.new_piece(writer.id, "sign")
    library.close()
    result = restore_in_the_app(folder, made.path, from_the_corner=True)
    assert result.returncode == 0 and result.stdout.strip() == "windows 2", result.stderr[-2000:]
    again = Library.open(folder)
    try:
        assert again.count_pieces(None) == 1
        assert safety.list_notes(again)[0].notice.kind == "restored"
    finally:
        again.close()
