"""Drawing a page's picture: strokes, shapes, fills, stickers and photos, in page units.

Everything is drawn as vectors where it can be (a PDF keeps strokes and shapes sharp);
only a picture that uses the eraser is flattened to an image, at the resolution of the
device it is drawn on.
"""

from __future__ import annotations

import math
import time
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

from nook.core import picture as pic
from nook.render.layout import PageLayout
from nook.render.pictures import Pictures


def stroke_pen(colour: str, width: float, eraser: bool = False) -> QPen:
    """The round pen a stroke is drawn with."""
    pen = QPen(QColor("#000000" if eraser else colour))
    pen.setWidthF(max(1.0, float(width)))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def star_polygon(rect: QRectF) -> QPolygonF:
    """A five-pointed star filling `rect`."""
    centre = rect.center()
    rx, ry = rect.width() / 2, rect.height() / 2
    points = []
    for i in range(10):
        angle = -math.pi / 2 + i * math.pi / 5
        k = 1.0 if i % 2 == 0 else 0.45
        points.append(QPointF(centre.x() + rx * k * math.cos(angle), centre.y() + ry * k * math.sin(angle)))
    return QPolygonF(points)


def heart_path(rect: QRectF) -> QPainterPath:
    """A heart filling `rect`."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    path = QPainterPath(QPointF(x + w / 2, y + h))
    path.cubicTo(x + w * 0.05, y + h * 0.62, x - w * 0.02, y + h * 0.12, x + w * 0.27, y + h * 0.06)
    path.cubicTo(x + w * 0.40, y + h * 0.03, x + w * 0.48, y + h * 0.14, x + w / 2, y + h * 0.24)
    path.cubicTo(x + w * 0.52, y + h * 0.14, x + w * 0.60, y + h * 0.03, x + w * 0.73, y + h * 0.06)
    path.cubicTo(x + w * 1.02, y + h * 0.12, x + w * 0.95, y + h * 0.62, x + w / 2, y + h)
    path.closeSubpath()
    return path


def paint_shape(painter: QPainter, item: dict[str, Any]) -> None:
    """A line, rectangle, circle, star or heart."""
    colour = QColor(str(item.get("color", "#000000")))
    pen = stroke_pen(colour.name(), float(item.get("width", 8)))
    painter.setPen(pen)
    p1 = QPointF(float(item.get("x1", 0)), float(item.get("y1", 0)))
    p2 = QPointF(float(item.get("x2", 0)), float(item.get("y2", 0)))
    rect = QRectF(p1, p2).normalized()
    kind = item.get("shape")
    if kind == "line":
        painter.drawLine(p1, p2)
    elif kind == "rectangle":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
    elif kind == "circle":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
    elif kind == "star":
        painter.setBrush(colour)  # (not QBrush(colour): see looks.fill)
        painter.drawPolygon(star_polygon(rect))
    elif kind == "heart":
        painter.setBrush(colour)  # (not QBrush(colour): see looks.fill)
        painter.drawPath(heart_path(rect))


def _paint_stroke(painter: QPainter, item: dict[str, Any], pictures: Pictures) -> None:
    eraser = item.get("tool") == "eraser"
    polygon = pictures.polygon(str(item.get("points", "")))
    if polygon.isEmpty():
        return
    painter.save()
    if eraser:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    painter.setPen(stroke_pen(str(item.get("color", "#000000")), float(item.get("width", 8)), eraser))
    if polygon.size() == 1:
        painter.drawPoint(polygon.at(0))
    else:
        painter.drawPolyline(polygon)
    painter.restore()


def _paint_object(painter: QPainter, item: dict[str, Any], pictures: Pictures) -> None:
    w, h = pic.object_size(item)
    painter.save()
    painter.translate(float(item.get("x", 0)), float(item.get("y", 0)))
    painter.rotate(float(item.get("angle", 0)))
    target = QRectF(-w / 2, -h / 2, w, h)
    if item.get("type") == "sticker":
        renderer = pictures.sticker(str(item.get("sticker", "")))
        if renderer is not None:
            renderer.render(painter, target)
    else:
        drawn = None
        if pictures.as_drawn:  # the pixels it covers on the device, however turned
            t = painter.deviceTransform()
            drawn = QSizeF(w * math.hypot(t.m11(), t.m12()), h * math.hypot(t.m21(), t.m22()))
        image = pictures.photo(str(item.get("media", "")), drawn)
        if image is not None:
            painter.drawImage(target, image)
    painter.restore()


def paint_item(painter: QPainter, item: dict[str, Any], pictures: Pictures) -> None:
    """Draw one picture item in page units. An eraser clears: draw it on an image layer."""
    kind = item.get("type")
    if kind == "stroke":
        _paint_stroke(painter, item, pictures)
    elif kind == "shape":
        painter.save()
        paint_shape(painter, item)
        painter.restore()
    elif kind == "fill":
        image = pictures.fill(str(item.get("media", "")), str(item.get("color", "#000000")))
        if image is not None:
            target = QRectF(
                float(item.get("x", 0)),
                float(item.get("y", 0)),
                float(item.get("w", image.width())),
                float(item.get("h", image.height())),
            )
            painter.drawImage(target, image)
    elif kind in ("sticker", "photo"):
        _paint_object(painter, item, pictures)


def paint_items(painter: QPainter, items: list[dict[str, Any]], pictures: Pictures) -> None:
    """Draw picture items in order, smoothly."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for item in items:
        paint_item(painter, item, pictures)


def render_layer(
    items: list[dict[str, Any]], pictures: Pictures, page_rect: QRectF, scale: float, size: QSize | None = None
) -> QImage:
    """The picture on a transparent image: `page_rect` (page units) drawn at `scale`."""
    if size is None:
        size = QSize(max(1, math.ceil(page_rect.width() * scale)), max(1, math.ceil(page_rect.height() * scale)))
    layer = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    layer.fill(Qt.GlobalColor.transparent)
    painter = QPainter(layer)
    painter.scale(scale, scale)
    painter.translate(-page_rect.topLeft())
    paint_items(painter, items, pictures)
    painter.end()
    return layer


def paint_picture(painter: QPainter, layout: PageLayout, items: list[dict[str, Any]], pictures: Pictures) -> None:
    """Draw the picture into its area (painter in page units)."""
    if not items:
        return
    area = layout.picture
    painter.save()
    painter.setClipRect(area, Qt.ClipOperation.IntersectClip)
    if any(item.get("type") == "stroke" and item.get("tool") == "eraser" for item in items):
        # The eraser clears pixels, which only an image can do: flatten at the
        # device's own resolution so it is as sharp as the vector version would be.
        device_scale = math.sqrt(abs(painter.transform().determinant())) or 1.0
        device_scale = min(device_scale, 4000 / max(area.width(), area.height()))
        layer = render_layer(items, pictures, area, device_scale)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(area, layer)
    else:
        paint_items(painter, items, pictures)
    painter.restore()


class PictureInSlices:
    """A busy picture drawn onto a transparent layer a slice of time at a time, so
    thousands of strokes never hold the UI thread at once; `layer` is complete when
    `draw` says so, and is then painted as the page's picture (`picture=layer`)."""

    def __init__(self, items: list[dict[str, Any]], pictures: Pictures, area: QRectF, scale: float) -> None:
        self.layer = render_layer([], pictures, area, scale)
        self._items = items
        self._pictures = pictures
        self._area = area
        self._scale = scale
        self._done = 0

    @property
    def complete(self) -> bool:
        return self._done >= len(self._items)

    def draw(self, budget_s: float) -> bool:
        """Draw items for about `budget_s` (at least one); True once all are drawn."""
        if self.complete:
            return True
        painter = QPainter(self.layer)
        painter.scale(self._scale, self._scale)
        painter.translate(-self._area.topLeft())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        deadline = time.perf_counter() + budget_s
        while self._done < len(self._items):
            paint_item(painter, self._items[self._done], self._pictures)
            self._done += 1
            if time.perf_counter() > deadline:
                break
        painter.end()
        return self.complete
