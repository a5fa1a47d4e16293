"""A big backpack is read and brought in off the UI thread (issue 9 item 9): the window
keeps ticking, a bar shows how far it is, and Stop leaves only whole pieces behind. The
page's limits are set small here so a test-sized backpack counts as big; the figures for
a real 900-piece backpack are in tests/benchmarks/bench_huge_inputs.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressBar

from nook.core import backpack
from nook.core.library import LIBRARY_FILE, Library
from nook.ui.grownup.backpack_page import BackpackPage
from nook.ui.language import LanguageSwitch
from nook.ui.operations import Operations
from tests.ui.window_answers import WindowAnswers, each_piece

PIECES = 12
PAGES = 60


@pytest.fixture(scope="module")
def big_backpack(tmp_path_factory: pytest.TempPathFactory, library_template: Path) -> Path:
    """Made once for the file (its ~700 pages are stored one by one): the tests only read it."""
    folder = tmp_path_factory.mktemp("big-backpack")
    shutil.copyfile(library_template, folder / LIBRARY_FILE)
    library = Library.open(folder)
    try:
        writer = library.add_writer("Maya", "fox")
        ids = []
        for n in range(PIECES):
            piece = library.new_piece(writer.id, "book")
            for p in range(PAGES - 2):
                library.add_page(piece.id, words=f"piece {n} page {p}")
            ids.append(piece.id)
        path = folder / "big.nook"
        backpack.write_backpack(library, ids, path)
    finally:
        library.close()
    return path


@pytest.fixture
def home(tmp_path: Path):
    folder = tmp_path / "home"
    folder.mkdir()
    lib = Library.open(folder)
    yield lib
    lib.close()


def big_page(home: Library, qtbot) -> BackpackPage:
    # English as the window installs it (its plurals: "12 pieces", not the source's "piece(s)"),
    # so this file passes alone as well as after a test that made a window.
    LanguageSwitch.shared().use("en")
    page = BackpackPage(home, Operations(home))
    qtbot.addWidget(page)
    page.quick_bytes = 0  # every backpack is "big" here
    page.quick_pages = 0
    page.show()
    return page


def test_a_big_backpack_is_read_and_brought_in_by_a_worker_with_a_bar(
    qtbot, nook_app, home, big_backpack, monkeypatch
) -> None:
    page = big_page(home, qtbot)
    bar = page.findChild(QProgressBar, "backpackProgressBar")
    answers = WindowAnswers()
    assert page.load(big_backpack)
    assert bar.isVisible() and not page.open_button.isEnabled()
    qtbot.waitUntil(lambda: page.bring_button.isEnabled(), timeout=30_000)
    assert f"{PIECES} pieces" in page.preview.text()
    seen: list[int] = []
    page.work.progress.connect(lambda done, _total: seen.append(done))
    # After each piece the worker asks the window's thread to answer and waits for it (see
    # WindowAnswers): answered at once while the window runs; were the pieces stored on the
    # window's thread, it could not answer meanwhile.
    monkeypatch.setattr(backpack, "unpack_in_steps", each_piece(answers.ask))
    with qtbot.waitSignal(page.opened, timeout=60_000) as opened:
        page.bring_in()
    assert len(opened.args[0].added) == PIECES
    assert seen == list(range(1, PIECES + 1))  # the bar moved piece by piece
    assert (answers.answered, answers.unanswered) == (PIECES, 0)  # the UI thread ran between the pieces
    assert home.count_pieces(None) == PIECES
    assert all(len(home.pages(piece.id)) == PAGES for piece in home.pieces(None))
    assert f"{PIECES} new pieces" in page.status.text()


def test_stop_leaves_only_whole_pieces(qtbot, nook_app, home, big_backpack, monkeypatch) -> None:
    page = big_page(home, qtbot)
    page.load(big_backpack)
    qtbot.waitUntil(lambda: page.bring_button.isEnabled(), timeout=30_000)
    # The grown-up taps Stop as the first piece is stored. Asked from the worker as it stores
    # it (a piece now takes a few ms: a Stop from here after bring_in came after several).
    monkeypatch.setattr(backpack, "unpack_in_steps", each_piece(lambda *_: page.work.stop()))
    with qtbot.waitSignal(page.opened, timeout=60_000):
        page.bring_in()
    brought = home.count_pieces(None)
    assert brought == 1
    assert all(len(home.pages(piece.id)) == PAGES for piece in home.pieces(None))
    assert f"Stopped: {brought} of {PIECES} pieces" in page.status.text()
