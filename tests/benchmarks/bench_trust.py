"""Kill -9 trials: a real app process typing, killed at a random moment; what survived?

Each trial starts `typing_app.py` on a library whose last place is an open piece, waits
until letters are arriving, kills the process with SIGKILL at a random moment, then
checks the file (`PRAGMA integrity_check`, and that it opens) and measures the loss: how
long before the kill the first letter that was not stored had been typed (0 when every
letter was stored). Run as a script it prints the figures (goals: 0 corrupted, worst
loss <= 1 s) and the time to back up a 1,000-piece library with 40 photos.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from nook.core.library import LIBRARY_FILE, Library, LibraryTrouble  # noqa: E402
from tests.benchmarks.typing_app import TEXT  # noqa: E402

TRIALS = 50
TYPING_APP = Path(__file__).with_name("typing_app.py")


@dataclass
class Trial:
    typed: int
    stored: int
    corrupted: bool
    loss_seconds: float
    detail: str = ""
    prefix: bool = True  # what was stored is exactly the start of what was typed
    killed_storing: bool = False  # killed as a write to the library began
    words: str = ""  # what the library held after the kill


def prepare(folder: Path) -> None:
    """A library whose last place is a book, open on its first page: the app opens there."""
    library = Library.open(folder)
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "sign")
    library.set_state("last_writer", writer.id)
    library.set_state(f"last_piece:{writer.id}", piece.id)
    library.close()


def stored_text(folder: Path) -> tuple[str, bool, str]:
    """(the typed words stored, whether the file is damaged, what the check said)."""
    path = folder / LIBRARY_FILE
    try:
        conn = sqlite3.connect(path)
        check = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        conn.close()
    except sqlite3.Error as exc:
        return "", True, str(exc)
    if check != ["ok"]:
        return "", True, "; ".join(check[:3])
    try:
        library = Library.open(folder)
    except LibraryTrouble as exc:
        return "", True, str(exc)
    try:
        words = "".join(page.words for piece in library.pieces(None) for page in library.pages(piece.id))
    finally:
        library.close()
    return words, False, "ok"


def run_trial(
    folder: Path,
    rng: random.Random,
    env: dict[str, str] | None = None,
    at_store: bool = False,
    template: Path | None = None,
) -> Trial:
    """One trial: killed at a random moment, or (`at_store`) as the app begins its first,
    second or third write to the library after the first letter (a store, a checkpoint)."""
    folder.mkdir(parents=True, exist_ok=True)
    if template is not None:  # the same library for every trial, made once
        shutil.copyfile(template / LIBRARY_FILE, folder / LIBRARY_FILE)
    else:
        prepare(folder)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    process = subprocess.Popen(
        [sys.executable, str(TYPING_APP), str(folder)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    times: list[float] = []
    first = process.stdout.readline()
    while first.startswith("store"):  # the app's own writes as it starts
        first = process.stdout.readline()
    if not first.startswith("typed"):
        process.kill()
        process.wait()
        raise RuntimeError(f"the app did not start typing: {first!r}")
    times.append(float(first.split()[2]))
    stores_left = rng.randint(1, 3) if at_store else 0
    # A random moment is counted in the child's letters, not in seconds: 4 to 80 letters
    # (0.05 to 1.2 s at full speed). On a busy machine the letters come slower, and a
    # moment in seconds fell before the app's first store far more often than on a quiet
    # one (9 of 25 random trials stored something at load 12).
    letters = 0 if at_store else rng.randint(4, 80)
    storing = False
    deadline = time.time() + STORE_DEADLINE_S
    while time.time() < deadline:
        line = process.stdout.readline()
        if line.startswith("typed"):
            times.append(float(line.split()[2]))
            if letters and len(times) >= letters:
                break
        elif line.startswith("store") and at_store:
            stores_left -= 1
            if stores_left == 0:
                storing = True
                break  # killed as this write begins
    process.send_signal(signal.SIGKILL)
    killed_at = time.time()
    rest, _ = process.communicate(timeout=30)
    times.extend(float(line.split()[2]) for line in rest.splitlines() if line.startswith("typed"))
    words, corrupted, detail = stored_text(folder)
    typed_text = TEXT[: len(times)]
    prefix = typed_text.startswith(words)
    stored = len(words) if prefix else 0
    loss = 0.0 if stored >= len(times) else max(0.0, killed_at - times[stored])
    return Trial(len(times), stored, corrupted, loss, detail, prefix, storing, words)


STORE_DEADLINE_S = 3.0  # a trial waiting for a store that never comes is killed anyway
WORKERS = 3  # trials at once: most of a trial is waiting (for the app to start, for letters)


def run_trials(count: int, seed: int = 1, folder: Path | None = None, workers: int = WORKERS) -> list[Trial]:
    """`count` trials, `workers` at a time, every other one killed as a write begins;
    each trial has its own random numbers (from `seed`), so the set is the same however
    the trials are spread over the workers."""
    from concurrent.futures import ThreadPoolExecutor

    with tempfile.TemporaryDirectory() as tmp:
        where = folder or Path(tmp)
        template = where / "template"
        template.mkdir(parents=True)
        prepare(template)  # closed with a checkpoint: library.db alone is complete

        def trial(n: int) -> Trial:
            rng = random.Random(seed * 100_003 + n)
            return run_trial(where / f"trial-{n}", rng, at_store=n % 2 == 1, template=template)

        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(trial, range(count)))


def backup_seconds(pieces: int = 1000, photos: int = 40) -> tuple[float, float]:
    """Median time to back up a library of `pieces` pieces and `photos` photos; its size in MB."""
    from PIL import Image

    from nook.core import backups

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        library = Library.open(folder)
        writer = library.add_writer("Bench", "fox")
        for n in range(photos):
            buffer = io.BytesIO()
            Image.effect_noise((1024, 768), 40 + n).convert("RGB").save(buffer, "JPEG", quality=85)
            library.put_media(buffer.getvalue(), "image/jpeg", 1024, 768)
        with library.transaction():
            for n in range(pieces):
                piece = library.new_piece(writer.id, "book")
                library.update_page(library.pages(piece.id)[0].id, words=f"piece number {n} about my dog")
        library.close()
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            backups.make_backup(folder / LIBRARY_FILE)
            runs.append(time.perf_counter() - start)
        return statistics.median(runs), (folder / LIBRARY_FILE).stat().st_size / 1e6


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else TRIALS
    started = time.perf_counter()
    trials = run_trials(count)
    corrupted = [t for t in trials if t.corrupted]
    worst = max(t.loss_seconds for t in trials)
    print(f"kill -9 trials run:        {len(trials)} ({time.perf_counter() - started:.0f} s)")
    print(f"letters typed per trial:   median {statistics.median(t.typed for t in trials):.0f}")
    print(f"libraries corrupted:       {len(corrupted)} (goal 0)")
    print(f"trials that lost letters:  {sum(t.stored < t.typed for t in trials)}")
    print(f"worst loss:                {worst:.2f} s (goal <= 1 s)")
    seconds, size = backup_seconds()
    print(f"backup, 1,000 pieces + 40 photos ({size:.0f} MB): {seconds * 1000:.0f} ms (median of 5)")


if __name__ == "__main__":
    main()
