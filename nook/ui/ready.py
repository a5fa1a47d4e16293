"""When the window a person waits for is really there: painted, with its covers drawn.

A shown window is not a seen one: on a real screen the first paint comes a few event
loop turns after `show()`, and the shelf's covers are drawn later still, a few at a
time. The app starts its voice only once the first screen is ready (so the speech
engine never delays what a child sees first), and `--smoke` quits only then, so the
release check and the start-up benchmark measure what a person waits for.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from nook.ui.main_window import MainWindow

# A file the start-up benchmark reads: "<mark> <unix time> <CPU seconds>" lines.
MARKS_VARIABLE = "NOOK_START_MARKS"


def note_mark(name: str) -> None:
    """Append a start-up mark, if a benchmark asked for them: the wall-clock time, and the
    CPU time the process has used so far (all its threads), a figure steady under load."""
    path = os.environ.get(MARKS_VARIABLE)
    if path:
        with Path(path).open("a", encoding="utf-8") as marks:
            marks.write(f"{name} {time.time():.6f} {time.process_time():.6f}\n")


class StartWatch(QObject):
    """Says when the window's first screen has been painted, and when it is ready:
    for the shelf, a paint in which every visible cover was drawn from its page."""

    painted = Signal()
    ready = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.is_painted = False
        self.is_ready = False
        self._checking = False
        shelf = window.shelf_screen
        self._shelf = shelf if window.screens.currentWidget() is shelf and not shelf.view.isHidden() else None
        target: QWidget = shelf.view.viewport() if self._shelf is not None else window.screens.currentWidget() or window
        self._target = target
        if self._shelf is not None:
            self._shelf.delegate.painted = set()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self._target and event.type() == QEvent.Type.Paint and not self._checking:
            # Looked at on the next turn: by then this paint is done and on the screen.
            self._checking = True
            QTimer.singleShot(0, self, self._after_paint)  # (not after the window is gone)
        return False

    def _after_paint(self) -> None:
        self._checking = False
        if self.is_ready:
            return
        if not self.is_painted:
            self.is_painted = True
            note_mark("painted")
            self.painted.emit()
        if self._shelf is not None:
            drawn = self._shelf.delegate.painted or set()
            if not set(self._shelf.visible_piece_ids()) <= drawn:
                return  # the next cover drawn repaints its cell, and is looked at then
            self._shelf.delegate.painted = None
        self.is_ready = True
        self._target.removeEventFilter(self)
        note_mark("ready")
        self.ready.emit()
