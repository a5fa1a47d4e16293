"""The bridge from the library's change announcements to a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from nook.core.library import Library


class LibraryEvents(QObject):
    """Re-emits every library `Change` as `changed(Change)` on the UI thread."""

    changed = Signal(object)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = library.subscribe(self.changed.emit)

    def detach(self) -> None:
        self._unsubscribe()
