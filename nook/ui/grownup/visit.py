"""One grown-up visit: the gate is answered once, then the grown-up is "in" for a while.

A parent adding five photos or a teacher saving twenty PDFs answers the gate once. The
visit ends when the grown-up leaves the corner, when nobody has touched the app for a
few minutes (they walked away; a child may be next), or when "Who is writing?" is shown
(a child's turn begins). Anything that needs a grown-up asks `visit.ask(parent)`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

IDLE_MS = 3 * 60 * 1000
# What a person at the computer does; a timer or a repaint does not keep a visit going.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def ask_grown_up(parent: QWidget | None) -> bool:
    """The gate's question (its dialog loaded when first asked: not at every start)."""
    from nook.ui.grownup.gate import ask_grown_up as ask

    return ask(parent)


class GrownUpVisit(QObject):
    """Asks the gate at most once per visit; `ended` when the visit is over."""

    started = Signal()
    ended = Signal()

    def __init__(self, idle_ms: int = IDLE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gate: Callable[[QWidget | None], bool] = ask_grown_up
        self._in = False
        self.looked_at = 0  # events that went through Python here (for tests)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.end)

    @property
    def in_progress(self) -> bool:
        return self._in

    def ask(self, parent: QWidget | None = None) -> bool:
        """True for a grown-up: at once during a visit, else after the gate is answered."""
        if self._in:
            self._idle.start()
            return True
        if not self.gate(parent):
            return False
        self.begin()
        return True

    def begin(self) -> None:
        """A grown-up has shown they are here (answered the gate)."""
        self._idle.start()
        if self._in:
            return
        self._in = True
        # Watched only during a visit (nothing extra for each of a child's strokes), and
        # only where a person's input arrives: each of the app's windows, before Qt hands
        # it to a widget (a dialog's too, as it takes the keyboard). An application filter
        # saw every event of every widget through Python: ~2,500 as the corner was built.
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch_windows)
        self._watch_windows()
        self.started.emit()

    def end(self) -> None:
        self._idle.stop()
        if not self._in:
            return
        self._in = False
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._watch_windows)
        for window in QGuiApplication.topLevelWindows():
            window.removeEventFilter(self)
        self.ended.emit()

    def _watch_windows(self) -> None:
        # Installing a filter again on an object moves it, never adds a second.
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        self.looked_at += 1
        if event.type() in ACTIVITY and self._in:
            self._idle.start()
        return False
