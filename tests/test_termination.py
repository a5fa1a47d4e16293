"""A computer shut down or a session ended (SIGTERM) closes Writing Nook as its window's
close does: the last words stored, the backup at close made. Seen on a walk: a child
typed " ok" and the computer was told to stop (kill, as shutdown does), and the words
were lost and no backup was made; the app simply died."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _wait_for(condition, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
def test_sigterm_closes_the_app_as_its_window_would(tmp_path: Path) -> None:
    data_dir = tmp_path / "lib"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "nook", "--no-speech", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        log = data_dir / "nook.log"
        ready = _wait_for(lambda: log.exists() and " ready" in log.read_text(encoding="utf-8"), 60)
        assert ready, "the app never showed its first screen"
        app.send_signal(signal.SIGTERM)
        out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert out == "" and err == ""
    assert list((data_dir / "backups").glob("*.db")), "the backup at close was made"
