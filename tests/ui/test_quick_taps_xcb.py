"""Quick taps on a real X server (Xvfb, the xcb platform), where the bug was seen: the
X server moves the pointer and delivers its events as they come, the press follows at
once, and the reading must reach its last word with no control's name said over it.
Slow: it starts the app in its own process on its own virtual screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.on_x import run_on_x

SCRIPT = Path(__file__).with_name("xcb_quick_tap.py")
PAGES = ["My cat Tom and his long lazy days", "Tom is big and he likes fish", "Tom naps all day in the sun"]


@pytest.mark.slow
def test_a_quick_tap_on_read_to_me_under_x(tmp_path: Path) -> None:
    report = run_on_x(SCRIPT, str(tmp_path), "readAloud")
    assert report["arrived"] and report["started"] and report["finished"]
    assert report["said"] == PAGES  # a book reads every page, and nothing else is said
    assert report["heard"][-1] == "sun"


@pytest.mark.slow
def test_a_quick_tap_on_show_time_under_x(tmp_path: Path) -> None:
    report = run_on_x(SCRIPT, str(tmp_path), "showTime")
    assert report["arrived"] and report["started"] and report["finished"]
    assert report["said"] == [f"{PAGES[0]}\n\nby Maya", *PAGES[1:]]
    assert report["heard"][-1] == "sun" and report["show_time_page"] == 2
