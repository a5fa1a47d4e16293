"""A five-year-old double taps. When the first tap changes what is under the finger
(another screen, another page of the same screen), the second tap is the same tap
again, not a choice of whatever control now sits there.

Driven through the window's own QWindow, as the platform delivers taps: each event
carries the moment the child tapped (a child's double tap: a press, a release 80 ms
later, the second press 250 ms after the first), and the second press comes with a
double-click, on whatever widget is under the finger then. The events' own times count,
not the test's: on a busy computer the second tap waits in the queue while the first
tap's screen is built.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from nook.core.library import Library
from nook.speech import ForwardingVoice
from nook.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def open_window(qtbot, library: Library) -> MainWindow:
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


class Finger:
    """Taps on the window with the times a child's taps have."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.clock = 10_000  # ms, the window system's time
        self.window_at: QWindow | None = None  # where taps are delivered (None: the window's)

    def send(self, kind: QEvent.Type, point: QPoint, buttons: Qt.MouseButton) -> None:
        local = QPointF(point)
        event = QMouseEvent(kind, local, local, QPointF(self.window.mapToGlobal(point)), LEFT, buttons, NONE)
        event.setTimestamp(self.clock)
        QApplication.sendEvent(self.window_at or self.window.windowHandle(), event)

    def tap(self, point: QPoint, second: bool = False) -> QWidget | None:
        """A quick tap, routed by Qt to what is there now; returns what it landed on."""
        under = QApplication.widgetAt(self.window.mapToGlobal(point))
        self.send(QEvent.Type.MouseButtonPress, point, LEFT)
        if second:
            self.send(QEvent.Type.MouseButtonDblClick, point, LEFT)
        self.clock += 80
        self.send(QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
        QApplication.processEvents()
        return under


def named(widget: QWidget | None) -> str:
    """The object name of the control that a widget under the pointer belongs to."""
    while widget is not None and not widget.objectName():
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else ""


def double_tap(window: MainWindow, widget: QWidget, offset: QPoint | None = None) -> QWidget | None:
    """Two quick taps on one spot of ``widget``; returns what the second one landed on."""
    point = widget.mapTo(window, widget.rect().center() + (offset or QPoint()))
    finger = Finger(window)
    finger.tap(point)
    finger.clock += 170
    return finger.tap(point, second=True)


def test_a_double_tap_on_a_writer_opens_their_shelf_only(qtbot, library: Library) -> None:
    maya = library.add_writer("Maya", "fox")
    window = open_window(qtbot, library)
    window.show_writers()
    screen = window.writers_screen
    button = screen.findChild(QWidget, f"writer_{maya.id}")
    # A little left of the middle: the second tap lands where "New book" is drawn.
    second = double_tap(window, button, QPoint(-button.width() // 4, 0))
    assert window.screens.currentWidget() is window.shelf_screen
    # The shelf puts a "New …" button where the writer's picture was: the test is only
    # worth something if the second tap landed on a control.
    assert named(second).startswith("new"), named(second)
    assert window.piece_screen is None or not window.piece_screen.isVisible()
    assert library.pieces(maya.id) == []


def test_a_double_tap_on_new_writer_keeps_the_language(qtbot, library: Library) -> None:
    window = open_window(qtbot, library)
    window.show_writers()
    screen = window.writers_screen
    add = screen.findChild(QWidget, "addWriter")
    # A little right of the middle: the second tap lands where "Español" is drawn.
    second = double_tap(window, add, QPoint(add.width() // 4, 0))
    assert screen.pages.currentIndex() == 1
    assert named(second) == "language_es"
    assert window.languages.current == "en"
    assert screen.language_choice is not None and screen.language_choice.language == "en"


def test_a_double_tap_on_one_control_is_two_taps(qtbot, library: Library) -> None:
    """Where the first tap leaves the same control under the finger, both taps count."""
    maya = library.add_writer("Maya", "fox")
    piece = library.new_piece(maya.id, "book")
    library.set_state("last_writer", maya.id)
    library.set_state(f"last_piece:{maya.id}", piece.id)
    window = open_window(qtbot, library)
    assert window.piece_screen is not None
    before = len(library.pages(piece.id))
    add = window.piece_screen.findChild(QWidget, "addPage")
    double_tap(window, add)
    qtbot.waitUntil(lambda: len(library.pages(piece.id)) == before + 2)


def test_a_second_tap_on_a_dialog_the_first_tap_opened_is_dropped(qtbot, library: Library) -> None:
    window = open_window(qtbot, library)  # its double-tap filter listens from the start
    finger = Finger(window)
    point = QPoint(window.width() // 2, window.height() // 2)
    finger.tap(point)  # the window is looked at from its first press on
    dialog = QDialog(window)
    dialog.setObjectName("aDialog")
    chosen = QPushButton("Yes", dialog)
    chosen.setObjectName("dialogButton")
    pressed: list[bool] = []
    chosen.pressed.connect(lambda: pressed.append(True))

    def show_dialog() -> None:
        dialog.setGeometry(QRect(window.mapToGlobal(QPoint(0, 0)), window.size()))
        chosen.setGeometry(dialog.rect())
        dialog.show()

    opener = QPushButton("Open", window)
    opener.setGeometry(QRect(point - QPoint(60, 30), QSize(120, 60)))
    opener.show()
    opener.clicked.connect(show_dialog)
    finger.clock += 2000
    finger.tap(point)  # opens the dialog over the window
    assert dialog.isVisible()
    finger.clock += 170
    # The second tap, where the platform puts it: on the dialog's own window.
    finger.window_at = dialog.windowHandle()
    landed = finger.tap(point, second=True)
    assert landed is chosen
    assert pressed == []  # the same tap again, not a choice of what the first one opened
    finger.clock += 2000
    finger.tap(point)  # a tap later on is a tap
    assert pressed == [True]


def test_drawing_goes_through_the_double_tap_filter_once_a_move(qtbot, library: Library) -> None:
    maya = library.add_writer("Maya", "fox")
    piece = library.new_piece(maya.id, "book")
    library.set_state("last_writer", maya.id)
    library.set_state(f"last_piece:{maya.id}", piece.id)
    window = open_window(qtbot, library)
    assert window.piece_screen is not None
    view = window.piece_screen.current_view
    finger = Finger(window)
    middle = view.layout_spec.picture.center()  # of the page's picture, in page units
    start = view.mapTo(window, QPointF(view.page_rect.x(), view.page_rect.y()) + middle * view.scale).toPoint()
    finger.tap(start)  # a dot
    finger.clock += 2000
    finger.send(QEvent.Type.MouseButtonPress, start, LEFT)
    QApplication.processEvents()
    looked_before = window.second_taps.looked_at  # events it looked at, in Python
    for step in range(60):  # a finger drawing: every move painted before the next
        finger.clock += 8
        finger.send(QEvent.Type.MouseMove, start + QPoint(step, step // 2), LEFT)
        QApplication.processEvents()
    while_drawing = window.second_taps.looked_at - looked_before
    finger.send(QEvent.Type.MouseButtonRelease, start + QPoint(60, 30), Qt.MouseButton.NoButton)
    QApplication.processEvents()
    assert len(view.state.items) == 2  # the dot and the line: it drew
    # Each move: the window's own event, not every paint of every widget under it (an
    # application filter looked at 12 a move).
    assert while_drawing <= 60 + 2, while_drawing


def test_a_tap_that_opens_a_piece_is_not_followed_through_every_event_of_the_new_screen(
    qtbot, library: Library
) -> None:
    """While a tap's own handling builds the next screen (~2,500 events for a piece
    opened) no second tap can arrive: the application filter comes on at the event
    loop's next turn, not for each of those events."""
    maya = library.add_writer("Maya", "fox")
    library.set_state("last_writer", maya.id)
    window = open_window(qtbot, library)
    window.show_shelf(maya.id)
    finger = Finger(window)
    finger.clock += 2000
    new_book = window.shelf_screen.findChild(QWidget, "newBook")
    point = new_book.mapTo(window, new_book.rect().center())
    finger.send(QEvent.Type.MouseButtonPress, point, LEFT)
    finger.clock += 80
    before = window.second_taps.looked_at
    finger.send(QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
    looked_during_the_tap = window.second_taps.looked_at - before
    assert window.piece_screen is not None and window.piece_screen.isVisible()  # the tap opened it
    assert looked_during_the_tap <= 2, looked_during_the_tap  # the release itself
    # From the next turn on, the whole application is looked at until the chance of a
    # second tap is over.
    QApplication.processEvents()
    assert window.second_taps.looked_at > before + looked_during_the_tap


def test_a_second_tap_on_a_dialog_run_inside_the_first_tap_is_dropped(qtbot, library: Library) -> None:
    """A tap whose handling waits in an event loop of its own (a file dialog: exec) gets
    its second tap inside that loop, on the dialog's window: dropped as well."""
    window = open_window(qtbot, library)
    finger = Finger(window)
    point = QPoint(window.width() // 2, window.height() // 2)
    finger.tap(point)
    dialog = QDialog(window)
    chosen = QPushButton("Yes", dialog)
    pressed: list[bool] = []
    chosen.pressed.connect(lambda: pressed.append(True))
    landed: list[QWidget | None] = []

    def second_tap_then_close() -> None:
        finger.clock += 170
        finger.window_at = dialog.windowHandle()
        landed.append(finger.tap(point, second=True))
        dialog.reject()

    def run_dialog() -> None:
        dialog.setGeometry(QRect(window.mapToGlobal(QPoint(0, 0)), window.size()))
        chosen.setGeometry(dialog.rect())
        QTimer.singleShot(0, second_tap_then_close)
        dialog.exec()

    opener = QPushButton("Open", window)
    opener.setGeometry(QRect(point - QPoint(60, 30), QSize(120, 60)))
    opener.show()
    opener.clicked.connect(run_dialog)
    finger.clock += 2000
    finger.tap(point)  # opens the dialog and waits in it
    assert landed == [chosen]
    assert pressed == []


def test_listening_from_the_start_is_not_every_event_of_the_screens_being_built(qtbot, library: Library) -> None:
    """A window listening from the start (as the tests' windows do; the app's listens at
    its first paint) looks at its windows' own events: an application filter for the first
    moment sent every event of every widget built and shown meanwhile through Python (a
    shelf and a piece opened: thousands, ~30 % more of the CPU they took)."""
    maya = library.add_writer("Maya", "fox")
    window = MainWindow(library, ForwardingVoice())  # listening, before anything is made
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    before = window.second_taps.looked_at
    window.show_shelf(maya.id)
    window.open_piece(library.new_piece(maya.id, "book").id)
    QApplication.processEvents()
    assert window.piece_screen is not None and window.piece_screen.isVisible()
    looked = window.second_taps.looked_at - before
    assert looked <= 50, looked


def test_a_window_shown_as_listening_starts_has_its_taps_looked_at_from_the_next_turn(qtbot, library: Library) -> None:
    """Listening's first moment: a window shown then that never takes the keyboard (a
    tip: no focus change says it is there) is looked at from the event loop's next turn."""
    window = MainWindow(library, ForwardingVoice())  # listening
    qtbot.addWidget(window)
    tip = QWindow()
    tip.setFlags(Qt.WindowType.ToolTip)
    try:
        tip.resize(200, 200)
        tip.show()  # made after listening began
        QApplication.processEvents()  # the next turn
        before = window.second_taps.looked_at
        point = QPointF(100, 100)
        press = QMouseEvent(QEvent.Type.MouseButtonPress, point, point, point, LEFT, LEFT, NONE)
        QApplication.sendEvent(tip, press)
        assert window.second_taps.looked_at > before
    finally:
        tip.destroy()
