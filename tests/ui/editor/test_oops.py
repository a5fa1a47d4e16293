"""The oops bubble: a picture and words that go away by themselves, or at a tap."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QPushButton, QWidget

from nook.ui.editor.oops import OopsBubble


def shown_bubble(qtbot, show_ms: int) -> tuple[QWidget, OopsBubble]:
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    bubble = OopsBubble(64, page, show_ms=show_ms)
    bubble.show_reason("damaged")
    assert bubble.isVisible() and not bubble.picture.pixmap().isNull()
    return page, bubble  # the page is kept by the caller: it owns the bubble


def test_the_bubble_goes_away_by_itself(qtbot, nook_app) -> None:
    _page, bubble = shown_bubble(qtbot, show_ms=20)
    qtbot.waitUntil(lambda: not bubble.isVisible(), timeout=2000)


def test_a_tap_on_ok_goes_on_at_once(qtbot, nook_app) -> None:
    _page, bubble = shown_bubble(qtbot, show_ms=60_000)
    qtbot.mouseClick(bubble.ok, Qt.MouseButton.LeftButton)
    assert not bubble.isVisible()


class PressCounter(QWidget):
    """A page behind the bubble that counts the presses reaching it."""

    def __init__(self) -> None:
        super().__init__()
        self.presses = 0

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.presses += 1


def counting_page(qtbot) -> PressCounter:
    """A page shown behind where a bubble will float."""
    page = PressCounter()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    return page


def test_a_tap_on_the_tick_just_as_the_bubble_goes_does_not_reach_the_page(qtbot, nook_app) -> None:
    """The child reaches for the tick; the bubble goes by itself a moment before the
    finger lands. The tap must not draw on the page behind."""
    page = counting_page(qtbot)
    bubble = OopsBubble(64, page, show_ms=20, grace_ms=60_000)
    bubble.show_reason("damaged")
    tick = bubble.ok.mapTo(page, bubble.ok.rect().center())
    qtbot.waitUntil(lambda: not bubble.isVisible(), timeout=2000)
    qtbot.mouseClick(page, Qt.MouseButton.LeftButton, pos=tick)
    assert page.presses == 0
    # Anywhere else on the page a tap works at once.
    qtbot.mouseClick(page, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert page.presses == 1


def test_a_second_tap_on_the_tick_does_not_reach_the_page(qtbot, nook_app) -> None:
    page = counting_page(qtbot)
    bubble = OopsBubble(64, page, show_ms=60_000, grace_ms=60_000)
    bubble.show_reason("damaged")
    tick = bubble.ok.mapTo(page, bubble.ok.rect().center())
    qtbot.mouseClick(bubble.ok, Qt.MouseButton.LeftButton)
    assert not bubble.isVisible()
    qtbot.mouseClick(page, Qt.MouseButton.LeftButton, pos=tick)  # a double tap's second half
    assert page.presses == 0


def test_the_tap_goes_through_again_after_a_moment(qtbot, nook_app) -> None:
    page = counting_page(qtbot)
    bubble = OopsBubble(64, page, show_ms=60_000, grace_ms=30)
    bubble.show_reason("damaged")
    tick = bubble.ok.mapTo(page, bubble.ok.rect().center())
    qtbot.mouseClick(bubble.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bubble.guarding(), timeout=2000)
    qtbot.mouseClick(page, Qt.MouseButton.LeftButton, pos=tick)
    assert page.presses == 1


def test_the_bubble_stays_while_the_pointer_is_on_it(qtbot, nook_app) -> None:
    page, bubble = shown_bubble(qtbot, show_ms=20)
    QCursor.setPos(bubble.mapToGlobal(bubble.ok.geometry().center()))
    for _ in range(3):  # its stay runs out again and again: still there for the finger on its way
        with qtbot.waitSignal(bubble.stay.timeout, timeout=2000):
            pass
        assert bubble.isVisible()
    QCursor.setPos(page.mapToGlobal(QPoint(2, 2)))
    qtbot.waitUntil(lambda: not bubble.isVisible(), timeout=2000)


def test_a_screen_left_with_the_bubble_on_it_keeps_no_taps(qtbot, nook_app) -> None:
    page = counting_page(qtbot)
    bubble = OopsBubble(64, page, show_ms=60_000, grace_ms=60_000)
    bubble.show_reason("damaged")
    page.hide()  # the child went back to the shelf
    assert not bubble.guarding()


def test_ask_a_grown_up_waits_for_the_grown_up(qtbot, nook_app) -> None:
    """ "Ask a grown-up to add photos" with its door for the grown-up went after 6 s,
    usually before the grown-up the child fetched reached the computer (seen on the
    walk). With a door offered the bubble stays until someone taps."""
    page = counting_page(qtbot)
    bubble = OopsBubble(64, page, show_ms=20, grace_ms=30)
    bubble.show_reason("no_photos")
    opened = []
    bubble.offer_grown_up(lambda: opened.append(True))
    later = QTimer(page)
    later.setSingleShot(True)
    with qtbot.waitSignal(later.timeout, timeout=2000):
        later.start(200)  # ten times its usual stay
    assert bubble.isVisible() and bubble.grown_up_button.isVisible()
    qtbot.mouseClick(bubble.grown_up_button, Qt.MouseButton.LeftButton)
    assert opened == [True] and not bubble.isVisible()


def test_a_tap_that_sends_the_waiting_bubble_away_only_sends_it_away(qtbot, nook_app) -> None:
    """The child does not wait for a grown-up and taps elsewhere: the bubble goes, and
    that tap does nothing else. It went through, and a tap on the sponge to send
    "Ask a grown-up to add photos" away cleared the page (seen on the walk)."""
    page = counting_page(qtbot)
    sponge = QPushButton("sponge", page)
    sponge.setGeometry(10, 500, 80, 80)
    sponge.show()
    wiped = []
    sponge.clicked.connect(lambda: wiped.append(True))
    bubble = OopsBubble(64, page, show_ms=20, grace_ms=30)
    bubble.show_reason("no_photos")
    bubble.offer_grown_up(lambda: None)
    qtbot.mouseClick(sponge, Qt.MouseButton.LeftButton)
    assert not bubble.isVisible()
    assert wiped == []
    qtbot.mouseClick(page, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert page.presses == 1  # the next tap is the child's again
    qtbot.mouseClick(sponge, Qt.MouseButton.LeftButton)
    assert wiped == [True]
    # A later message goes away by itself again.
    bubble.show_reason("damaged")
    qtbot.waitUntil(lambda: not bubble.isVisible(), timeout=2000)
