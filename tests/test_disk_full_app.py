"""Disk full while writing, with the real program: fill, type, quit, free, start, and the
words are back in the piece, with the grown-up told where they had been kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nook.core import held_work, safety
from nook.core.library import Library
from tests.small_disk import free, small_disk

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow
TYPED = "we went to the sea"


def test_work_typed_on_a_full_disk_is_kept_at_quit_and_back_at_the_next_start(tmp_path: Path) -> None:
    state = tmp_path / "state"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(state)}
    with small_disk(tmp_path / "small") as folder:
        library = Library.open(folder)
        writer = library.add_writer("Maya", "fox")
        piece = library.new_piece(writer.id, "sign")
        library.set_state("last_writer", writer.id)
        library.set_state(f"last_piece:{writer.id}", piece.id)
        library.close()
        typing = subprocess.run(
            [sys.executable, str(ROOT / "tests" / "full_disk_app.py"), str(folder), TYPED],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert typing.returncode == 0, typing.stderr
        assert "not stored" in typing.stdout
        [kept] = held_work.found(folder, state / "WritingNook")
        assert kept.is_relative_to(state)  # the library's disk was full: the user's state folder
        free(folder)
        started = subprocess.run(
            [sys.executable, "-m", "nook", "--no-speech", "--smoke", "--data-dir", str(folder)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert started.returncode == 0, started.stderr
        assert not kept.exists()
        library = Library.open(folder)
        try:
            assert library.pages(piece.id)[0].words == TYPED
            [note] = safety.list_notes(library)
            assert note.notice.kind == "work_put_back" and str(kept) in str(note.notice.facts["files"])
        finally:
            library.close()
