"""The way into the grown-up corner from the window: the gate, then the corner.

The window keeps one `GrownUpDoor`; it builds the corner only when a grown-up passes
the gate, shows it in the window's stack, and removes it again on leaving (so nothing
of it lingers where a child could reach it). Other parts of the app add sections with
`add_section(name, factory, icon_name)`; `factory()` builds the widget each visit, when
the section is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from nook.core.library import Library
from nook.speech import Voice
from nook.ui.grownup.visit import GrownUpVisit
from nook.ui.operations import Operations

if TYPE_CHECKING:
    from nook.ui.grownup.corner import GrownUpCorner


class GrownUpDoor(QObject):
    """Opens the corner in `stack` after the gate; `left` when the grown-up leaves."""

    opened = Signal()
    left = Signal()
    # Past the gate, just before the corner is built: the window puts in the corner's
    # language first, so the corner is made in it.
    opening = Signal()

    def __init__(
        self,
        library: Library,
        ops: Operations,
        stack: QStackedWidget,
        voice: Voice,
        parent: QObject | None = None,
        visit: GrownUpVisit | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.ops = ops
        self.stack = stack
        self.voice = voice
        self.corner: GrownUpCorner | None = None
        self._came_from: QWidget | None = None
        self._sections: list[tuple[str, Callable[[], QWidget], str]] = []
        # The whole window shares one visit: past the gate here, past it everywhere.
        self.visit = visit or GrownUpVisit(parent=self)

    @property
    def gate(self) -> Callable[[QWidget | None], bool]:
        return self.visit.gate

    @gate.setter
    def gate(self, gate: Callable[[QWidget | None], bool]) -> None:
        self.visit.gate = gate

    def add_section(self, name: str, factory: Callable[[], QWidget], icon_name: str = "settings") -> None:
        self._sections.append((name, factory, icon_name))

    def open(self) -> bool:
        """Ask the gate; on a right answer show the corner. Returns whether it opened."""
        if self.corner is not None:
            return True
        if not self.visit.ask(self.stack.window()):
            return False
        self.open_without_gate()
        return True

    def open_without_gate(self) -> GrownUpCorner:
        """For callers that already asked the gate (and for tests of the corner)."""
        self.visit.begin()
        if self.corner is None:
            self.opening.emit()
            from nook.ui.grownup.corner import GrownUpCorner  # built only past the gate

            self.corner = GrownUpCorner(self.library, self.ops, self.voice, self._sections)
            self.corner.closed.connect(self.close)
            self._came_from = self.stack.currentWidget()
            self.stack.addWidget(self.corner)
        self.stack.setCurrentWidget(self.corner)
        self.opened.emit()
        return self.corner

    def close(self) -> None:
        """The grown-up leaves the corner: the visit is over too."""
        self.visit.end()
        corner, self.corner = self.corner, None
        if corner is None:
            return
        corner.finish_typing()  # the visit ended while a name was being typed: it is kept
        if self._came_from is not None and self.stack.indexOf(self._came_from) >= 0:
            self.stack.setCurrentWidget(self._came_from)
        self.stack.removeWidget(corner)
        corner.deleteLater()
        self.left.emit()

    @property
    def is_open(self) -> bool:
        return self.corner is not None
