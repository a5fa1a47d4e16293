"""A talking book's speech is encoded in the export thread without taking Qt's
signal-slot locks (see tests/held_qt_locks.py)."""

from __future__ import annotations

from pathlib import Path

from tests.held_qt_locks import run_script


def test_audio_is_encoded_while_the_ui_thread_holds_qt_locks() -> None:
    """The encoder's Qt objects (a capture session, a recorder, their connections) were
    made in the export thread, holding Python's lock: with the UI thread holding the Qt
    lock one of them wanted and waiting for Python's, the app froze (every time, here,
    where the UI thread holds all of Qt's locks). They are made and driven on the UI
    thread now, and the export thread waits for them without Python's lock."""
    done = run_script(Path(__file__).with_name("audio_beside_held_locks.py"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "encoded 0 bytes" not in done.stdout and "encoded" in done.stdout
