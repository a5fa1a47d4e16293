"""Every section of the grown-up corner at 1024x600, in Spanish (longer than English) and
English: no label's words are cut (a long page scrolls rather than squeeze its words)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow
from tests.ui.test_pseudo_locale import clipped


@pytest.mark.parametrize("language", ["es", "en"])
def test_no_corner_words_are_cut_on_a_netbook(qtbot, nook_app, library: Library, language) -> None:
    # English too: "New writer's name, then Enter" was cut to "New writer's name, then…".
    writer = library.add_writer("Sofía", "fox", language=language)
    library.set_setting("language", language)
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    cut = []
    for name, page in corner.sections.items():
        corner.show_section(name)
        for _ in range(3):
            QApplication.processEvents()
        for widget in page.findChildren(QWidget):
            why = clipped(widget) if widget.isVisibleTo(window) else None
            if why:
                cut.append(f"{name}: {widget.objectName() or type(widget).__name__} {why}")
            if isinstance(widget, QLineEdit) and widget.isVisibleTo(window) and widget.placeholderText():
                # A hint cut to "Nombre del escrit…" tells a grown-up nothing.
                room = widget.contentsRect().width() - 8  # the frame's and the text's own margins
                if widget.fontMetrics().horizontalAdvance(widget.placeholderText()) > room:
                    cut.append(f"{name}: {widget.objectName()} hints {widget.placeholderText()!r}")
    window.close()
    assert cut == []


def test_the_growth_page_parts_do_not_overlap_on_a_netbook(qtbot, nook_app, library: Library) -> None:
    """Squeezed below the room its parts need, the chart's key was drawn over its bars
    ("palabras escritas" across the orange bar): the page scrolls instead."""
    writer = library.add_writer("Sofía", "fox", language="es")
    library.set_setting("language", "es")
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[0].id, words="Mi gato duerme en el sol")
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    corner.show_section("Growth")
    page = corner.sections["Growth"]
    for _ in range(3):
        QApplication.processEvents()
    parts = [page.figures, page.chart, page.legend, page.new_words]
    for upper, lower in zip(parts, parts[1:], strict=False):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper.objectName(), lower.objectName())
    assert page.chart.height() >= page.chart.minimumHeight()
    window.close()


def test_a_backpack_read_on_a_new_computer_is_described_in_full_words(
    qtbot, nook_app, library: Library, writer, tmp_path
) -> None:
    """Seen on the walk at 1024x600: on a computer with no writers yet, the backpack read
    was described in two lines squeezed into the room of one ("mia.nook: 5 pieces, made
    12/3/26. Choose whose shelf...", the tops of the first line and the bottoms of the
    second cut off)."""
    from nook.core import backpack

    for kind in ("book", "list", "sign", "letter", "book"):
        library.new_piece(writer.id, kind)
    carried = tmp_path / "Maya.nook"
    backpack.write_backpack(library, [piece.id for piece in library.pieces(writer.id)], carried)
    (tmp_path / "home").mkdir()
    home = Library.open(tmp_path / "home")
    try:
        window = MainWindow(home, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
        qtbot.addWidget(window)
        window.show()
        corner = window.grown_up.open_without_gate()
        corner.show_section("Backpack")
        page = corner.sections["Backpack"]
        page.choose_open_path = lambda parent, folder: str(carried)
        page.open_button.click()
        qtbot.waitUntil(page.bring_button.isEnabled)
        for _ in range(3):
            QApplication.processEvents()
        assert page.preview.isVisible() and "Maya.nook" in page.preview.text()
        assert clipped(page.preview) is None
        window.close()
    finally:
        home.close()


def test_a_teacher_packing_a_backpack_sees_a_useful_number_of_pieces_on_a_netbook(
    qtbot, nook_app, library: Library
) -> None:
    """Seen on the walk at 1024x600: the list of pieces to pack showed about two rows at a
    time (five and a half since the page scrolls), so a teacher ticking a writer's forty
    pieces scrolled a keyhole. It shows at least eight; the page scrolls for the rest."""
    writer = library.add_writer("Maya", "fox")
    for n in range(40):
        piece = library.new_piece(writer.id, "book")
        library.update_page(library.pages(piece.id)[0].id, words=f"My book number {n}")
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    corner.show_section("Backpack")
    pieces = corner.sections["Backpack"].piece_list
    for _ in range(3):
        QApplication.processEvents()
    row = pieces.visualItemRect(pieces.item(0)).height()
    assert row > 0 and pieces.viewport().height() >= 8 * row
    window.close()


@pytest.mark.parametrize("language", ["en", "es"])
def test_nothing_in_the_corner_runs_off_the_right_of_a_netbook(qtbot, nook_app, library: Library, language) -> None:
    """Seen on the walk at 1024x600: the growth page was wider than the screen (two
    captions "First piece: My book about a big red dog (12/3/26)" side by side, unwrapped),
    so its figures, its newest words and the writer box ran off the right edge, and the
    pages scroll only up and down."""
    writer = library.add_writer("Sofía", "fox", language=language)
    library.set_setting("language", language)
    for n in range(3):
        piece = library.new_piece(writer.id, "book")
        library.update_page(library.pages(piece.id)[0].id, words=f"My book number {n} about a big red dog and a cat")
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    right = corner.pages.mapTo(window, corner.pages.rect().topRight()).x()
    off = []
    for name in list(corner.sections):
        corner.show_section(name)
        for _ in range(3):
            QApplication.processEvents()
        for widget in corner.sections[name].findChildren(QWidget):
            if widget.isVisibleTo(window) and not widget.isWindow():
                end = widget.mapTo(window, widget.rect().topRight()).x()
                if end > right:
                    off.append(f"{name}: {widget.objectName() or type(widget).__name__} ends at {end} > {right}")
    window.close()
    assert off == []


def test_a_teacher_sees_a_useful_number_of_idea_cards_on_a_netbook(qtbot, nook_app, library: Library) -> None:
    """Seen on the walk at 1024x600: the idea cards' list showed two and a half cards in
    Spanish (three and a half in English) above the editor and the picture picker."""
    writer = library.add_writer("Sofía", "fox", language="es")
    library.set_setting("language", "es")
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    corner.show_section("Idea cards")
    cards = corner.ideas_page.list
    for _ in range(3):
        QApplication.processEvents()
    row = cards.visualItemRect(cards.item(0)).height()
    assert cards.count() > 6 and row > 0 and cards.viewport().height() >= 6 * row
    window.close()


def test_every_section_is_in_sight_in_the_corners_list_on_a_netbook(qtbot, nook_app, library: Library) -> None:
    """Seen on the walk at 1024x600: the list of sections showed ten and a half of its
    eleven, so a grown-up looking for About (where the library is kept) did not see it."""
    writer = library.add_writer("Maya", "fox")
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    QApplication.processEvents()
    nav = corner.nav
    shown = nav.viewport().rect()
    hidden = [
        nav.item(row).text() for row in range(nav.count()) if not shown.contains(nav.visualItemRect(nav.item(row)))
    ]
    assert nav.count() == 11 and hidden == []
    window.close()


def _in_sight(widget: QWidget) -> bool:
    """Whether all of `widget` is inside its page's scrolled view."""
    area = next(a for a in _scroll_areas(widget) if a.widget().isAncestorOf(widget))
    view = area.viewport()
    top_left = widget.mapTo(view, widget.rect().topLeft())
    return view.rect().contains(QRect(top_left, widget.size()))


def _scroll_areas(widget: QWidget) -> list[QScrollArea]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            found.append(parent)
        parent = parent.parentWidget()
    return found


def test_what_a_backpack_holds_and_what_packing_did_come_into_sight_on_a_netbook(
    qtbot, nook_app, library: Library, tmp_path
) -> None:
    """Seen on the walk at 1024x600: a backpack opened showed its writers below the fold,
    Bring them in out of sight, and "Packed 8 pieces into ..." was said below the fold too;
    a teacher saw nothing happen. The page scrolls to what it just said or asks."""
    from nook.core import backpack

    writer = library.add_writer("Maya", "fox")
    for kind in ("book", "list", "sign", "letter", "book", "book", "list", "sign"):
        library.new_piece(writer.id, kind)
    (tmp_path / "school").mkdir()
    school = Library.open(tmp_path / "school")
    try:
        for name in ("Mia", "Tom", "Zoe"):
            other = school.add_writer(name, "cat")
            school.new_piece(other.id, "book")
        carried = tmp_path / "class.nook"
        backpack.write_backpack(school, [p.id for w in school.writers() for p in school.pieces(w.id)], carried)
    finally:
        school.close()
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    corner.show_section("Backpack")
    page = corner.sections["Backpack"]
    page.choose_open_path = lambda parent, folder: str(carried)
    page.open_button.click()
    qtbot.waitUntil(page.bring_button.isEnabled)
    qtbot.waitUntil(lambda: _in_sight(page.bring_button))
    page.choose_save_path = lambda parent, suggested: str(tmp_path / "maya.nook")
    page.pack_button.click()
    assert "Packed 8 pieces" in page.status.text()
    qtbot.waitUntil(lambda: _in_sight(page.status))
    window.close()


def test_a_class_book_being_made_and_made_is_in_sight_on_a_netbook(qtbot, nook_app, library: Library, tmp_path) -> None:
    """The class book's progress and its "Done!" with where it was saved come at the foot
    of a long page: at 1024x600 they were below the fold, and a teacher who tapped Make a
    PDF saw nothing happen."""
    writer = library.add_writer("Maya", "fox")
    for kind in ("book", "sign"):
        piece = library.new_piece(writer.id, kind)
        library.update_page(library.pages(piece.id)[0].id, words="My cat")
        library.set_finished(piece.id)
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    corner.show_section("Class book")
    page = corner.sections["Class book"]
    page.choose_path = lambda _parent, _suggested, kind: str(tmp_path / f"our-book.{kind}")
    page.pdf_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "our-book.pdf").exists() and page.result_label.text() != "", timeout=30_000)
    qtbot.waitUntil(lambda: _in_sight(page.result_label))
    window.close()
