"""An export's thread takes none of Qt's signal-slot locks, as it encodes a talking
book's speech or draws pages (see tests/held_qt_locks.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.held_qt_locks import run_script


@pytest.mark.slow  # a fault trial in a process of its own
def test_audio_is_encoded_while_the_ui_thread_holds_qt_locks() -> None:
    """The encoder's Qt objects (a capture session, a recorder, their connections) were
    made in the export thread, holding Python's lock: with the UI thread holding the Qt
    lock one of them wanted and waiting for Python's, the app froze (every time, here,
    where the UI thread holds all of Qt's locks). They are made and driven on the UI
    thread now, and the export thread waits for them without Python's lock."""
    done = run_script(Path(__file__).with_name("audio_beside_held_locks.py"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "encoded 0 bytes" not in done.stdout and "encoded" in done.stdout


@pytest.mark.slow  # a fault trial in a process of its own
def test_pages_are_exported_while_the_ui_thread_holds_qt_locks(tmp_path) -> None:
    """Every sample page exported as a PDF and as PNGs in a thread, beside all of Qt's
    locks held, with nothing drawn on the UI thread first. It froze twice before: Qt
    made its pool of image threads (a QObject that connects) as the thread drew the
    first photo, and the PDF writer loaded every image plugin (each moved to the UI
    thread) as it wrote the first. Both are made on the UI thread as an export starts."""
    done = run_script(Path(__file__).with_name("pdf_beside_held_locks.py"), str(tmp_path / "out"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "exported" in done.stdout
