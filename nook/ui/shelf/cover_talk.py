"""Talking covers: resting the pointer on a cover says its name, like a talking button.

The application-wide talking buttons speak a widget's accessibleName, and the shelf is
one widget with many covers in it; so the shelf's views opt out of that (property
``talking`` False) and this filter says the cover under the pointer instead.
Nothing runs until the pointer moves over a cover.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QListView

from nook.speech import Voice
from nook.ui.kit.talking import REST_MS
from nook.ui.shelf.model import ROW_ROLE, spoken_name


class CoverTalk(QObject):
    """Says the cover the pointer rests on, once per cover, when talking buttons are on."""

    def __init__(self, view: QListView, voice: Voice, enabled: Callable[[], bool], rest_ms: int = REST_MS) -> None:
        super().__init__(view)
        self.view = view
        self._voice = voice
        self._enabled = enabled
        self._pointer: QPoint | None = None
        self._said: str | None = None
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(rest_ms)
        self._rest.timeout.connect(self._on_rest)
        view.setProperty("talking", False)
        view.setMouseTracking(True)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        kind = event.type()
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            self._pointer = event.position().toPoint()
            self._rest.start()
        elif kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            # A tap chooses, and the shelf says the cover tapped: the rest pending since
            # the pointer arrived would say it again over itself.
            self._rest.stop()
            row = self.view.indexAt(event.position().toPoint()).data(ROW_ROLE)
            self._said = row.id if row is not None else None
        elif kind == QEvent.Type.Leave:
            self._rest.stop()
            self._said = None
        return False

    @property
    def resting(self) -> bool:
        """The pointer moved and the rest that would say a cover has not ended yet."""
        return self._rest.isActive()

    def _on_rest(self) -> None:
        if self._pointer is None or not self._enabled():
            return
        row = self.view.indexAt(self._pointer).data(ROW_ROLE)
        if row is None or row.id == self._said:
            return
        self._said = row.id
        self._voice.say(spoken_name(row))
