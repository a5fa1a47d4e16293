"""A class of 25 on one computer: every child finds their picture on "Who is writing?"
without scrolling, where the screen has room for them all at the button size a grown-up
chose. At 64 px on a 1024x600 netbook only the first ten showed (two rows of pictures
two buttons big, the rest below a thin scroll bar, with no half row to say so)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.kit.edge_arrow import ROOM, EdgeArrow
from nook.ui.kit.icons import avatar_list
from nook.ui.main_window import MainWindow
from tests.ui.test_screen_fit import misplaced, settle, thin_bars


def class_of(library: Library, count: int) -> list[str]:
    avatars = [avatar["id"] for avatar in avatar_list()]
    return [library.add_writer(f"Child {n + 1}", avatars[n % len(avatars)]).id for n in range(count)]


def seen_whole(widget: QWidget, window: QWidget) -> bool:
    viewport = widget.parentWidget().parentWidget()  # the holder, then the scroll area's viewport
    shown = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
    return shown.contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def writers_window(qtbot, library: Library, area: QRect, held: bool = True) -> MainWindow:
    """The window on a screen of `area`, showing "Who is writing?" (`held`: never grown
    past the screen, as a window manager keeps it)."""
    window = MainWindow(library, make_voice("silent"), screen_area=area)
    qtbot.addWidget(window)
    window.show()
    if held:
        window.setMaximumSize(area.size())
    window.setGeometry(area)
    window.show_writers()
    settle()
    return window


@pytest.mark.parametrize("size", [48, 64])
@pytest.mark.parametrize("screen_size", [(1024, 600), (1366, 768)])
def test_a_class_of_25_is_seen_at_once(qtbot, library: Library, size: int, screen_size) -> None:
    library.set_setting("classroom_mode", True)
    library.set_setting("button_size", size)
    ids = class_of(library, 25)
    area = QRect(0, 0, *screen_size)
    window = writers_window(qtbot, library, area)
    screen = window.writers_screen
    assert misplaced(window, area) == []
    buttons = [screen.findChild(QWidget, f"writer_{writer_id}") for writer_id in ids]
    hidden = [b.accessibleName() for b in buttons if not seen_whole(b, window)]
    assert hidden == [], f"{len(hidden)} of 25 need scrolling"
    # Still a big target: never smaller than the button size the grown-up chose.
    assert min(b.iconSize().width() for b in buttons) >= int(size * 0.72)
    assert min(b.width() for b in buttons) >= size


def test_a_few_writers_keep_their_big_pictures(qtbot, library: Library) -> None:
    library.set_setting("button_size", 64)
    ids = class_of(library, 3)
    area = QRect(0, 0, 1024, 600)
    window = writers_window(qtbot, library, area, held=False)
    button = window.writers_screen.findChild(QWidget, f"writer_{ids[0]}")
    assert button.iconSize().width() == int(128 * 0.72)  # two buttons big


@pytest.mark.parametrize("size", [96, 192])
def test_with_big_buttons_every_child_can_reach_their_picture(qtbot, library: Library, size: int) -> None:
    """At 192 px on a netbook "Who is writing?" shows three of 25 pictures; the others
    were behind a scroll bar a few pixels thin (no target for a five-year-old's finger,
    and no wheel on a touch screen). A big arrow past the last whole row shows the next
    rows, as in the editor's bars; the pictures for a new writer likewise."""
    library.set_setting("classroom_mode", True)
    library.set_setting("button_size", size)
    ids = class_of(library, 25)
    area = QRect(0, 0, 1024, 600)
    window = writers_window(qtbot, library, area)
    screen = window.writers_screen
    assert thin_bars(window) == []
    arrow = screen.writers_scroll.findChild(EdgeArrow)
    assert arrow is not None and arrow.isVisible()
    assert min(arrow.width(), arrow.height()) >= ROOM
    buttons = [screen.findChild(QWidget, f"writer_{writer_id}") for writer_id in ids]
    found: set[str] = set()
    for _ in range(25):
        found |= {b.objectName() for b in buttons if seen_whole(b, window)}
        if len(found) == 25:
            break
        qtbot.mouseClick(arrow, Qt.MouseButton.LeftButton)
        settle()
    assert len(found) == 25, f"{25 - len(found)} pictures never seen by tapping the arrow"
    assert misplaced(window, area) == []
    # A new writer's pictures: the same way on.
    library.set_setting("classroom_mode", False)  # (in classroom mode the gate is asked first)
    screen.start_adding()
    settle()
    assert thin_bars(window) == []


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [48, 96, 192])
def test_a_few_writers_stand_in_the_middle(qtbot, library: Library, size: int, language: str) -> None:
    """Three writers and "New writer" stood at the left of 'Who is writing?' with the
    rest of the row empty (seen on the walk, in Spanish): the pictures are centred under
    the heading."""
    library.set_setting("button_size", size)
    library.set_setting("language", language)
    ids = class_of(library, 3)
    area = QRect(0, 0, 1024, 600)
    window = writers_window(qtbot, library, area, held=False)
    screen = window.writers_screen
    cards = [screen.findChild(QWidget, f"writer_{writer_id}") for writer_id in ids]
    cards.append(screen.findChild(QWidget, "addWriter"))
    viewport = screen.writers_scroll.viewport()
    left = min(card.mapTo(viewport, QPoint(0, 0)).x() for card in cards)
    right = max(card.mapTo(viewport, QPoint(card.width(), 0)).x() for card in cards)
    assert abs(left - (viewport.width() - right)) <= screen.grid.spacing(), (left, viewport.width() - right)
