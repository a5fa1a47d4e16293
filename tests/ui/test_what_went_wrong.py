"""Storage failures reach the grown-up corner (issue 9): Library safety lists what went
wrong, when and why in plain words — a full disk (while it lasts and after), a rescue,
work put back from a recovery file, a read-only library — not only the log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from nook.core import held_work, mishaps
from nook.core.held_work import HeldPage
from nook.core.library import LIBRARY_FILE, Library
from nook.library_start import bring_back_held_work, open_library
from nook.speech.silent import SilentVoice
from nook.ui.grownup.safety_page import SafetyPage
from nook.ui.main_window import MainWindow
from tests.small_disk import fill, free, small_disk


def listed(page: SafetyPage) -> list[str]:
    items = page.what_went_wrong.list
    return [items.item(i).text() for i in range(items.count())]


def test_a_full_disk_is_listed_while_it_lasts_and_after_with_its_times(qtbot, nook_app, tmp_path, app_log) -> None:
    app_log.expect(r"could not store .* database or disk is full")
    with small_disk(tmp_path / "small") as folder:
        library = Library.open(folder)
        try:
            writer = library.add_writer("Maya", "fox")
            piece = library.new_piece(writer.id, "sign")
            library.checkpoint()
            voice = SilentVoice()
            window = MainWindow(library, voice, store_retry_ms=20)
            qtbot.addWidget(window)
            window.show_shelf(writer.id)
            window.open_piece(piece.id)
            corner = window.grown_up.open_without_gate()
            corner.show_section("Library safety")
            page = corner.findChild(SafetyPage)
            assert listed(page) == ["Nothing has gone wrong."]
            fill(folder)
            qtbot.keyClicks(window.piece_screen.current_view.edits["words"], "full")
            window.flush()
            [now] = listed(page)
            assert "The disk was full" in now and "Still going on" in now
            free(folder)
            qtbot.waitUntil(lambda: library.pages(piece.id)[0].words == "full")
            [after] = listed(page)
            assert "The disk was full" in after and "Stored again from" in after
            [kept] = mishaps.recorded(library)  # remembered in the library, for a later visit
            assert kept.cause == "full" and kept.until is not None and "full" in kept.detail
            window.close()
            voice.shutdown()
        finally:
            free(folder)
            library.close()


def test_a_rescue_and_work_put_back_are_listed(qtbot, nook_app, data_dir: Path, app_log, capsys) -> None:
    app_log.expect("The library was damaged")
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "sign")
    page_id = library.pages(piece.id)[0].id
    library.close()
    raw = bytearray((data_dir / LIBRARY_FILE).read_bytes())
    raw[0:100] = b"\x00" * 100
    (data_dir / LIBRARY_FILE).write_bytes(bytes(raw))
    place = held_work.keep(data_dir, [HeldPage(piece.id, page_id, words="kept safe")])
    rescued = open_library(data_dir)
    try:
        bring_back_held_work(rescued)
        page = SafetyPage(rescued)
        qtbot.addWidget(page)
        lines = listed(page)
        assert len(lines) == 2
        assert "put back into its pieces" in lines[0] and str(place) in lines[0]
        assert "was damaged" in lines[1] and ".damaged-" in lines[1]
        assert rescued.pages(piece.id)[0].words == "kept safe"
        assert all(label.textFormat() == Qt.TextFormat.PlainText for label in page.findChildren(QLabel))
    finally:
        rescued.close()
    capsys.readouterr()


def test_a_library_that_can_only_be_looked_at_is_listed_as_now(qtbot, nook_app, data_dir: Path) -> None:
    from tests.ui.test_safety_ui import newer_library

    library = newer_library(data_dir)
    try:
        page = SafetyPage(library)
        qtbot.addWidget(page)
        # Said once, with what to do: the page's notice above said it again (and the
        # corner's banner a third time), seen on the walk with a read-only mount.
        [line] = listed(page)
        assert line.startswith("Now \u2013 This library was made by a newer Writing Nook.")
        assert "Install the newer Writing Nook" in line
        labels = [label.text() for label in page.findChildren(QLabel) if label.text()]
        assert not [text for text in labels if "newer Writing Nook" in text], labels
    finally:
        library.close()


def test_work_waiting_in_a_recovery_file_is_listed(qtbot, nook_app, library, writer) -> None:
    piece = library.new_piece(writer.id, "sign")
    place = held_work.keep(library.path.parent, [HeldPage(piece.id, library.pages(piece.id)[0].id, words="wait")])
    page = SafetyPage(library)
    qtbot.addWidget(page)
    [line] = listed(page)
    assert "is waiting in" in line and str(place) in line
