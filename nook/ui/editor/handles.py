"""The buttons beside a picked-up sticker or photo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QWidget

from nook.core import picture as pic
from nook.ui.kit.buttons import PictureButton

if TYPE_CHECKING:
    from nook.ui.editor.page_view import PageView


def turn_icon(size: int = 128) -> QIcon:
    """A round arrow: "turn it" (no bundled picture says that)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#2f7de1"), size * 0.11)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    box = QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.6)
    painter.drawArc(box, 90 * 16, -270 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2f7de1"))
    tip = QPointF(size * 0.5, size * 0.2)
    painter.drawPolygon(
        QPolygonF(
            [
                tip + QPointF(-size * 0.02, -size * 0.16),
                tip + QPointF(size * 0.18, 0),
                tip + QPointF(-size * 0.02, size * 0.16),
            ]
        )
    )
    painter.end()
    return QIcon(pixmap)


class ObjectHandles(QWidget):
    """Buttons beside a picked-up sticker or photo: bigger, smaller, turn, take away."""

    def __init__(self, view: PageView, size: int) -> None:
        super().__init__(view)
        self.setObjectName("objectHandles")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.bigger = PictureButton("plus", "Make it bigger", "objectBigger", size)
        self.smaller = PictureButton("minus", "Make it smaller", "objectSmaller", size)
        self.turn = PictureButton(turn_icon(), "Turn it", "objectTurn", size)
        self.remove = PictureButton("trash", "Take it away", "objectRemove", size)
        for button in (self.bigger, self.smaller, self.turn, self.remove):
            layout.addWidget(button)
        self.bigger.clicked.connect(lambda: view.change_selected(lambda item: pic.resized(item, 1.25)))
        self.smaller.clicked.connect(lambda: view.change_selected(lambda item: pic.resized(item, 0.8)))
        self.turn.clicked.connect(lambda: view.change_selected(lambda item: pic.turned(item, 30)))
        self.remove.clicked.connect(view.remove_selected)
        self.adjustSize()
        self.hide()
