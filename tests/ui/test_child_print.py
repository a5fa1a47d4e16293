"""Children reach no dialog of words (issue 14, item 8). A child a grown-up lets print
gets a picture-only step (a printer, "print it", "not now", each spoken) and the piece
goes to the computer's printer; a grown-up on a visit gets the system's dialog. A walk
over everything a child can tap that could open a dialog finds only the gate (a
grown-up's question the child cannot pass) and the picture-only step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow
from nook.ui.show_time.print_step import PrintStep


@pytest.fixture
def window(qtbot, nook_app, library: Library, writer) -> MainWindow:
    piece = library.new_piece(writer.id, "book")
    cover, first = library.pages(piece.id)
    library.update_page(cover.id, words="My cat Tom")
    library.update_page(first.id, words="Tom is big")
    library.set_state("last_writer", writer.id)
    win = MainWindow(library, make_voice("silent"))
    qtbot.addWidget(win)
    win.show()
    win.show_shelf(writer.id)
    return win


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def words_in(dialog: QWidget) -> list[str]:
    """Words a child would have to read in `dialog`: button captions and label text."""
    words = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    words += [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()]
    return words


def answer_with(qtbot, chosen: str, seen: list[PrintStep]) -> None:
    """When the step shows, look at it as a child would and tap `chosen`."""

    def answer() -> None:
        step = QApplication.activeModalWidget()
        assert isinstance(step, PrintStep)
        seen.append(step)
        assert words_in(step) == []  # pictures only
        buttons = [b for b in step.findChildren(QAbstractButton) if b.isVisible()]
        assert buttons and all(b.accessibleName() for b in buttons)  # each says its name
        getattr(step, chosen).click()

    QTimer.singleShot(0, answer)


def test_a_child_who_may_print_prints_with_pictures(window: MainWindow, library: Library, qtbot, tmp_path) -> None:
    library.set_setting("child_may_print", True)
    show = window.show_time(library.pieces(window.writer_id)[0].id)
    show.stop_reading()
    show.child_printer = lambda: pdf_printer(tmp_path / "printed.pdf")
    said: list[str] = []
    show.voice.say = lambda text: said.append(text) or 0  # type: ignore[method-assign]
    seen: list[PrintStep] = []
    answer_with(qtbot, "yes", seen)
    assert show.print_piece()
    assert len(seen) == 1 and "Print it?" in said
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    # "Not now" prints nothing.
    show.child_printer = lambda: pdf_printer(tmp_path / "never.pdf")
    answer_with(qtbot, "no", seen)
    assert not show.print_piece() and not (tmp_path / "never.pdf").exists()


def test_with_no_printer_the_picture_says_so(window: MainWindow, library: Library, qtbot) -> None:
    library.set_setting("child_may_print", True)
    show = window.show_time(library.pieces(window.writer_id)[0].id)
    show.stop_reading()
    show.child_printer = lambda: None
    said: list[str] = []
    show.voice.say = lambda text: said.append(text) or 0  # type: ignore[method-assign]
    seen: list[PrintStep] = []
    answer_with(qtbot, "no", seen)
    assert not show.print_piece()
    assert not seen[0].yes.isVisibleTo(seen[0]) and seen[0].no.accessibleName() == "OK"
    assert "There is no printer. Ask a grown-up." in said


def test_a_grown_up_on_a_visit_gets_the_system_dialog(window: MainWindow, library: Library, qtbot) -> None:
    library.set_setting("child_may_print", True)
    window.grown_up.gate = lambda parent: True
    window.grown_up.visit.ask(window)  # a grown-up is here
    show = window.show_time(library.pieces(window.writer_id)[0].id)
    show.stop_reading()
    printed: list[str] = []
    show.print_dialog = lambda lib, piece_id, parent: printed.append(piece_id) or True
    assert show.print_piece() and printed == [show.piece.id]


@pytest.mark.parametrize("child_may_print", [False, True])
def test_a_child_meets_no_dialog_of_words(window: MainWindow, library: Library, qtbot, child_may_print: bool) -> None:
    """Everything a child can tap that opens a dialog, with the real dialogs in place: the
    gate is refused (a child cannot answer it), anything else that shows is noted."""
    library.set_setting("child_may_print", child_may_print)
    window.grown_up.gate = GateRefused()
    met: list[str] = []

    def close_whatever_shows() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            met.append(type(dialog).__name__)
            dialog.reject()

    watcher = QTimer()
    watcher.setInterval(20)
    watcher.timeout.connect(close_whatever_shows)
    watcher.start()
    piece_id = library.pieces(window.writer_id)[0].id
    show = window.show_time(piece_id)
    show.stop_reading()
    for button in show.share_buttons:
        button.click()
    show.leave()
    window.open_piece(piece_id)
    assert window.piece_screen is not None
    window.piece_screen.photo_button.click()  # the "ask a grown-up" picture, no dialog
    watcher.stop()
    allowed = {"PrintStep"} if child_may_print else set()
    assert set(met) <= allowed, met
    assert window.grown_up.gate.asked == (3 if child_may_print else 4)  # each grown-up's button


class GateRefused:
    """A child at the gate: it asks, and the child cannot answer."""

    def __init__(self) -> None:
        self.asked = 0

    def __call__(self, parent) -> bool:
        self.asked += 1
        return False
