"""A layout that places widgets left to right and wraps onto new rows when out of room.

Used where a row of big buttons must still fit a small screen at the largest button
size (the grown-up's 48-192 px setting), instead of forcing the window wider.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Rows of items, wrapped to the width; the height follows (heightForWidth)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        self.stretch_last = False  # let the last item (a search box) take the rest of its row

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt naming
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt naming
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt naming
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt naming
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt naming
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt naming
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        width = sum(i.sizeHint().width() for i in self._items) + self.spacing() * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt naming
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        gap = self.spacing()
        rows: list[list[tuple[QLayoutItem, QPoint, QSize]]] = [[]]
        for item in self._items:
            widget = item.widget()
            parent = widget.parentWidget() if widget is not None else None
            if widget is not None and not (widget.isVisibleTo(parent) if parent is not None else widget.isVisible()):
                continue
            hint = item.sizeHint()
            if self.stretch_last and item is self._items[-1]:
                # It takes the rest of its row: it needs only its least width to stay on it.
                hint = QSize(max(item.minimumSize().width(), 1), hint.height())
            if x + hint.width() > rect.right() + 1 and rows[-1]:
                x, y = rect.x(), y + row_height + gap
                row_height = 0
                rows.append([])
            rows[-1].append((item, QPoint(x, y), hint))
            x += hint.width() + gap
            row_height = max(row_height, hint.height())
        if move:
            for row in rows:
                for number, (item, point, hint) in enumerate(row):
                    size = hint
                    if self.stretch_last and item is self._items[-1] and number == len(row) - 1:
                        size = QSize(max(hint.width(), rect.right() + 1 - point.x()), hint.height())
                    item.setGeometry(QRect(point, size))
        return y + row_height - rect.y()
