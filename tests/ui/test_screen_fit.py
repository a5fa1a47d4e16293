"""Every screen fits 1024x600, 1280x720 and 1366x768 at every button size (48-192 px).

The window is built on a screen of each size (its available area handed in, as the
app reads it from QScreen) and each screen is walked: the window must stay within the
screen, every visible control must lie within the window and within every widget that
holds it (a control inside a scroll area only needs the scroll area to be on screen),
and the controls a child cannot do without must be seen whole, without scrolling. On a
child's screen no control is seen only in part at the edge of a scroll area either (half a
colour at the bottom of a bar): a bar shows whole rows and scrolls by them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListView,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow

SCREENS = ((1024, 600), (1280, 720), (1366, 768))  # smallest first, largest last
SIZES = (48, 64, 96, 130, 192)

# What a child cannot do without: seen whole on the screen, no scrolling needed.
ESSENTIAL = {
    "grownUpCornerFromWriters",
    "grownUpCorner",
    "newBook",
    "newList",
    "newSign",
    "newLetter",
    "backToShelf",
    "showTime",
    "finishedButton",
    "pageStrip",
    "addPage",
    "colourPanelScroll",
    "leaveShowTime",
    "showTimeRead",
    "showTimeNext",
    "leaveGrownUpCorner",
    # Making: undo and the page arrows were once scrolled away at 96 px on a netbook,
    # past the words' colour; reading aloud, the word wall and how the words look too.
    "undo",
    "redo",
    "previousPage",
    "nextPage",
    "readAloud",
    "wordWall",
    "wordsColour",
    # A list's "add a thing" once needed scrolling at 96 px.
    "addItem",
    # A chosen cover's "open it" once stood under the covers, below a netbook's edge.
    "openPiece",
}
CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QAbstractSlider, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _name(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__


def _is_control(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar) or not isinstance(widget, CONTROLS):
        return False
    parent = widget.parentWidget()
    # The parts of a combo or spin box are checked as the box itself.
    return not isinstance(parent, (QComboBox, QAbstractSpinBox))


def settle() -> None:
    """Let the layouts finish, as the app's event loop does before the child sees the
    screen (a list's rows take their height from their width one pass later)."""
    for _ in range(3):
        QApplication.processEvents()


def misplaced(window: QWidget, area: QRect, whole: bool = True) -> list[str]:
    """What is off the screen, out of the window or cut by what holds it.

    `whole`: a control partly seen at the edge of a scroll area counts too (a child taps
    the half they see); the grown-up corner's long forms scroll as any form does."""
    problems = []
    if not area.contains(QRect(area.topLeft(), window.size())):
        problems.append(f"window {window.geometry().getRect()} is not within the screen {area.getRect()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not (_is_control(widget) or widget.objectName() in ESSENTIAL):
            continue
        essential = widget.objectName() in ESSENTIAL
        rect = _rect_in(widget, window)
        holder = widget.parentWidget()
        while holder is not None and holder is not window:
            held = _rect_in(holder, window)
            if holder.objectName() == "qt_scrollarea_viewport":
                if essential and not held.contains(rect):
                    problems.append(f"{_name(widget)} {rect.getRect()} needs scrolling to be seen")
                    break
                if whole and held.intersects(rect) and not held.contains(rect):
                    # Half a button at the edge of a bar: a child taps the half they see.
                    area_name = _name(holder.parentWidget())
                    problems.append(f"{_name(widget)} {rect.getRect()} is partly seen in {area_name} {held.getRect()}")
                    break
                # Anything else in a scroll area can be scrolled to: the area itself must be in reach.
                rect = held
            elif not held.contains(rect):
                problems.append(f"{_name(widget)} {rect.getRect()} is cut by {_name(holder)} {held.getRect()}")
                break
            holder = holder.parentWidget()
        else:
            if not window.rect().contains(rect):
                problems.append(f"{_name(widget)} {rect.getRect()} is outside the window {window.size().toTuple()}")
    return problems


def thin_bars(window: QWidget) -> list[str]:
    """Where a child scrolls a bar of buttons, the way on is a target a finger can hit:
    a scroll bar thinner than the smallest button (a few pixels) is none."""
    return [
        f"a thin scroll bar {_rect_in(bar, window).getRect()} in {_name(bar.parentWidget().parentWidget())}"
        for bar in window.findChildren(QScrollBar)
        if bar.isVisible() and min(bar.width(), bar.height()) < 48
    ]


def covers_not_seen(window: QWidget) -> list[str]:
    """The shelf's first row of covers must be seen whole without scrolling: it is the
    child's own work (at 192 px on a netbook it once began below the screen's edge)."""
    view = window.findChild(QListView, "shelf")
    assert view is not None and view.model().rowCount() > 0, "the walk's shelf has covers"
    first_row = [
        view.visualRect(view.model().index(row, 0))
        for row in range(view.model().rowCount())
        if view.visualRect(view.model().index(row, 0)).top() == view.visualRect(view.model().index(0, 0)).top()
    ]
    problems = []
    for number, rect in enumerate(first_row):
        rect = QRect(view.viewport().mapTo(window, rect.topLeft()), rect.size())
        holder: QWidget | None = view.viewport()
        while holder is not None and holder is not window:
            held = _rect_in(holder, window)
            if not held.contains(rect):
                problems.append(f"cover {number + 1} {rect.getRect()} is cut by {_name(holder)} {held.getRect()}")
                break
            holder = holder.parentWidget()
        else:
            if not window.rect().contains(rect):
                problems.append(f"cover {number + 1} {rect.getRect()} is outside the window")
    return problems


def _walk(window: MainWindow, library: Library, writer_id: str) -> Iterator[str]:
    """Shows each screen in turn (the caller looks at it), the way a child and a grown-up reach them."""
    window.show_writers()
    yield "writers"
    for kind in ("book", "sign", "letter", "book", "list"):  # a shelf with a row of covers
        library.new_piece(writer_id, kind)
    window.show_shelf(writer_id)
    yield "shelf"
    shelf = window.shelf_screen
    shelf.tap(shelf.view.model().index(0, 0))  # a cover chosen: what can be done with it shows
    yield "shelf (a cover chosen)"
    # The idea cards once scrolled by pixels: a netbook showed their third row cut in two.
    shelf.show_ideas()
    yield "ideas"
    shelf.show_trash()
    yield "the child's trash"
    shelf.show_shelf_page()
    for kind in ("book", "list", "sign", "letter"):
        piece = library.new_piece(writer_id, kind)
        window.open_piece(piece.id)
        yield f"editor ({kind})"
    assert window.piece_screen is not None
    show = window.show_time(window.piece_screen.piece.piece.id)
    window.setWindowState(Qt.WindowState.WindowNoState)  # full screen is the real screen's size
    yield "show time"
    show.leave()
    window.show_shelf(writer_id)
    corner = window.grown_up.open_without_gate()
    for name in list(corner.sections):
        corner.show_section(name)
        yield f"grown-up corner: {name}"
    window.grown_up.close()


@pytest.mark.parametrize(("size", "language"), [*((size, "en") for size in SIZES), (96, "es"), (192, "es")])
def test_every_screen_fits_every_screen_size(
    qtbot, nook_app, library: Library, writer, size: int, language: str
) -> None:
    if language != "en":
        library.set_setting("language", language)
        library.set_setting("language", language, writer.id)
    library.set_setting("button_size", size)
    library.set_setting("button_size", size, writer.id)
    # One window for each screen, built for it as the app builds its window for the screen
    # it starts on (the editor's buttons are as big as that screen allows).
    problems = []
    for width, height in SCREENS:
        area = QRect(0, 0, width, height)
        window = MainWindow(library, make_voice("silent"), screen_area=area)
        qtbot.addWidget(window)
        window.show()
        for screen in _walk(window, library, writer.id):
            window.setMaximumSize(area.size())
            window.setGeometry(area)
            settle()
            whole = not screen.startswith("grown-up corner")
            problems.extend(f"{width}x{height} {screen}: {problem}" for problem in misplaced(window, area, whole))
            if screen.startswith("editor"):
                problems.extend(f"{width}x{height} {screen}: {problem}" for problem in thin_bars(window))
            if screen.startswith("shelf"):
                problems.extend(f"{width}x{height} {screen}: {problem}" for problem in covers_not_seen(window))
        window.close()
    assert problems == [], "\n".join(problems)


def test_the_window_fills_the_screen_and_stays_within_it(qtbot, nook_app, library: Library, writer) -> None:
    """With no window manager to maximise it (a bare X server), the window is the screen's size."""
    for width, height in ((1366, 768), (1024, 600)):
        area = QRect(0, 0, width, height)
        window = MainWindow(library, make_voice("silent"), screen_area=area)
        qtbot.addWidget(window)
        window.show()
        assert window.geometry().size().toTuple() == (width, height)
        assert area.contains(QRect(area.topLeft(), window.size()))
        window.close()
