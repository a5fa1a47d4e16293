"""A tool tip never takes a child's tap. Seen on the walk (Xvfb, openbox, xdotool): on
"Who is writing?" a five-year-old rested on her picture, heard her name, and tapped her
picture a little lower; the tip ("Sofía", in letters she cannot read) had come up just
under the pointer, the tap went to the tip, and nothing happened. Tips now let taps
through to the button under them. Slow: the app in its own process on its own X server,
the pointer and the tap the X server's own (XTest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.on_x import run_on_x

SCRIPT = Path(__file__).with_name("xcb_tip_tap.py")


@pytest.mark.slow
def test_a_tap_where_a_tool_tip_lies_reaches_the_button_under_it(tmp_path: Path) -> None:
    report = run_on_x(SCRIPT, str(tmp_path))
    assert report["ready"] and report["tip"] and report["tip_over_button"], report
    assert report["opened"], report
