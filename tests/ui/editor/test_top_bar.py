"""The editor's top bar on a netbook: what a child needs is in sight, and what moved
out of it (smaller and bigger letters, the grown-up's line) is where the words' look is.

At 96 px on 1024x600 the bar once scrolled undo, redo, the page arrows, the words'
colour and the grown-up's line out of sight; now reading and stopping share a place,
undo and redo stand beside show time, and the page arrows stand by the pages.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from nook.speech.silent import SilentVoice
from nook.ui.main_window import MainWindow
from tests.ui.test_double_tap import double_tap

LEFT = Qt.MouseButton.LeftButton


def test_stop_stands_where_read_to_me_was_while_it_reads(qtbot, library, writer, open_piece) -> None:
    voice = SilentVoice(word_ms=50)
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[0].id, words="My big book of animals and birds and fish")
    screen = open_piece(piece.id, voice=voice)
    place = screen.read_button.mapTo(screen, QPoint(0, 0))
    assert screen.read_button.isVisible() and not screen.stop_button.isVisible()
    with qtbot.waitSignal(voice.word, timeout=2000):
        qtbot.mouseClick(screen.read_button, LEFT)
    assert screen.stop_button.isVisible() and not screen.read_button.isVisible()
    qtbot.waitUntil(lambda: screen.stop_button.mapTo(screen, QPoint(0, 0)) == place)
    with qtbot.waitSignal(voice.finished, timeout=2000):
        qtbot.mouseClick(screen.stop_button, LEFT)
    assert not screen.reading.reading_piece
    assert screen.read_button.isVisible() and not screen.stop_button.isVisible()


def test_reading_to_the_end_brings_read_to_me_back(qtbot, library, writer, open_piece) -> None:
    voice = SilentVoice(word_ms=5)
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="Keep out")
    screen = open_piece(piece.id, voice=voice)
    qtbot.mouseClick(screen.read_button, LEFT)
    qtbot.waitUntil(lambda: screen.read_button.isVisible(), timeout=3000)
    assert not screen.stop_button.isVisible()


def test_letter_size_and_the_grown_up_line_are_with_the_words_colours(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    for button in (screen.smaller_button, screen.bigger_button, screen.grown_up_line.button):
        assert not button.isVisible()
    qtbot.mouseClick(screen.words_colour_button, LEFT)
    panel = screen.words_colour_panel
    for button in (screen.smaller_button, screen.bigger_button, screen.grown_up_line.button):
        assert button.isVisible() and panel.isAncestorOf(button)
    edit = screen.current_view.edits["words"]
    before = edit.font().pixelSize()
    qtbot.mouseClick(screen.bigger_button, LEFT)
    assert edit.font().pixelSize() > before


def test_the_page_arrows_stand_by_the_pages(qtbot, library, writer, open_piece) -> None:
    for kind in ("book", "letter"):
        screen = open_piece(library.new_piece(writer.id, kind).id)
        assert screen.strip is not None
        assert screen.strip.isAncestorOf(screen.previous_button) and screen.strip.isAncestorOf(screen.next_button)
        assert screen.previous_button.isVisible() and screen.next_button.isVisible()
    for kind in ("sign", "list"):
        screen = open_piece(library.new_piece(writer.id, kind).id)
        assert not screen.previous_button.isVisible() and not screen.next_button.isVisible()


def test_a_double_tap_on_read_to_me_keeps_reading(qtbot, library, writer) -> None:
    """The second tap lands on "Stop", now where "Read to me" was: the window drops it."""
    voice = SilentVoice(word_ms=50)
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="Keep out of my room please and thank you")
    window = MainWindow(library, voice)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.show_shelf(writer.id)
    window.open_piece(piece.id)
    screen = window.piece_screen
    assert screen is not None
    with qtbot.waitSignal(voice.word, timeout=2000):
        double_tap(window, screen.read_button)
    assert screen.stop_button.isVisible() and screen.reading.reading_piece
