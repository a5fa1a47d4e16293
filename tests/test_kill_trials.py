"""kill -9 of a real app while a child types: 50 trials, never a damaged library.

Each trial kills `python tests/benchmarks/typing_app.py` (the real `nook` main, with keys
arriving at the focused words box) at a random moment with SIGKILL, then runs
`PRAGMA integrity_check`, opens the library the way the app does, and compares what was
stored with what was typed. The loss in seconds is printed (the benchmark
tests/benchmarks/bench_trust.py reports it against its goal); tests assert no times.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.benchmarks.bench_trust import TEXT, run_trial

TRIALS = 50


@pytest.mark.slow
def test_fifty_kills_while_typing_never_damage_the_library(tmp_path: Path) -> None:
    rng = random.Random(2026)
    trials = [run_trial(tmp_path / f"trial-{n}", rng) for n in range(TRIALS)]
    damaged = [(n, t.detail) for n, t in enumerate(trials) if t.corrupted]
    assert damaged == []
    # What was stored is exactly the start of what was typed: nothing garbled or reordered.
    assert all(t.prefix and t.typed > 0 for t in trials)
    # Most trials run long enough to store something: an app that kept nothing fails here.
    assert sum(t.stored > 0 for t in trials) >= TRIALS // 2
    worst = max(t.loss_seconds for t in trials)
    print(f"{TRIALS} kill -9 trials: 0 damaged, worst loss {worst:.2f} s, {len(TEXT)} letters available")
