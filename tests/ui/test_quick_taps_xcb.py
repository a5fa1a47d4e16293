"""Quick taps on a real X server (Xvfb, the xcb platform), where the bug was seen: the
X server moves the pointer and delivers its events as they come, the press follows at
once, and the reading must reach its last word with no control's name said over it.
Slow: it starts the app in its own process on its own virtual screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("xcb_quick_tap.py")
PAGES = ["My cat Tom and his long lazy days", "Tom is big and he likes fish", "Tom naps all day in the sun"]


def run_on_x(tmp_path: Path, target: str) -> dict:
    if shutil.which("xvfb-run") is None or shutil.which("Xvfb") is None:
        pytest.skip("xvfb-run and Xvfb are not installed (Debian packages xvfb, xauth)")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, str(SCRIPT), str(tmp_path), target],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stdout + done.stderr
    return json.loads(lines[-1])


@pytest.mark.slow
def test_a_quick_tap_on_read_to_me_under_x(tmp_path: Path) -> None:
    report = run_on_x(tmp_path, "readAloud")
    assert report["arrived"] and report["started"] and report["finished"]
    assert report["said"] == PAGES  # a book reads every page, and nothing else is said
    assert report["heard"][-1] == "sun"


@pytest.mark.slow
def test_a_quick_tap_on_show_time_under_x(tmp_path: Path) -> None:
    report = run_on_x(tmp_path, "showTime")
    assert report["arrived"] and report["started"] and report["finished"]
    assert report["said"] == [f"{PAGES[0]}\n\nby Maya", *PAGES[1:]]
    assert report["heard"][-1] == "sun" and report["show_time_page"] == 2
