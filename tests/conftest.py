"""Shared test set-up: offscreen Qt, quiet multimedia logging, real libraries in tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("NOOK_DATA_DIR", None)

from nook.core.library import Library  # noqa: E402
from nook.ui.app import quiet_logging  # noqa: E402

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


@pytest.fixture
def nook_app(qapp):
    """The QApplication with the bundled fonts and the look applied."""
    from nook.ui.app import create_application

    return create_application()
