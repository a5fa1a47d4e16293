"""The paper under a page: a sign's looks, the letter's paper, the envelope, the tick
box of a list item."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from nook.render.fonts import TextStyle
from nook.render.layout import PageLayout


@dataclass(frozen=True)
class Look:
    """A sign's look: its paper, the words' colour, and its border."""

    background: str
    text: str | None  # None: the writer's own colour
    border: str


LOOKS: dict[str, Look] = {
    "": Look("#ffffff", None, ""),
    "warning": Look("#ffd60a", "#1b1b1b", "stripes"),
    "stop": Look("#d62828", "#ffffff", "white"),
    "welcome": Look("#e3f6ec", None, "green"),
    "celebration": Look("#fff0f7", None, "confetti"),
}
LOOK_NAMES = ("warning", "stop", "welcome", "celebration")


def words_colour(style: TextStyle, look_name: str) -> str:
    """The words' colour on a page with this look: the look's own, or the writer's."""
    look = LOOKS.get(look_name, LOOKS[""])
    return look.text or style.colour


def fill(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """`painter.fillRect(rect, colour)`, done as eraseRect does it (a fill with the
    background's brush): PySide chooses among fillRect's overloads by looking at
    QGradient's, and builds its enums (~170 members, ~12 M instructions) the first time,
    before the first cover of a start is drawn."""
    painter.save()
    painter.setBackground(colour)
    painter.eraseRect(rect)
    painter.restore()


def _stripes(painter: QPainter, outer: QRectF, inner: QRectF) -> None:
    painter.save()
    path = QPainterPath()
    path.addRect(outer)
    hole = QPainterPath()
    hole.addRoundedRect(inner, 30, 30)
    painter.setClipPath(path.subtracted(hole))
    fill(painter, outer, QColor("#1b1b1b"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffd60a"))
    step = 120.0
    x = -outer.height()
    while x < outer.width():
        stripe = QPolygonF(
            [
                QPointF(x, 0),
                QPointF(x + step / 2, 0),
                QPointF(x + step / 2 + outer.height(), outer.height()),
                QPointF(x + outer.height(), outer.height()),
            ]
        )
        painter.drawPolygon(stripe)
        x += step
    painter.restore()


def paint_background(painter: QPainter, layout: PageLayout, look_name: str) -> None:
    """Paper, the sign's look, the letter's and the envelope's decorations."""
    outer = QRectF(QPointF(0, 0), layout.size)
    look = LOOKS.get(look_name, LOOKS[""])
    background = look.background
    if "letter" in layout.decorations:
        background = "#fffdf6"
    elif "envelope" in layout.decorations:
        background = "#f6e7c8"
    fill(painter, outer, QColor(background))
    inner = outer.adjusted(50, 50, -50, -50)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if look.border == "stripes":
        _stripes(painter, outer, inner.adjusted(10, 10, -10, -10))
    elif look.border == "white":
        pen = QPen(QColor("#ffffff"), 24)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(outer.adjusted(30, 30, -30, -30), 60, 60)
    elif look.border == "green":
        painter.setPen(QPen(QColor("#2a9d8f"), 28))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(outer.adjusted(24, 24, -24, -24), 50, 50)
    elif look.border == "confetti":
        colours = ["#ff595e", "#ffca3a", "#8ac926", "#1982c4", "#6a4c93"]
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(90):  # deterministic, so every drawing of the page is the same
            x = (i * 379) % int(outer.width())
            y = (i * 211) % int(outer.height())
            if inner.adjusted(20, 20, -20, -20).contains(QPointF(x, y)):
                continue
            painter.setBrush(QColor(colours[i % len(colours)]))
            painter.drawEllipse(QPointF(x, y), 14 + (i % 3) * 6, 14 + (i % 3) * 6)
    if "envelope" in layout.decorations:
        painter.setPen(QPen(QColor("#c9a66b"), 6))
        painter.drawLine(QPointF(0, 0), QPointF(outer.width() / 2, outer.height() * 0.42))
        painter.drawLine(QPointF(outer.width(), 0), QPointF(outer.width() / 2, outer.height() * 0.42))
        painter.setPen(QPen(QColor("#9b7b47"), 6, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#fffaf0"))
        painter.drawRect(layout.picture.adjusted(-10, -10, 10, 10))
    painter.restore()


def paint_tick(painter: QPainter, rect: QRectF, ticked: bool) -> None:
    """A list item's tick box, ticked or empty."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#7a5a1e"), 12))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(rect, 36, 36)
    if ticked:
        pen = QPen(QColor("#2e9e44"), 30)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(x + w * 0.2, y + h * 0.55),
                    QPointF(x + w * 0.42, y + h * 0.78),
                    QPointF(x + w * 0.82, y + h * 0.22),
                ]
            )
        )
    painter.restore()
