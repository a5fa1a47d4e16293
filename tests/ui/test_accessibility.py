"""Keyboard and screen-reader users (issue 14, item 14), read through Qt's accessibility
interfaces: what AT-SPI hands to Orca is built from these same objects.

Each screen is walked the way the window reaches it: the keyboard must arrive where the
child works and on something with a name, every control Tab can reach must have a name,
and Tab must move on (never stay in one box). The shelf's filters and the page strip's
pages are one choice each: radio buttons, reached by Tab at the one chosen, moved by the
arrow keys.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QButtonGroup, QComboBox, QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow
from nook.ui.show_time.screen import ShowTime


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget.objectName()
    return interface.text(QAccessible.Text.Name)


def role(widget: QWidget) -> QAccessible.Role:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget.objectName()
    return interface.role()


def _tab_stops(window: QWidget) -> list[QWidget]:
    """Every visible widget Tab can land on (the parts of a spin or combo box are the box)."""
    stops = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        stops.append(widget)
    return stops


def _focus(qtbot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _tab_through(qtbot, count: int) -> list[QWidget]:
    """Press Tab `count` times where the keyboard really is; the widgets it went to."""
    visited = []
    for _ in range(count):
        here = _focus(qtbot)
        QTest.keyClick(here, Qt.Key.Key_Tab)
        visited.append(_focus(qtbot))
    return visited


def _walk(window: MainWindow, library: Library, writer_id: str) -> Iterator[tuple[str, str]]:
    """Each screen as the window shows it, with the control the keyboard should be on
    (the first writer's picture, the first "New ..." button, the page's words)."""
    window.show_writers()
    yield "writers", "writer_" + writer_id
    window.show_shelf(writer_id)
    yield "shelf", "newBook"
    for kind in ("book", "list", "sign", "letter"):
        piece = library.new_piece(writer_id, kind)
        library.update_page(library.pages(piece.id)[0].id, words="Hi")  # kept: not an untouched piece
        window.open_piece(piece.id)
        yield f"editor ({kind})", "wordsWords"
    assert window.piece_screen is not None
    show = window.show_time(window.piece_screen.piece.piece.id)
    yield "show time", "showTime"
    show.leave()
    window.show_shelf(writer_id)
    corner = window.grown_up.open_without_gate()
    for name in list(corner.sections):
        corner.show_section(name)
        yield f"grown-up corner: {name}", ""  # a grown-up's screen: anywhere, named
    window.grown_up.close()


def test_every_screen_greets_the_keyboard_with_a_name(qtbot, nook_app, library: Library, writer) -> None:
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    problems = []
    for screen, first in _walk(window, library, writer.id):
        QApplication.processEvents()
        focus = _focus(qtbot)
        if first and focus.objectName() != first:
            problems.append(f"{screen}: the keyboard is on {focus.objectName()!r}, not {first!r}")
        if not spoken_name(focus):
            problems.append(f"{screen}: the keyboard is on {focus.objectName()!r}, which has no name")
        if isinstance(focus.window(), ShowTime) or screen == "show time":
            continue  # the arrow keys turn its pages; it has no Tab stops but itself
        stops = _tab_stops(window)
        unnamed = [w.objectName() or type(w).__name__ for w in stops if not spoken_name(w)]
        problems.extend(f"{screen}: {name} has no name" for name in unnamed)
        # One choice out of a few (tools, colours, filters, pages, banks): radio buttons.
        for group in window.findChildren(QButtonGroup):
            if group.exclusive():
                for button in group.buttons():
                    if button.isVisible() and button.isCheckable() and role(button) != QAccessible.Role.RadioButton:
                        problems.append(f"{screen}: {button.objectName()} is one choice but not a radio button")
        # Tab moves on from wherever it is, never typing a tab into one box.
        visited = _tab_through(qtbot, min(len(stops), 12))
        # (A date box's Tab goes through its day, month and year first: it moves on after.)
        path = [focus, *visited]
        stuck = {path[i].objectName() for i in range(len(path) - 3) if len(set(path[i : i + 4])) == 1}
        if stuck:
            problems.append(f"{screen}: Tab stays in {sorted(stuck)}")
    window.close()
    assert problems == []


def test_the_shelf_filters_are_one_group_of_radio_buttons(qtbot, nook_app, library: Library, writer) -> None:
    library.new_piece(writer.id, "sign")
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.show_shelf(writer.id)
    shelf = window.shelf_screen
    buttons = list(shelf.filter_buttons.values())
    assert [role(b) for b in buttons] == [QAccessible.Role.RadioButton] * len(buttons)
    assert shelf.shelf_page.filter_group.exclusive() and set(shelf.shelf_page.filter_group.buttons()) == set(buttons)
    # Tab reaches the group once, at the choice made ("Everything").
    stops = [w for w in _tab_through(qtbot, 8) if w in buttons]
    assert stops == [shelf.filter_buttons["all"]]
    interface = QAccessible.queryAccessibleInterface(shelf.filter_buttons["all"])
    assert interface.state().checked
    # The arrow key moves the choice, and the shelf shows it.
    shelf.filter_buttons["all"].setFocus()
    QTest.keyClick(shelf.filter_buttons["all"], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is shelf.filter_buttons["book"]
    assert shelf.shelf_filter == "book"
    assert QAccessible.queryAccessibleInterface(shelf.filter_buttons["book"]).state().checked
    assert not QAccessible.queryAccessibleInterface(shelf.filter_buttons["all"]).state().checked
    # A screen reader's "press" chooses too.
    letters = QAccessible.queryAccessibleInterface(shelf.filter_buttons["letter"])
    letters.actionInterface().doAction("Press")
    assert shelf.shelf_filter == "letter"


def test_the_page_strip_is_reached_by_tab_and_turned_by_arrows(qtbot, nook_app, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    for words in ("two", "three"):
        library.add_page(piece.id, words=words)
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.open_piece(piece.id)
    screen = window.piece_screen
    assert screen is not None and screen.strip is not None
    thumbs = screen.strip.thumbs
    assert [spoken_name(t) for t in thumbs] == ["The cover", "Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]
    assert [role(t) for t in thumbs] == [QAccessible.Role.RadioButton] * 4
    assert _focus(qtbot).objectName() == "wordsWords"
    # From the words, Tab goes on to the page shown (once: the strip is one stop).
    visited = _tab_through(qtbot, 6)
    assert [w for w in visited if w in thumbs] == [thumbs[0]]
    thumbs[0].setFocus()
    QTest.keyClick(thumbs[0], Qt.Key.Key_Right)
    assert screen.index == 1 and QApplication.focusWidget() is thumbs[1]
    QTest.keyClick(thumbs[1], Qt.Key.Key_Right)
    assert screen.index == 2 and QApplication.focusWidget() is thumbs[2]
    assert QAccessible.queryAccessibleInterface(thumbs[2]).state().checked
    QTest.keyClick(thumbs[2], Qt.Key.Key_Left)
    assert screen.index == 1 and QApplication.focusWidget() is thumbs[1]


def test_show_time_is_reached_by_keyboard_and_its_arrows_still_turn(qtbot, nook_app, library: Library, writer) -> None:
    """Tab reaches every show-time button (back, the pages, read, print, save); on a button
    the arrow keys still turn the pages, and Space presses the button."""
    piece = library.new_piece(writer.id, "book")
    library.add_page(piece.id, words="two")
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    show = window.show_time(piece.id)
    show.stop_reading()
    assert _focus(qtbot) is show
    buttons = [show.back_button, show.previous_button, show.next_button, show.read_button, *show.share_buttons]
    visible = [b for b in buttons if b.isVisible() and b.isEnabled()]
    reached = _tab_through(qtbot, len(visible) + 2)
    assert set(visible) <= set(reached), [b.objectName() for b in set(visible) - set(reached)]
    show.print_button.setFocus()
    QTest.keyClick(show.print_button, Qt.Key.Key_Right)
    assert show.index == 1 and QApplication.focusWidget() is show.print_button
    QTest.keyClick(show.print_button, Qt.Key.Key_Left)
    assert show.index == 0
    printed: list[str] = []
    show.gate = lambda parent: True
    show.print_dialog = lambda lib, piece_id, parent: printed.append(piece_id) or True
    QTest.keyClick(show.print_button, Qt.Key.Key_Space)
    assert printed == [piece.id]
    # A tap on a button does not take the keyboard from the pages.
    show.setFocus()
    qtbot.mouseClick(show.next_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is show
