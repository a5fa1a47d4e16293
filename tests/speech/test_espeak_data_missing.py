"""espeak-ng's data missing or broken (a half-removed package, a bundle without it).

Found by running the app with ESPEAK_DATA_PATH at an empty espeak-ng-data folder:
espeak_Initialize printed "Error processing file ... phontab" and called exit(1), so
Writing Nook vanished with status 1 right after its window was ready, saying nothing.
It must go on without a voice, and say why in the grown-up corner. (espeak-ng is
started once a process, so the voice is made in a process of its own.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

SCRIPT = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from nook.speech.voice import make_voice
voice = make_voice("auto")
print("available" if voice.is_available() else "unavailable", flush=True)
print(repr(voice.unavailable_reason()), flush=True)
"""


def test_a_voice_without_espeak_data_is_no_voice_not_the_end_of_the_app(tmp_path: Path) -> None:
    (tmp_path / "espeak-ng-data").mkdir()  # there, and empty: espeak-ng looks no further
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env={**os.environ, "ESPEAK_DATA_PATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    print(done.stdout, done.stderr[-2000:])
    assert done.returncode == 0, f"the process ended with {done.returncode}: {done.stderr[-2000:]}"
    answer, reason = done.stdout.splitlines()[:2]
    assert answer == "unavailable"
    assert "espeak-ng" in reason, "the grown-up corner is told why there is no voice"
