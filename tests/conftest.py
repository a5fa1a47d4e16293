"""Shared test set-up: offscreen Qt, quiet multimedia logging, real libraries in tmp_path.

The application is built and styled once per run: re-applying the style sheet and font
walks every widget alive, which cost more than the tests themselves. Top-level widgets a
test leaves behind are closed and deleted after it, so the next test starts clean.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("NOOK_DATA_DIR", None)

from nook.core.library import Library
from nook.ui.app import quiet_logging

quiet_logging()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "nook-data"
    folder.mkdir()
    return folder


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    lib = Library.open(data_dir)
    yield lib
    lib.close()


@pytest.fixture
def writer(library: Library):
    return library.add_writer("Maya", "fox")


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> QApplication:
    """pytest-qt's application, built by the app's own code: bundled fonts and the look, once."""
    from nook.ui.app import create_application

    return create_application(qapp_args)


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
