"""A class bigger than the screen: "Who is writing?" shows as many pictures at once as
the grown-up's button size allows, so a child finds theirs in a tap or two of "more".

Seen on the walk (26 writers, 96 px buttons, 1024x600, classroom mode): the pictures
stayed two buttons big (192 px) because not all of them fitted at any size, so one row
of four showed at a time above a half-screen arrow: six taps on "more" to reach the last
child. At 96 px pictures three rows of seven fit, and one tap shows the rest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from nook.core.library import Library
from nook.ui.kit.edge_arrow import EdgeArrow
from tests.ui.test_a_class_of_writers import class_of, seen_whole, writers_window
from tests.ui.test_screen_fit import misplaced, settle


@pytest.mark.parametrize(("size", "most_taps"), [(96, 1), (128, 2)])
def test_every_child_finds_their_picture_in_a_tap_or_two(qtbot, library: Library, size: int, most_taps: int) -> None:
    library.set_setting("classroom_mode", True)
    library.set_setting("button_size", size)
    ids = class_of(library, 26)
    area = QRect(0, 0, 1024, 600)
    window = writers_window(qtbot, library, area)
    screen = window.writers_screen
    arrow = screen.writers_scroll.findChild(EdgeArrow)
    buttons = [screen.findChild(QWidget, f"writer_{writer_id}") for writer_id in ids]
    # Never smaller than the button size the grown-up chose.
    assert min(b.width() for b in buttons) >= size
    found: set[str] = set()
    taps = 0
    while True:
        found |= {b.objectName() for b in buttons if seen_whole(b, window)}
        if len(found) == len(ids) or taps > 10:
            break
        qtbot.mouseClick(arrow, Qt.MouseButton.LeftButton)
        taps += 1
        settle()
    assert len(found) == len(ids)
    assert taps <= most_taps, f"{taps} taps on 'more' to see all 26"
    assert misplaced(window, area) == []


def test_the_next_child_finds_the_class_from_its_start(qtbot, library: Library) -> None:
    """The child before went on past the first rows to their picture: the next child
    found "Who is writing?" still there, the first writers out of sight, and the keyboard
    on the first writer, unseen (a Space chose a child no one could see)."""
    library.set_setting("classroom_mode", True)
    library.set_setting("button_size", 96)
    ids = class_of(library, 26)
    area = QRect(0, 0, 1024, 600)
    window = writers_window(qtbot, library, area)
    screen = window.writers_screen
    qtbot.mouseClick(screen.writers_scroll.findChild(EdgeArrow), Qt.MouseButton.LeftButton)
    settle()
    last = screen.findChild(QWidget, f"writer_{ids[-1]}")
    assert seen_whole(last, window)
    qtbot.mouseClick(last, Qt.MouseButton.LeftButton)  # Zoe writes, then it is the next child's turn
    settle()
    assert window.writer_id == ids[-1]
    window.show_writers()
    settle()
    first = screen.findChild(QWidget, f"writer_{ids[0]}")
    assert seen_whole(first, window), "the first writers are out of sight"
    assert first.hasFocus()
