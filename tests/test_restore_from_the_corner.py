"""A restore chosen in the grown-up corner, with the corner in another language than the
writer's, brings the window back on the restored library. Seen on the walk: a Spanish
class (everyone's language Spanish, the writer's English) restored a backup after a rescue
from Library safety and the app vanished (a segmentation fault): the new window put the
writer's language back while the old window, closed but not yet deleted, was still there
to be told of it. In a process of its own (a crash takes the process with it): slow."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nook.core import backups, safety
from nook.core.library import Library
from tests.test_trust_app import ROOT, nook_env

pytestmark = pytest.mark.slow

DRIVER = """
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
            corner = fresh[0].grown_up.open_without_gate()  # (past the gate) in everyone's language
            corner.show_section("Library safety")
            fresh[0].restore_wanted.emit(Path(sys.argv[2]))  # what its Restore sends
        else:
            print("windows", len(windows), flush=True)
            app.quit()

poll = QTimer()
poll.timeout.connect(step)
poll.start(20)
sys.exit(main(["--no-speech", "--data-dir", sys.argv[1]]))
"""


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
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(folder), str(made.path)],
        cwd=ROOT,
        env=nook_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and result.stdout.strip() == "windows 2", result.stderr[-2000:]
    again = Library.open(folder)
    try:
        assert again.count_pieces(None) == 1
        assert safety.list_notes(again)[0].notice.kind == "restored"
    finally:
        again.close()
