"""kill -9 of a real app while a child types: 50 trials, never a damaged library.

Each trial kills `python tests/benchmarks/typing_app.py` (the real `nook` main, with keys
arriving at the focused words box) with SIGKILL, at a random moment or (every other
trial) as the app begins its first, second or third write to the library (the moment a
library is most at risk; the app says each as it begins), then runs
`PRAGMA integrity_check`, opens the library the way the app does, and compares what was
stored with what was typed. Three trials run at once (most of a trial is waiting for
the app to start and for letters): 75 s on one worker became about 35 s. The loss in
seconds is printed (the benchmark tests/benchmarks/bench_trust.py reports it against its
goal); tests assert no times.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.bench_trust import TEXT, run_trials

TRIALS = 50


@pytest.mark.slow
def test_fifty_kills_while_typing_never_damage_the_library(tmp_path: Path) -> None:
    trials = run_trials(TRIALS, seed=2026, folder=tmp_path)
    damaged = [(n, t.detail) for n, t in enumerate(trials) if t.corrupted]
    assert damaged == []
    # What was stored is exactly the start of what was typed: nothing garbled or reordered.
    # (Seen failing once in a whole run at load ~10: each such trial is shown, with the end
    # of what was stored and of what the app had said it typed before it was killed.)
    not_typed = [
        (n, t.typed, t.killed_storing, t.words[-24:], TEXT[: t.typed][-24:])
        for n, t in enumerate(trials)
        if not (t.prefix and t.typed > 0)
    ]
    assert not_typed == []
    # Most trials killed at a random moment run long enough to store something: an app that
    # kept nothing fails here (one killed as a write begins may be killed at the first).
    at_random = trials[0::2]
    assert sum(t.stored > 0 for t in at_random) >= len(at_random) // 2
    # Half were meant to be killed as a write began, and were (not left to the fallback).
    at_stores = [t for t in trials[1::2] if t.killed_storing]
    assert len(at_stores) >= 0.8 * len(trials[1::2])
    worst = max(t.loss_seconds for t in trials)
    print(
        f"{TRIALS} kill -9 trials ({len(at_stores)} as a write began): 0 damaged, worst loss {worst:.2f} s, "
        f"{len(TEXT)} letters available"
    )
