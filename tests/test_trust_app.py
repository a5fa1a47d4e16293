"""Trust, with the real program: read-only, busy, newer and damaged libraries; one app per library."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.core import backups, safety
from nook.core.library import LIBRARY_FILE, Library
from tests.core.test_opening import HOLD_LOCK
from tests.small_disk import fill, small_disk

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def nook_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}


def run_nook(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nook", "--no-speech", *args],
        cwd=ROOT,
        env=nook_env(**extra),
        capture_output=True,
        text=True,
        timeout=120,
    )


def start_nook(folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "nook", "--no-speech", "--data-dir", str(folder)],
        cwd=ROOT,
        env=nook_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def log_says(folder: Path, words: str) -> bool:
    log = folder / "nook.log"
    return log.exists() and words in log.read_text(errors="replace")


def wait_for(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def make_library(folder: Path) -> None:
    library = Library.open(folder)
    writer = library.add_writer("Maya", "fox")
    library.set_state("last_writer", writer.id)
    library.close()


@pytest.fixture
def immutable_library(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "lib"
    folder.mkdir()
    make_library(folder)
    if os.geteuid() != 0:
        pytest.skip("making a file immutable needs root")
    subprocess.run(["chattr", "+i", str(folder / LIBRARY_FILE)], check=True)
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)
    subprocess.run(["chattr", "-i", str(folder / LIBRARY_FILE)], check=True)


def test_an_immutable_library_in_a_read_only_folder_starts_without_a_traceback(immutable_library: Path) -> None:
    before = (immutable_library / LIBRARY_FILE).read_bytes()
    result = run_nook("--smoke", "--data-dir", str(immutable_library))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (immutable_library / LIBRARY_FILE).read_bytes() == before


def test_a_library_another_program_holds_is_said_and_not_moved(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    make_library(folder)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(folder / LIBRARY_FILE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"locked"
        result = run_nook("--smoke", "--data-dir", str(folder), NOOK_BUSY_WAIT_SECONDS="0.3")
        assert holder.stdin is not None
        holder.stdin.close()
    assert result.returncode == 3
    assert "Another program is using the library" in result.stderr and "Traceback" not in result.stderr
    assert not list(folder.glob("*.damaged-*"))
    library = Library.open(folder)
    try:
        assert [w.name for w in library.writers()] == ["Maya"]
    finally:
        library.close()


def test_a_newer_library_starts_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    make_library(folder)
    library = Library.open(folder)
    library.db.execute("INSERT INTO _migrations (name, applied) VALUES ('0999_newer', 'later')")
    library.db.conn.commit()
    library.close()
    before = (folder / LIBRARY_FILE).read_bytes()
    result = run_nook("--smoke", "--data-dir", str(folder))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert (folder / LIBRARY_FILE).read_bytes() == before


def test_a_rescue_is_told_to_the_grown_up_and_a_backup_is_made_at_close(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    make_library(folder)
    raw = bytearray((folder / LIBRARY_FILE).read_bytes())
    raw[0:100] = b"\x00" * 100
    (folder / LIBRARY_FILE).write_bytes(bytes(raw))
    result = run_nook("--smoke", "--data-dir", str(folder))
    assert result.returncode == 0 and "Traceback" not in result.stderr
    library = Library.open(folder)
    try:
        assert [w.name for w in library.writers()] == ["Maya"]
        notes = safety.list_notes(library)
        assert notes and notes[0].notice.kind == "rescued" and Path(str(notes[0].notice.facts["kept"])).is_file()
    finally:
        library.close()
    made = backups.list_backups(folder)
    assert len(made) == 1 and made[0].writers == 1


def test_a_second_start_brings_the_first_forward_and_a_killed_one_never_blocks(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    first = start_nook(folder)
    try:
        wait_for(lambda: log_says(folder, "nook INFO ready"))
        second = run_nook("--data-dir", str(folder))
        assert second.returncode == 0, second.stderr
        wait_for(lambda: log_says(folder, "asked this window to come forward"))
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)
    assert (folder / "nook.lock").exists()  # left behind by kill -9
    third = run_nook("--smoke", "--data-dir", str(folder))
    assert third.returncode == 0, third.stderr
    assert "Traceback" not in third.stderr


def test_four_starts_at_once_leave_one_window_and_no_crash(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    starts = [start_nook(folder) for _ in range(4)]
    try:
        wait_for(lambda: sum(p.poll() is not None for p in starts) >= 3, timeout=90)
        finished = [p for p in starts if p.poll() is not None]
        assert len(finished) == 3
        for process in finished:
            _out, err = process.communicate(timeout=30)
            assert process.returncode == 0 and "Traceback" not in err, err
    finally:
        for process in starts:
            if process.poll() is None:
                process.terminate()
                process.communicate(timeout=30)
    library = Library.open(folder)
    library.close()


def test_a_full_disk_at_start_is_said_and_nothing_is_left_as_damage(tmp_path: Path) -> None:
    with small_disk(tmp_path / "small", "512k") as folder:
        fill(folder)
        result = run_nook("--smoke", "--data-dir", str(folder / "lib"))
        # Said plainly (it used to wait and then exit as if another window were open).
        assert result.returncode == 3, result.stderr
        assert "is full" in result.stderr and "Traceback" not in result.stderr
        assert not list((folder / "lib").glob("*.damaged-*"))


RESTORE_DRIVER = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from nook.__main__ import main
from nook.ui.app import create_application
from nook.ui.main_window import MainWindow

app = create_application([sys.argv[0]])
windows = []

def step():
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    fresh = [w for w in shown if w not in windows]
    if fresh:
        windows.append(fresh[0])
        if len(windows) == 1:
            if sys.argv[3:] == ["from-the-corner"]:  # (past the gate) in everyone's language
                fresh[0].grown_up.open_without_gate().show_section("Library safety")
            fresh[0].restore_wanted.emit(Path(sys.argv[2]))  # what the corner's Restore sends
        else:
            print("windows", len(windows), flush=True)
            app.quit()

poll = QTimer()
poll.timeout.connect(step)
poll.start(20)
sys.exit(main(["--no-speech", "--data-dir", sys.argv[1]]))
"""


def restore_in_the_app(folder: Path, backup: Path, from_the_corner: bool = False) -> subprocess.CompletedProcess[str]:
    """The real app on `folder`, its window asked to put `backup` back as the corner's
    Restore asks (with Library safety open first: `from_the_corner`); it prints "windows 2"
    once the window is back on the restored library."""
    driver = [sys.executable, "-c", RESTORE_DRIVER, str(folder), str(backup)]
    return subprocess.run(
        [*driver, "from-the-corner"] if from_the_corner else driver,
        cwd=ROOT,
        env=nook_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_restoring_from_the_corner_closes_the_library_puts_the_backup_back_and_reopens(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    library = Library.open(folder)
    writer = library.add_writer("Maya", "fox")
    library.new_piece(writer.id, "book")
    made = backups.make_backup(library.path)
    library.new_piece(writer.id, "sign")
    library.close()
    result = restore_in_the_app(folder, made.path)
    assert result.returncode == 0 and result.stdout.strip() == "windows 2", result.stderr
    again = Library.open(folder)
    try:
        assert again.count_pieces(None) == 1
        notes = safety.list_notes(again)
        assert notes and notes[0].notice.kind == "restored"
    finally:
        again.close()
    kept = list(folder.glob("library.db.before-restore-*"))
    assert len(kept) == 1
