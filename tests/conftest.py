"""Shared test set-up: offscreen Qt, quiet multimedia logging, real libraries in tmp_path.

The application is built and styled once per run: re-applying the style sheet and font
walks every widget alive, which cost more than the tests themselves. Top-level widgets a
test leaves behind are deleted after it, so the next test starts clean.

Temporary folders live in memory where the machine has a tmpfs at /dev/shm (set
NOOK_TEST_TMP=disk to keep them on disk): the library stores every change with
synchronous=FULL, and on a shared virtual disk each of those fsyncs waits 5-50 ms, which
no test can see but the suite paid for thousands of times. Files, folders, permissions,
locks and the small filesystems the disk-full tests mount behave the same there. A new
library for a test is a copy of one made once per run (migrated and seeded the same).

The app's own log (the ``nook`` loggers) is watched in every test: a warning or an
error the test did not announce with ``app_log.expect(pattern)`` fails it.

A test that records real sound (through a virtual microphone, or a sink's monitor) takes
as long as the sound it plays: it is marked slow here, by the fixtures it uses, so the
quick suite (``-m "not slow"``) leaves it out and the whole suite (CI) runs it.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("NOOK_DATA_DIR", None)
# Recovery files (nook.core.held_work) may go to the user's state folder: never the real one.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="nook-test-state-")

from nook.core.library import LIBRARY_FILE, Library
from nook.ui.app import quiet_logging

_STATE_HOME = os.environ["XDG_STATE_HOME"]

quiet_logging()

_MEMORY = Path("/dev/shm")
if os.environ.get("NOOK_TEST_TMP") != "disk" and _MEMORY.is_dir() and os.access(_MEMORY, os.W_OK):
    tempfile.tempdir = str(_MEMORY)  # tmp_path and the app's own temporary files


class AppLog(logging.Handler):
    """Collects what the app logs at WARNING and above during one test."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.expected: list[re.Pattern[str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def expect(self, pattern: str) -> None:
        """This test means the app to log a warning or error matching ``pattern`` (a regex)."""
        self.expected.append(re.compile(pattern))

    def messages(self) -> list[str]:
        return [f"{r.name} {r.levelname}: {r.getMessage()}" for r in self.records]

    def problems(self) -> list[str]:
        """Records nobody expected, and expectations no record met."""
        unexpected = [line for line in self.messages() if not any(pattern.search(line) for pattern in self.expected)]
        unmet = [
            f"expected but not logged: {pattern.pattern!r}"
            for pattern in self.expected
            if not any(pattern.search(line) for line in self.messages())
        ]
        return [*(f"unexpected: {line}" for line in unexpected), *unmet]


# Fixtures that record real sound: every test using one is slow (see pyproject's marker).
REAL_SOUND_FIXTURES = frozenset({"virtual_microphone", "own_sink"})
# Test files whose tests run on one pytest-xdist worker, one after the other (a name for
# each group of files). The files that start an X server of their own with `xvfb-run -a`:
# two of those started at the same moment can pick the same display number. Files whose
# tests share a module fixture that is slow to make: made once, not once on each worker.
ONE_WORKER = {
    "test_quick_taps_xcb.py": "x_server",
    "test_atspi.py": "x_server",
    "test_big_backpack.py": "big_backpack",
    "test_backpack_lazy_media.py": "backpack_lazy_media",
}


@pytest.hookimpl(tryfirst=True)  # before -m "not slow" deselects
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if REAL_SOUND_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(optionalhook=True, wrapper=True)  # an xdist hook, as the one below
def pytest_xdist_auto_num_workers(config: pytest.Config) -> Generator[None, int, int]:
    """-n auto: half as many workers again as cores (3 on 2 cores). A third of a worker's
    time goes in waiting, not computing: speech and recordings heard in real time, the
    programs the tests start, timers the app runs on. PYTEST_XDIST_AUTO_NUM_WORKERS, if
    set, is taken as it is."""
    cores: int = yield
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return cores
    return cores + cores // 2


@pytest.hookimpl(optionalhook=True)  # an xdist hook: pytest -p no:xdist runs without it
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """--dist loadgroup with the groups of ONE_WORKER (see tests/file_groups.py)."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from tests.file_groups import FileGroups

    return FileGroups(config, log, ONE_WORKER)


@pytest.fixture(autouse=True)
def app_log() -> Iterator[AppLog]:
    """Fails the test on a warning or error in the app's log that it did not expect."""
    handler = AppLog()
    logger = logging.getLogger("nook")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
    problems = handler.problems()
    if problems:
        pytest.fail("the app's log:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "nook-data"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def library_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new library's file, made once per run (creating one migrates and seeds it)."""
    folder = tmp_path_factory.mktemp("library-template")
    Library.open(folder).close()
    return folder / LIBRARY_FILE


@pytest.fixture
def library(data_dir: Path, library_template: Path) -> Iterator[Library]:
    shutil.copyfile(library_template, data_dir / LIBRARY_FILE)
    lib = Library.open(data_dir)
    yield lib
    lib.close()


@pytest.fixture
def new_library(library_template: Path) -> Callable[[Path], Library]:
    """Opens a new library in a folder of the test's own (made if missing): a copy of the
    run's template, as ``library`` is, for a test that needs more than one (school and
    home). A test of making one (migrating, seeding) opens an empty folder instead."""

    def open_new(folder: Path) -> Library:
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / LIBRARY_FILE).exists():
            shutil.copyfile(library_template, folder / LIBRARY_FILE)
        return Library.open(folder)

    return open_new


@pytest.fixture
def writer(library: Library):
    return library.add_writer("Maya", "fox")


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> QApplication:
    """pytest-qt's application, built by the app's own code: bundled fonts and the look, once."""
    from nook.ui.app import create_application
    from nook.ui.language import LanguageSwitch

    app = create_application(qapp_args)
    # English with its translator in, as a start of the app puts it (its plural phrases,
    # "12 pieces", come from nook_en.qm): every test starts there, whichever ran before.
    LanguageSwitch.shared().use("en")
    return app


@pytest.fixture(scope="session")
def nook_app(qapp: QApplication) -> QApplication:
    """The QApplication with the bundled fonts and the look applied (the same one all run)."""
    return qapp


@pytest.fixture(autouse=True)
def close_leftover_windows() -> Iterator[None]:
    """After each test, delete every top-level widget it left behind.

    Deleted, not closed: a close would run the widget's own close handling against
    fixtures (the library) that are already torn down.
    """
    yield
    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    # Outside a running event loop deleteLater waits for one; deliver the deletes now.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # The application's translators are shared by every window: back to English once the
    # test's windows (and the libraries they read) are gone, not while they still listen.
    from nook.ui.language import LanguageSwitch

    LanguageSwitch.shared().use("en")


@pytest.fixture
def virtual_microphone(qapp, qtbot):
    """A PulseAudio microphone of this test's own, fed by playing into its sink."""
    from tests.voice_helpers import VirtualMicrophone, pulse_available

    if not pulse_available():
        pytest.skip("no PulseAudio server (packaging/nook.sh test starts one)")
    from nook.speech.microphones import Microphones

    mic = VirtualMicrophone()
    # Qt hears of a new source from the sound server a moment later.
    qtbot.waitUntil(lambda: Microphones(mic.device_id).device() is not None, timeout=10_000)
    yield mic
    mic.close()


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    """A test that switched the language (a Spanish writer) leaves the next one in English."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    yield
    QLocale.setDefault(locale)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Each pytest process (each xdist worker too, which ends without running atexit) made a
    state folder of its own: it goes with the process (467 were once left in /tmp)."""
    shutil.rmtree(_STATE_HOME, ignore_errors=True)
