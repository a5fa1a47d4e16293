"""Everything a user or a file supplies is shown as plain text: a writer's name, a
piece's title, a word-wall word, a backpack's name are letters, never markup.

The walk builds every screen with hostile text in every place a user can type it, and
fails on any label, tool tip or message that would let Qt read that text as rich text.
(`<img src=/dev/zero>` as a name made Qt read /dev/zero and abort at every start.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from nook.core import backpack, word_wall
from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.grownup.backpack_page import BackpackPage
from nook.ui.main_window import MainWindow
from nook.ui.operations import Operations

# Harmless if obeyed (no file is read), unmistakable if it is: rendered, <b> vanishes.
HOSTILE = "<b>Bold</b><h1 style='font-size:200px'>Huge</h1>"


def _renders_markup(text: str, plain: bool) -> bool:
    """True if showing `text` this way would obey markup in it."""
    return not plain and "<b>" in text and QtGui.Qt.mightBeRichText(text)


def _tip_obeys_markup(tip: str) -> bool:
    """A tool tip is rich whenever it looks rich; ours are escaped, so the hostile
    text must come back out letter for letter."""
    if "Bold" not in tip or not QtGui.Qt.mightBeRichText(tip):
        return False
    document = QTextDocument()
    document.setHtml(tip)
    return "<b>" not in document.toPlainText()


def _problems(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel) and _renders_markup(
            widget.text(), widget.textFormat() == Qt.TextFormat.PlainText
        ):
            found.append(f"label {widget.objectName() or type(widget).__name__}: {widget.text()[:60]!r}")
        if isinstance(widget, QMessageBox) and _renders_markup(
            widget.text(), widget.textFormat() == Qt.TextFormat.PlainText
        ):
            found.append(f"message box: {widget.text()[:60]!r}")
        if _tip_obeys_markup(widget.toolTip()):
            found.append(f"tool tip of {widget.objectName() or type(widget).__name__}: {widget.toolTip()[:60]!r}")
    return found


def _hostile_library(library: Library) -> str:
    writer = library.add_writer(HOSTILE, "fox")
    for kind in ("book", "list", "sign", "letter"):
        piece = library.new_piece(writer.id, kind)
        library.update_page(library.pages(piece.id)[0].id, words=HOSTILE)
    bank = word_wall.add_bank(library, HOSTILE, None)
    word_wall.add_word(library, bank.id, HOSTILE, None)
    library.set_state("last_writer", writer.id)
    return writer.id


def test_every_screen_shows_a_hostile_name_as_plain_text(qtbot, nook_app, library: Library) -> None:
    writer_id = _hostile_library(library)
    window = MainWindow(library, make_voice("silent"))
    qtbot.addWidget(window)
    window.show()
    problems: list[str] = []
    window.show_writers()
    problems += _problems(window)
    window.show_shelf(writer_id)
    problems += _problems(window)
    for piece in library.pieces(writer_id):
        window.open_piece(piece.id)
        assert window.piece_screen is not None
        window.piece_screen.toggle_word_wall()
        problems += _problems(window)
        show = window.show_time(piece.id)
        problems += _problems(window)
        show.left.emit()
    window.grown_up.gate = lambda parent: True
    assert window.grown_up.open()
    corner = window.grown_up.corner
    for name in list(corner.sections):
        corner.show_section(name)
        problems += _problems(window)
    for top in QApplication.topLevelWidgets():
        if top.isVisible() and top is not window:
            problems += _problems(top)
    assert problems == []
    window.close()


def test_a_hostile_backpack_is_shown_as_plain_text(qtbot, nook_app, library: Library, tmp_path: Path) -> None:
    writer_id = _hostile_library(library)
    pieces = [p.id for p in library.pieces(writer_id)]
    bag = backpack.pack(library, pieces, tmp_path / "bag.nook").path
    home_folder = tmp_path / "home"
    home_folder.mkdir()
    home = Library.open(home_folder)
    page = BackpackPage(home, Operations(home))
    qtbot.addWidget(page)
    page.choose_open_path = lambda parent, folder: str(bag)
    page.show()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert any("<b>Bold" in label.text() for label in page.findChildren(QLabel))  # shown, as letters
    assert _problems(page) == []
    # Refused, with a hostile file name: the reason names the file, as letters.
    refused = tmp_path / f"{HOSTILE.replace('/', '_')}.nook"
    refused.write_bytes(b"PK\x03\x04 not a zip")
    page.choose_open_path = lambda parent, folder: str(refused)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert "was not opened" in page.status.text()
    assert _problems(page) == []
    home.close()


def test_labels_are_made_plain_in_one_place() -> None:
    """New screens get the rule for free: every label in nook/ui is a PlainLabel (the
    growth chart's key, our own colours and no user text, is the one marked exception)."""
    import re

    root = Path(__file__).resolve().parents[2] / "nook" / "ui"
    offenders = []
    for path in root.rglob("*.py"):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if re.search(r"\bQLabel\(", line) and path.name != "plain.py":
                following = path.read_text().splitlines()[number : number + 6]
                if not any("RichText)  # our own" in later for later in following):
                    offenders.append(f"{path.relative_to(root)}:{number}")
    assert offenders == []
