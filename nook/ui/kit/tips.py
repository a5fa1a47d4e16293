"""Tool tips never take a tap.

A tip is a window of its own, shown a moment after the pointer rests, just under the
pointer: on a big picture button, over the button's own lower part. A child who rested
there (and heard its name) and then tapped a little lower tapped the tip, which only
went away; the button under it never knew (seen on "Who is writing?": a child's own
picture did not open, and the letters on the tip are ones she cannot read).

A press (and its release) that the window system hands to a tip is handed on to the
app's window under it, as if the tip had not been there; the tip goes, as it does at
any press. Listened for on each of the app's windows (kit/every_window.py): the pointer
leaving a window for a tip has the tip's window looked at before the press arrives.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QWindow

from nook.ui.kit.every_window import EveryWindow

_TAPS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)
_LEAVE = QEvent.Type.Leave


def _is_tip(window: QWindow) -> bool:
    return window.type() == Qt.WindowType.ToolTip


class TapsThroughTips(QObject):
    """Hands a tap that lands on a tool tip to the window under it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handed_on = 0  # taps handed on (for tests)
        self._windows = EveryWindow(self, self)
        self._windows.start()

    def stop(self) -> None:
        self._windows.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == _LEAVE:
            self._windows.watch()  # the pointer may have gone onto a tip shown meanwhile
        elif kind in _TAPS and isinstance(watched, QWindow) and isinstance(event, QMouseEvent) and _is_tip(watched):
            return self._hand_on(watched, event)
        return False

    def _hand_on(self, tip: QWindow, event: QMouseEvent) -> bool:
        point = event.globalPosition()
        tip.hide()  # (a press hides it anyway; its release must not find it there)
        under = self._window_under(point, tip)
        if under is None:
            return False
        local = QPointF(under.mapFromGlobal(point.toPoint()))
        handed = QMouseEvent(
            event.type(), local, point, event.button(), event.buttons(), event.modifiers(), event.pointingDevice()
        )
        handed.setTimestamp(event.timestamp())  # a tap's own time counts (double taps)
        self.handed_on += 1
        QCoreApplication.sendEvent(under, handed)
        return True

    @staticmethod
    def _window_under(point: QPointF, tip: QWindow) -> QWindow | None:
        """The window in use if the tap is on it (a tip comes up over the window the
        pointer rests on), else any of the app's windows there."""
        at = point.toPoint()
        windows = [QGuiApplication.focusWindow(), *reversed(QGuiApplication.topLevelWindows())]
        for window in windows:
            if (
                window is not None
                and window is not tip
                and window.isVisible()
                and not _is_tip(window)
                and window.geometry().contains(at)
            ):
                return window
        return None


def let_taps_through_tips(app: QCoreApplication) -> TapsThroughTips:
    """Once per application: a tap on a tool tip reaches what is under it."""
    global _kept
    if _kept is None or not shiboken6.isValid(_kept) or _kept.parent() is not app:
        _kept = TapsThroughTips(app)
    return _kept


_kept: TapsThroughTips | None = None
