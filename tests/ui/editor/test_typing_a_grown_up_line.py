"""A grown-up types the grown-up line in the editor, during a visit (issue 14 item 13):
stored through the door, kept out of the child's words, undo and growth, found by search,
and carried into show time, every export and a backpack."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from nook import render
from nook.core import growth
from nook.core.backpack import open_backpack, pack
from nook.core.library import Library
from nook.core.piece_text import GROWN_UP_LINE, GROWN_UP_LINE_LIMIT
from nook.speech import ForwardingVoice
from nook.ui.main_window import MainWindow

LINE = "I like my dog"


class CountingGate:
    """A grown-up who answers the gate right each time it is asked, counted."""

    def __init__(self) -> None:
        self.asked = 0

    def __call__(self, parent) -> bool:
        self.asked += 1
        return True


@pytest.fixture
def window(qtbot, nook_app, library: Library, writer) -> MainWindow:
    win = MainWindow(library, ForwardingVoice(), grown_up_idle_ms=60_000)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.show_shelf(writer.id)
    return win


def _book(library: Library, writer) -> str:
    piece = library.new_piece(writer.id, "book")
    cover, page = library.pages(piece.id)
    library.update_page(cover.id, words="Mi dog")
    library.update_page(page.id, words="I lik mi dog")
    return piece.id


def _grey_letters(image: QImage, area: QRectF) -> int:
    """How many pixels in `area` are the grown-up line's grey (not the page's white or
    the child's black words)."""
    count = 0
    rect = area.toRect().intersected(image.rect())
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right(), 2):
            colour = image.pixelColor(x, y)
            even = abs(colour.red() - colour.green()) < 8 and abs(colour.green() - colour.blue()) < 8
            if even and 60 <= colour.red() <= 200:
                count += 1
    return count


def _type_where_the_keyboard_is(qtbot, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def _type_line(window: MainWindow, qtbot, piece_id: str, gate: CountingGate) -> None:
    """Open the piece at its first page, and type the grown-up line as a grown-up would."""
    window.grown_up.gate = gate
    window.open_piece(piece_id)
    screen = window.piece_screen
    assert screen is not None
    screen.go_to(1)
    bar = screen.grown_up_line
    # The line's door is with how the words look (the top bar keeps undo in sight).
    assert bar.isHidden() and not bar.button.isVisibleTo(screen)
    qtbot.mouseClick(screen.words_colour_button, Qt.MouseButton.LeftButton)
    assert bar.button.isVisibleTo(screen)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert gate.asked == 1 and bar.is_open
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.edit)
    _type_where_the_keyboard_is(qtbot, LINE)
    screen.flush()


def test_a_grown_up_types_the_line_under_the_childs_words(window: MainWindow, qtbot, library: Library, writer):
    piece_id = _book(library, writer)
    window.open_piece(piece_id)
    screen = window.piece_screen
    assert screen is not None
    screen.go_to(1)
    view = screen.current_view
    words_box = view.edits["words"]
    # The child adds to their own words first (something their Undo can take back).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is words_box)
    _type_where_the_keyboard_is(qtbot, "!")
    before = words_box.geometry()

    gate = CountingGate()
    window.grown_up.gate = gate
    qtbot.mouseClick(screen.grown_up_line.button, Qt.MouseButton.LeftButton)
    assert gate.asked == 1 and screen.grown_up_line.is_open
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.grown_up_line.edit)
    _type_where_the_keyboard_is(qtbot, LINE)
    # The page makes room under the child's words at once; their words stay theirs.
    assert view.layout_spec.grown_up is not None
    assert words_box.geometry().height() < before.height()
    assert words_box.toPlainText() == "I lik mi dog!"
    screen.flush()
    page = library.pages(piece_id)[1]
    assert page.words == "I lik mi dog!" and page.extras[GROWN_UP_LINE] == LINE

    # A child's Undo takes back the child's "!", never the grown-up's line.
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    screen.flush()
    page = library.pages(piece_id)[1]
    assert page.words == "I lik mi dog" and page.extras[GROWN_UP_LINE] == LINE

    # Found by search; not the child's words in growth.
    assert [p.id for p in library.search(writer.id, "like")] == [piece_id]
    words = growth.child_words(library, library.piece(piece_id))
    assert "like" not in words and "lik" in words

    # Turning the page: the next page's own (empty) line, still typed where the keyboard is.
    screen.turn(-1)
    assert screen.grown_up_line.edit.text() == ""
    assert QApplication.focusWidget() is screen.grown_up_line.edit
    screen.turn(1)
    assert screen.grown_up_line.edit.text() == LINE

    # The visit ends (a child's turn): the line closes, and opening it asks the gate again.
    window.grown_up.visit.end()
    assert not screen.grown_up_line.is_open
    qtbot.mouseClick(screen.grown_up_line.button, Qt.MouseButton.LeftButton)
    assert gate.asked == 2


def test_a_child_at_the_gate_gets_no_line(window: MainWindow, qtbot, library: Library, writer):
    piece_id = _book(library, writer)
    window.open_piece(piece_id)
    screen = window.piece_screen
    assert screen is not None
    window.grown_up.gate = lambda parent: False  # a child taps the grown-up door
    qtbot.mouseClick(screen.grown_up_line.button, Qt.MouseButton.LeftButton)
    assert not screen.grown_up_line.is_open
    assert all(GROWN_UP_LINE not in p.extras for p in library.pages(piece_id))


def test_a_long_line_is_cut_with_a_friendly_word(window: MainWindow, qtbot, library: Library, writer):
    piece_id = _book(library, writer)
    _type_line(window, qtbot, piece_id, CountingGate())
    bar = window.piece_screen.grown_up_line
    assert bar.note.isHidden()
    _type_where_the_keyboard_is(qtbot, " and he likes to run" * 10)
    assert len(bar.edit.text()) == GROWN_UP_LINE_LIMIT
    assert not bar.note.isHidden() and str(GROWN_UP_LINE_LIMIT) in bar.note.text()
    bar.edit.selectAll()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Backspace)
    assert bar.note.isHidden()
    window.piece_screen.flush()
    # Emptied: the page has no line, and its words take their room back.
    assert GROWN_UP_LINE not in library.pages(piece_id)[1].extras
    assert window.piece_screen.current_view.layout_spec.grown_up is None


def test_the_typed_line_is_in_show_time_every_export_and_a_backpack(
    window: MainWindow, qtbot, library: Library, writer, tmp_path: Path, data_dir: Path
):
    from nook.export.images import export_pngs
    from nook.export.pdf import export_pdf
    from nook.export.talking_book import export_talking_book

    piece_id = _book(library, writer)
    before = export_pngs(library, piece_id, tmp_path / "before")
    _type_line(window, qtbot, piece_id, CountingGate())
    page = library.pages(piece_id)[1]
    line_area = render.layout_for("book", page).grown_up
    assert line_area is not None

    # Show time paints it under the child's words, small and grey.
    show = window.show_time(piece_id)
    show.stop_reading()
    show.go_to(1)
    stage = show.findChild(QWidget, "showTimePage")
    target, scale = render.page_rect_in(stage.page_rect(), render.page_layout("book", "page").size)
    on_stage = QRectF(
        target.x() + line_area.x() * scale,
        target.y() + line_area.y() * scale,
        line_area.width() * scale,
        line_area.height() * scale,
    )
    assert _grey_letters(stage.grab().toImage(), on_stage) > 20
    show.leave()

    # PDF: the line is real text, after the child's words.
    pdf = export_pdf(library, piece_id, tmp_path / "dog.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "I lik mi dog" in text and LINE in text
    assert text.index("I lik mi dog") < text.index(LINE)

    # PNG: the page's picture has grey letters in the line's place, which it had not before.
    pngs = export_pngs(library, piece_id, tmp_path / "after")
    assert len(pngs) == len(before) == 2
    for path, was in ((pngs[1], False), (before[1], True)):
        image = QImage(str(path))
        factor = image.width() / render.page_layout("book", "page").size.width()
        area = QRectF(line_area.topLeft() * factor, line_area.size() * factor)
        assert (_grey_letters(image, area) > 20) is not was

    # ePub: the line is on the page as text, in its own grown-up box, and not narrated.
    epub = export_talking_book(library, piece_id, tmp_path / "dog.epub", audio=False)
    with zipfile.ZipFile(epub) as book:
        pages = [book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml") and "nav" not in n]
    with_line = [p for p in pages if LINE in p]
    assert len(with_line) == 1
    grown_up_box = with_line[0].split("role-grown-up", 1)[1].split("</div>", 1)[0]
    assert LINE.split()[-1] in grown_up_box and 'id="w' not in grown_up_box

    # A backpack carries it home.
    (tmp_path / "home").mkdir()
    home = Library.open(tmp_path / "home")
    try:
        opened = open_backpack(home, pack(library, [piece_id], tmp_path / "usb" / "dog.nook").path)
        assert opened.changed_anything
        (home_piece,) = home.pieces(None)
        assert home.pages(home_piece.id)[1].extras[GROWN_UP_LINE] == LINE
    finally:
        home.close()


def test_a_grown_up_turns_pages_from_the_open_line(window: MainWindow, qtbot, library: Library, writer):
    """The page arrows stand by the pages, where the open line stands: the line has its own,
    so a grown-up writes line after line, page after page, without closing it."""
    piece_id = _book(library, writer)
    _type_line(window, qtbot, piece_id, CountingGate())
    screen = window.piece_screen
    bar = screen.grown_up_line
    assert bar.is_open and not screen.previous_button.isVisible()
    assert bar.previous.isVisible() and bar.next.isVisible()
    assert screen.index == 1 and not bar.next.isEnabled()  # the last page
    qtbot.mouseClick(bar.previous, Qt.MouseButton.LeftButton)
    assert screen.index == 0 and bar.is_open and not bar.previous.isEnabled()
    assert QApplication.focusWidget() is bar.edit and bar.edit.text() == ""
    qtbot.mouseClick(bar.next, Qt.MouseButton.LeftButton)
    assert screen.index == 1 and bar.edit.text() == LINE
