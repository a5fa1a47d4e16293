"""Reading a big backpack's manifest does not take many times its size in memory (issue 9
item 9): its pieces are checked one at a time and their pages kept as compact text.

Measured in a fresh process, as the growth of its peak resident size (VmHWM)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.zip_helpers import small_pages_backpack

ROOT = Path(__file__).resolve().parents[2]

MEASURE = """
import sys
sys.path.insert(0, {root!r})
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
from nook.core import backpack_file
before = hwm()
backpack = backpack_file.read({path!r})
grew = hwm() - before
print(len(backpack.pieces), sum(len(piece.pages) for piece in backpack.pieces), grew)
"""


def test_reading_a_manifest_of_small_pages_takes_a_few_times_its_size_not_ten(tmp_path: Path) -> None:
    path = tmp_path / "many.nook"
    size = small_pages_backpack(path, pieces=200)  # 200,000 pages in about 6 MB
    out = subprocess.run(
        [sys.executable, "-c", MEASURE.format(root=str(ROOT), path=str(path))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    pieces, pages, grew = (int(v) for v in out)
    assert (pieces, pages) == (200, 200_000)
    print(f"manifest {size / 1e6:.1f} MB: peak memory grew {grew / 1e6:.0f} MB ({grew / size:.1f} x)")
    assert grew < 4 * size
