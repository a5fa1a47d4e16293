"""What a person waits for ends with a paint: the time from a tap to the first paint of
the screen it brings (bench_open_piece.py, bench_grownup.py)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

DEADLINE_S = 30  # a screen never painted ends the wait (and shows as 30 s) rather than hangs


class PaintWatch(QObject):
    """Notes the first paint of any widget inside the one waited for (app-wide)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.inside: QWidget | None = None
        self.seen = False
        app.installEventFilter(self)

    def until_painted(self, widget: QWidget, started: float) -> float:
        """Turn the event loop until `widget` (or something in it) is painted; ms since `started`."""
        self.inside, self.seen = widget, False
        deadline = time.perf_counter() + DEADLINE_S
        while not self.seen and time.perf_counter() < deadline:
            self.app.processEvents()
        self.app.processEvents()  # the rest of that frame
        return (time.perf_counter() - started) * 1000

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        inside = self.inside
        if (
            not self.seen
            and inside is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is inside or inside.isAncestorOf(watched))
        ):
            self.seen = True
        return False
