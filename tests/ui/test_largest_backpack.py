"""The largest backpack the limits allow (issue 9 item 9) is read and brought in through
the grown-up corner: every piece arrives, the window's thread answers between every two
pieces, and memory stays within a few times the manifest.

500 books of 1,000 pages (backpack_manifest.MAX_PAGES) with pages as write_backpack
writes them: before the limits agreed, 900 such books passed the counts and were
refused for their size. Run in a fresh process, so its peak resident size (VmHWM) is the
backpack's; the longest gap of a 10 ms timer is printed (times are the benchmark's:
tests/benchmarks/bench_huge_inputs.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from nook.core import backpack_manifest
from tests.zip_helpers import books_backpack

ROOT = Path(__file__).resolve().parents[2]
BOOKS = backpack_manifest.MAX_PAGES // backpack_manifest.MAX_PAGES_PER_PIECE

BRING_IN = """
import json, os, sys, tempfile, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from pathlib import Path
from nook.ui.app import create_application
app = create_application(["largest"])
from nook.core.library import Library
from nook.ui.grownup.backpack_page import BackpackPage
from nook.ui.language import LanguageSwitch
from nook.ui.operations import Operations
from tests.ui.window_answers import WindowAnswers, each_piece
from nook.core import backpack

def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024

LanguageSwitch.shared().use("en")
home = Library.open(tempfile.mkdtemp())
page = BackpackPage(home, Operations(home))
answers = WindowAnswers()
before = hwm()
start = time.perf_counter()
read_done = []
page.work.read_done.connect(lambda *_: read_done.append(1))
page.load(Path({path!r}))
while not read_done:
    app.processEvents()
app.processEvents()
read = time.perf_counter() - start
if page.incoming is None:
    print(json.dumps({{"refused": page.status.text()}}))
    sys.exit(0)
read_gap = answers.longest_gap
backpack.unpack_in_steps = each_piece(answers.ask)
start = time.perf_counter()
brought_in = []
page.work.brought_in.connect(lambda *_: brought_in.append(1))
page.bring_in()
while not brought_in:
    app.processEvents()
app.processEvents()
print(json.dumps({{
    "pieces": home.count_pieces(None),
    "pages": home.db.execute("SELECT count(*) FROM pages").fetchone()[0],
    "answered": answers.answered,
    "unanswered": answers.unanswered,
    "grew": hwm() - before,
    "read_s": read,
    "brought_in_s": time.perf_counter() - start,
    "read_gap_ms": read_gap * 1000,
    "longest_gap_ms": answers.longest_gap * 1000,
    "status": page.status.text(),
}}))
"""


@pytest.mark.slow
def test_the_largest_backpack_allowed_is_brought_in_with_the_window_running(tmp_path: Path) -> None:
    path = tmp_path / "largest.nook"
    size = books_backpack(path, [backpack_manifest.MAX_PAGES_PER_PIECE] * BOOKS, words="my dog ")
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("manifest.json").file_size == size
    env = {**os.environ, "NOOK_TEST_TMP": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", BRING_IN.format(root=str(ROOT), path=str(path))],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    ).stdout
    said = json.loads(out.strip().splitlines()[-1])
    assert "refused" not in said, said
    print(
        f"largest backpack ({BOOKS} x 1,000 pages, manifest {size / 1e6:.0f} MB): read {said['read_s']:.1f} s, "
        f"brought in {said['brought_in_s']:.1f} s; longest event-loop gap {said['read_gap_ms']:.0f} ms reading, "
        f"{said['longest_gap_ms']:.0f} ms in all; peak memory +{said['grew'] / 1e6:.0f} MB "
        f"({said['grew'] / size:.1f}x the manifest)"
    )
    assert said["pieces"] == BOOKS and said["pages"] == backpack_manifest.MAX_PAGES
    assert f"{BOOKS} new pieces" in said["status"]
    # The window's thread ran after every piece: it answered each time it was asked.
    assert (said["answered"], said["unanswered"]) == (BOOKS, 0)
    assert said["grew"] < 4 * size
