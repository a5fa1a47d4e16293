"""A bar of buttons that cannot show them all has a big arrow past its last whole button,
not a thin scroll bar (a few pixels: no target for a child's finger). A tap shows the next
buttons; at the end the arrow turns round and a tap (not a quick one) goes back to the
first ones."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QScrollBar, QWidget

from nook.ui.editor.strips import scrolled
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.edge_arrow import ROOM, SETTLE_MS, EdgeArrow

LEFT = Qt.MouseButton.LeftButton


def bar_of(count: int, size: int = 64) -> tuple[QWidget, list[PictureButton]]:
    holder = QWidget()
    holder.setObjectName("testButtons")
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    buttons = [PictureButton("star_shape", f"Star {n}", f"star{n}", size) for n in range(count)]
    for button in buttons:
        row.addWidget(button)
    return holder, buttons


def seen_whole(area, buttons: list[PictureButton]) -> list[int]:
    viewport = area.viewport()
    return [
        n for n, b in enumerate(buttons) if viewport.rect().contains(QRect(b.mapTo(viewport, QPoint(0, 0)), b.size()))
    ]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_bar_too_short_for_its_buttons_shows_a_big_arrow(qtbot, nook_app) -> None:
    holder, buttons = bar_of(7)
    area = scrolled(holder, vertical=False)
    qtbot.addWidget(area)
    area.resize(3 * 70 + 30, area.height())  # three buttons and a little room
    area.show()
    qtbot.waitExposed(area)
    settle()
    arrow = area.findChild(EdgeArrow)
    assert arrow is not None and arrow.isVisible()
    assert arrow.width() >= ROOM and arrow.height() >= 64, "a target for a finger"
    assert not any(bar.isVisible() for bar in area.findChildren(QScrollBar))
    assert arrow.objectName() and arrow.accessibleName() == "Show more"
    first = seen_whole(area, buttons)
    assert first and first[0] == 0
    # Nothing is under the arrow: it stands past the last whole button.
    last = buttons[first[-1]]
    assert QRect(last.mapTo(area, QPoint(0, 0)), last.size()).right() < arrow.geometry().left()

    qtbot.mouseClick(arrow, LEFT)
    settle()
    after = seen_whole(area, buttons)
    assert after and after[0] == first[-1] + 1, "the next buttons, as many as are seen"
    while arrow.accessibleName() == "Show more":
        qtbot.mouseClick(arrow, LEFT)
        settle()
    assert seen_whole(area, buttons)[-1] == len(buttons) - 1
    assert arrow.accessibleName() == "Back to the first ones"
    tap(arrow, at_ms=10_000)  # a while later
    settle()
    assert seen_whole(area, buttons)[0] == 0 and arrow.accessibleName() == "Show more"


def tap(widget: QWidget, at_ms: int) -> None:
    """A tap whose press and release the window system stamped at `at_ms`."""
    centre = QPointF(widget.rect().center())
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        buttons = LEFT if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
        event = QMouseEvent(kind, centre, widget.mapToGlobal(centre), LEFT, buttons, Qt.KeyboardModifier.NoModifier)
        event.setTimestamp(at_ms)
        QApplication.sendEvent(widget, event)


def test_a_quick_tap_after_the_end_does_not_go_back(qtbot, nook_app) -> None:
    """At the end the arrow turns round, and a child's quick second "more" went straight
    back to the start: two taps looked like nothing happened (seen on the walk). A tap
    soon after the one that reached the end does nothing; a later one goes back."""
    holder, buttons = bar_of(5)
    area = scrolled(holder, vertical=False)
    qtbot.addWidget(area)
    area.resize(3 * 70 + 30, area.height())
    area.show()
    qtbot.waitExposed(area)
    settle()
    arrow = area.findChild(EdgeArrow)
    at = 1000
    while arrow.accessibleName() == "Show more":
        at += 2000
        tap(arrow, at_ms=at)
        settle()
    end = seen_whole(area, buttons)
    assert end[-1] == len(buttons) - 1
    tap(arrow, at_ms=at + SETTLE_MS - 300)  # a child tapping on and on
    settle()
    assert seen_whole(area, buttons) == end
    tap(arrow, at_ms=at + SETTLE_MS + 1200)  # on purpose, once the end was seen
    settle()
    assert seen_whole(area, buttons)[0] == 0 and arrow.accessibleName() == "Show more"
    # Going on ("more") is never held back.
    tap(arrow, at_ms=at + SETTLE_MS + 1300)
    settle()
    assert seen_whole(area, buttons)[0] > 0


def test_a_bar_that_fits_has_no_arrow(qtbot, nook_app) -> None:
    holder, buttons = bar_of(3)
    area = scrolled(holder, vertical=False)
    qtbot.addWidget(area)
    area.resize(600, area.height())
    area.show()
    qtbot.waitExposed(area)
    settle()
    assert not area.findChild(EdgeArrow).isVisible()
    assert seen_whole(area, buttons) == [0, 1, 2]


def test_a_column_has_its_arrow_at_the_foot(qtbot, nook_app) -> None:
    holder = QWidget()
    holder.setObjectName("testColumn")
    column = QHBoxLayout(holder)
    column.setDirection(QHBoxLayout.Direction.TopToBottom)
    column.setContentsMargins(0, 0, 0, 0)
    buttons = [PictureButton("star_shape", f"Star {n}", f"star{n}", 64) for n in range(6)]
    for button in buttons:
        column.addWidget(button)
    area = scrolled(holder)
    qtbot.addWidget(area)
    area.resize(area.width(), 2 * 70 + ROOM + 12)  # two buttons and the arrow
    area.show()
    qtbot.waitExposed(area)
    settle()
    arrow = area.findChild(EdgeArrow)
    assert arrow.isVisible() and arrow.height() >= ROOM and arrow.width() >= 64
    assert arrow.geometry().top() >= area.viewport().geometry().bottom()
    qtbot.mouseClick(arrow, LEFT)
    settle()
    assert seen_whole(area, buttons)[0] == 2
