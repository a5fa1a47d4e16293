"""Disk full while writing, with the real program: fill, type, quit, free, start, and the
words are back in the piece, with the grown-up told where they had been kept; or start
again while the disk is still full, and the words are shown, the grown-up told, and
stored once there is room."""

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


def _run(folder: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def _typed_on_a_full_disk(folder: Path, env: dict[str, str], state: Path) -> tuple[str, Path]:
    """Maya's sign, typed into on a full disk and closed: (the piece, the recovery file)."""
    library = Library.open(folder)
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "sign")
    library.set_state("last_writer", writer.id)
    library.set_state(f"last_piece:{writer.id}", piece.id)
    library.close()
    typing = _run(folder, env, str(ROOT / "tests" / "full_disk_app.py"), str(folder), TYPED)
    assert typing.returncode == 0, typing.stderr
    assert "not stored" in typing.stdout
    [kept] = held_work.found(folder, state / "WritingNook")
    assert kept.is_relative_to(state)  # the library's disk was full: the user's state folder
    return piece.id, kept


def _words(folder: Path, piece_id: str) -> str:
    library = Library.open(folder)
    try:
        return library.pages(piece_id)[0].words
    finally:
        library.close()


def test_work_typed_on_a_full_disk_is_kept_at_quit_and_back_at_the_next_start(tmp_path: Path) -> None:
    state = tmp_path / "state"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(state)}
    with small_disk(tmp_path / "small") as folder:
        piece_id, kept = _typed_on_a_full_disk(folder, env, state)
        free(folder)
        started = _run(folder, env, "-m", "nook", "--no-speech", "--smoke", "--data-dir", str(folder))
        assert started.returncode == 0, started.stderr
        assert not kept.exists()
        assert _words(folder, piece_id) == TYPED
        library = Library.open(folder)
        try:
            [note] = safety.list_notes(library)
            assert note.notice.kind == "work_put_back" and str(kept) in str(note.notice.facts["files"])
        finally:
            library.close()


def test_a_start_on_a_disk_still_full_shows_the_kept_work_and_stores_it_once_there_is_room(tmp_path: Path) -> None:
    state = tmp_path / "state"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(state)}
    with small_disk(tmp_path / "small") as folder:
        piece_id, kept = _typed_on_a_full_disk(folder, env, state)
        # Started again with the disk still full: the child sees the work, the grown-up is
        # told; the helper then makes room, and the work is stored and the file goes.
        looked = _run(folder, env, str(ROOT / "tests" / "full_disk_app.py"), str(folder), "--look")
        assert looked.returncode == 0, looked.stderr
        assert looked.stdout.splitlines()[:2] == [f"shown: {TYPED}", "told"]
        assert not kept.exists()
        assert _words(folder, piece_id) == TYPED
