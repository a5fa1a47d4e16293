"""The app as Orca hears it: the accessibility tree read over AT-SPI (issue 14, item 14).

The app runs on a real X server (Xvfb) in a D-Bus session of its own with the AT-SPI bus,
as on a desktop with a screen reader; `atspi_reader.py` (the system's Python, which has
the D-Bus binding) reads the shelf's tree, presses "New book" through AT-SPI's Action
interface and reads the editor's. packaging/nook.sh test installs what this needs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nook.core.library import Library

pytestmark = pytest.mark.slow

READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
FILTERS = ["Everything", "My books", "My lists", "My signs", "My letters", "Finished ones"]
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


def _missing() -> str:
    for tool in ("dbus-run-session", "xvfb-run"):
        if shutil.which(tool) is None:
            return tool
    if not any(Path(p).exists() for p in LAUNCHERS):
        return "at-spi2-core"
    if subprocess.run([SYSTEM_PYTHON, "-c", "import dbus"], capture_output=True).returncode:
        return "python3-dbus"
    return ""


def _trees(data_dir: Path) -> dict[str, list[dict]]:
    app = f"{sys.executable} -m nook --data-dir {data_dir} --no-speech"
    reader = f"{SYSTEM_PYTHON} {READER} 'Writing Nook' 'Your shelf' 'New book' 'The cover'"
    script = f"{app} & app=$!; {reader}; status=$?; kill $app; wait $app; exit $status"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    done = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1024x600x24", "bash", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    screens = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {screen["screen"]: [n for n in screen["nodes"] if n["showing"]] for screen in screens}


def test_orca_hears_a_name_for_every_control_and_the_choices_as_radio_buttons(data_dir: Path) -> None:
    missing = _missing()
    if missing:
        pytest.skip(f"needs {missing} (packaging/nook.sh test installs it)")
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    library.set_state("last_writer", writer.id)
    library.close()
    trees = _trees(data_dir)
    shelf, editor = trees["Your shelf"], trees["The cover"]
    for screen, tree in (("shelf", shelf), ("editor", editor)):
        unnamed = [n["role"] for n in tree if n["focusable"] and not n["name"].strip()]
        assert unnamed == [], f"{screen}: controls with no name"
    filters = [n for n in shelf if n["role"] == "radio button"]
    assert [n["name"] for n in filters] == [
        "Everything",
        "My books",
        "My lists",
        "My signs",
        "My letters",
        "Finished ones",
    ]
    assert [n["name"] for n in filters if n["checked"]] == ["Everything"]
    assert not [n for n in shelf if n["role"] == "check box" and n["name"] in {f["name"] for f in filters}]
    pages = [n for n in editor if n["role"] == "radio button" and n["name"].startswith(("The cover", "Page"))]
    assert [n["name"] for n in pages] == ["The cover", "Page 1 of 1"]
    assert [n["name"] for n in pages if n["checked"]] == ["The cover"]
