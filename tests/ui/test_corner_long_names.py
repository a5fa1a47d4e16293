"""A writer's name as long as the name box takes (60 letters), on this computer or in a
backpack from another, and a long file name or folder with no spaces, keep every part of
the grown-up corner on a netbook's screen.

Seen on the walk (Xvfb 1024x600): a backpack whose writer was called "WWW…" (60 letters)
made its shelf choice as wide as the name, the page was pushed sideways to keep "Bring
them in" in sight, and the writers' names and "Open a backpack" were off the left edge
(the corner's pages scroll only up and down)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from nook.core import backpack
from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow

WIDE = "W" * 60  # the widest letters, as many as the name box takes


def _off_the_sides(window: MainWindow, page: QWidget) -> list[str]:
    """Shown parts of `page` that begin left of its section or end right of it, and the
    page's scroll areas moved sideways."""
    corner = window.grown_up.corner
    left = corner.pages.mapTo(window, corner.pages.rect().topLeft()).x()
    right = corner.pages.mapTo(window, corner.pages.rect().topRight()).x()
    off = []
    for area in page.findChildren(QScrollArea):
        if area.isVisibleTo(window) and area.horizontalScrollBar().value():
            off.append(f"{area.objectName()} moved {area.horizontalScrollBar().value()} px sideways")
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow():
            continue
        start = widget.mapTo(window, widget.rect().topLeft()).x()
        end = widget.mapTo(window, widget.rect().topRight()).x()
        if start < left or end > right:
            off.append(f"{widget.objectName() or type(widget).__name__} spans {start}..{end}, not in {left}..{right}")
    return off


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def netbook(qtbot, nook_app, library: Library):
    def open_corner() -> MainWindow:
        window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
        qtbot.addWidget(window)
        window.show()
        window.grown_up.open_without_gate()
        return window

    return open_corner


def test_a_backpack_from_a_writer_with_the_longest_name_stays_on_a_netbook(
    netbook, library: Library, new_library, tmp_path
) -> None:
    school = new_library(tmp_path / "school")
    try:
        other = school.add_writer(WIDE, "cat")
        # A file's name is a word too: a long one with no spaces, as a USB stick may hold.
        carried = tmp_path / f"{'Maximiliano_' * 16}2026-12-03.nook"
        backpack.write_backpack(school, [school.new_piece(other.id, "book").id], carried)
    finally:
        school.close()
    library.add_writer("Mia", "fox")
    window = netbook()
    corner = window.grown_up.corner
    corner.show_section("Backpack")
    page = corner.sections["Backpack"]
    page.choose_open_path = lambda parent, folder: str(carried)
    page.open_button.click()
    assert page.bring_button.isEnabled()
    _settle()
    assert _off_the_sides(window, page) == []
    # What is not shown whole is still said whole.
    combo = page.writer_combos[other.id]
    assert WIDE in combo.accessibleName()
    # What was brought in is said with the name in full, on the page's width.
    page.bring_button.click()
    assert WIDE in page.status.text()
    _settle()
    assert _off_the_sides(window, page) == []
    window.close()


SECTIONS = ["Settings", "Writers", "Backpack", "Growth", "Class book", "Trash", "Library safety"]


@pytest.mark.parametrize("section", SECTIONS)
def test_a_writer_with_the_longest_name_keeps_the_corner_on_a_netbook(netbook, library: Library, section) -> None:
    writer = library.add_writer(WIDE, "cat")
    library.new_piece(writer.id, "book")
    window = netbook()
    corner = window.grown_up.corner
    corner.show_section(section)
    _settle()
    assert _off_the_sides(window, corner.sections[section]) == []
    window.close()


def test_a_class_book_saved_at_a_long_path_stays_on_a_netbook(qtbot, netbook, library: Library, tmp_path) -> None:
    """Where the book was saved is said on a line of its own: a folder on a USB stick
    with a long name and no spaces is one word wider than the page."""
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="My cat")
    library.set_finished(piece.id)
    folder = tmp_path / f"{'Room_4_writing_' * 6}2026"
    folder.mkdir()
    window = netbook()
    corner = window.grown_up.corner
    corner.show_section("Class book")
    page = corner.sections["Class book"]
    page.choose_path = lambda _parent, _suggested, kind: str(folder / f"our-book.{kind}")
    page.pdf_button.click()
    qtbot.waitUntil(lambda: str(folder) in page.result_label.text(), timeout=30_000)
    _settle()
    assert _off_the_sides(window, page) == []
    window.close()
