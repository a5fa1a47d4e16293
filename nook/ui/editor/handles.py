"""Stickers and photos on a page: finding the one under a finger, and the buttons
beside the one picked up."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF, QTransform
from PySide6.QtWidgets import QHBoxLayout, QWidget

from nook.core import picture as pic
from nook.i18n import translate
from nook.ui.editor.model import Item
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton

if TYPE_CHECKING:
    from nook.ui.editor.page_view import PageView


def object_at(items: list[Item], point: QPointF) -> int | None:
    """The topmost sticker or photo under `point` (page units), turned as it is drawn."""
    for index in range(len(items) - 1, -1, -1):
        item = items[index]
        if not pic.is_object(item):
            continue
        w, h = pic.object_size(item)
        local = (
            QTransform()
            .rotate(-float(item.get("angle", 0)))
            .map(point - QPointF(float(item.get("x", 0)), float(item.get("y", 0))))
        )
        if abs(local.x()) <= w / 2 and abs(local.y()) <= h / 2:
            return index
    return None


def object_box(item: Item) -> QRectF:
    """The upright box of a sticker or photo, in page units."""
    w, h = pic.object_size(item)
    return QRectF(float(item["x"]) - w / 2, float(item["y"]) - h / 2, w, h)


@cache
def turn_icon(size: int = 128) -> QIcon:
    """A round arrow: "turn it" (no bundled picture says that). Painted once and shared:
    every page view has one (a list's every row), and painting it was most of a row."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(theme.HANDLES), size * 0.11)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    box = QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.6)
    painter.drawArc(box, 90 * 16, -270 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.HANDLES))
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
        self.bigger = PictureButton("plus", "", "objectBigger", size)
        self.smaller = PictureButton("minus", "", "objectSmaller", size)
        self.turn = PictureButton(turn_icon(), "", "objectTurn", size)
        self.remove = PictureButton("trash", "", "objectRemove", size)
        for button in (self.bigger, self.smaller, self.turn, self.remove):
            layout.addWidget(button)
        self.bigger.clicked.connect(lambda: view.change_selected(lambda item: pic.resized(item, 1.25)))
        self.smaller.clicked.connect(lambda: view.change_selected(lambda item: pic.resized(item, 0.8)))
        self.turn.clicked.connect(lambda: view.change_selected(lambda item: pic.turned(item, 30)))
        self.remove.clicked.connect(view.remove_selected)
        self.retranslate()
        self.adjustSize()
        self.hide()

    def retranslate(self) -> None:
        """Say every phrase again in the language now installed."""
        self.bigger.set_phrase(translate("Editor", "Make it bigger"))
        self.smaller.set_phrase(translate("Editor", "Make it smaller"))
        self.turn.set_phrase(translate("Editor", "Turn it"))
        self.remove.set_phrase(translate("Editor", "Take it away"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def place_by(self, box: QRectF, room_width: int, room_height: int, words: Sequence[QRect] = ()) -> None:
        """Stand beside `box` (widget pixels): above it, else under it, else to its right
        or left, the first of them in the room that hides none of the `words` boxes (a
        sticker put just under the title had them over the title's words while chosen).
        Where each hides some, the place that hides the least of them."""
        self.adjustSize()
        w, h = self.width(), self.height()

        def within(x: float, y: float) -> QRect:
            x = min(max(0.0, x), room_width - w)
            y = min(max(0.0, y), room_height - h)
            return QRect(int(x), int(y), w, h)

        centre_x, centre_y = box.center().x() - w / 2, box.center().y() - h / 2
        places = [
            within(centre_x, box.top() - h - 6),  # above
            within(centre_x, box.bottom() + 6),  # under
            within(box.right() + 6, centre_y),  # right
            within(box.left() - w - 6, centre_y),  # left
        ]
        sticker = box.toAlignedRect()

        def hidden(place: QRect) -> tuple[int, int]:
            # (the words hidden, the sticker hidden): fewest first, in the order above
            covered = sum(_area(place.intersected(words_box)) for words_box in words)
            return covered, _area(place.intersected(sticker))

        best = min(places, key=hidden)
        self.move(best.topLeft())
        self.show()
        self.raise_()


def _area(rect: QRect) -> int:
    return max(0, rect.width()) * max(0, rect.height()) if rect.isValid() else 0
