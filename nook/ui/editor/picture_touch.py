"""Drawing on a page's picture by touch: a stroke painted as it is drawn, a shape
stretched from where the finger went down, a fill, a sticker put down or carried.

The page view hands a press, move and release on its picture here; what is in progress
(the shape being stretched, the sticker being carried) is kept here and the view paints it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QImage, QPainter

from nook import render
from nook.core import picture as pic
from nook.ui.editor.model import Item
from nook.ui.editor.tools import SHAPE_TOOLS

if TYPE_CHECKING:
    from nook.ui.editor.page_view import PageView

MIN_POINT_STEP = 2.0  # page units between recorded stroke points
NEAR_PICTURE_PX = 24  # a press this close to the picture (screen pixels) still starts a stroke or shape


class PictureTouch:
    """One page view's touches on its picture, from press to release."""

    def __init__(self, view: PageView) -> None:
        self.view = view
        self.stroke: list[tuple[int, int]] = []
        self.before_stroke: QImage | None = None
        self.shape_from: QPointF | None = None
        self.shape_to: QPointF | None = None
        self.drag_from: QPointF | None = None
        self.drag_item: Item | None = None  # the sticker or photo being carried

    def press(self, point: QPointF) -> None:
        """A press at `point` (page units) on or near the picture, with the tool chosen."""
        view = self.view
        tool = view.tools.tool
        area = view.layout_spec.picture
        if not area.contains(point):
            # A small hand lands a little off the picture: a stroke or shape that starts
            # within reach of it starts on its edge, not nowhere with nothing to say why.
            reach = NEAR_PICTURE_PX / max(view.scale, 0.01)
            if tool not in ("brush", "eraser", *SHAPE_TOOLS) or not area.adjusted(
                -reach, -reach, reach, reach
            ).contains(point):
                return
            point = QPointF(
                min(max(point.x(), area.left()), area.right()), min(max(point.y(), area.top()), area.bottom())
            )
        if tool in ("brush", "eraser"):
            view.select(None)
            # Kept so the finished stroke is drawn again whole, exactly as a fresh
            # render of the page would draw it (segments overlap at their joins).
            self.before_stroke = view.layer().copy()
            self.stroke = [(round(point.x()), round(point.y()))]
            self._draw_segment(point, point)
        elif tool in SHAPE_TOOLS:
            view.select(None)
            self.shape_from = self.shape_to = point
        elif tool == "fill":
            view.select(None)
            colour = view.tools.colour
            view.piece.fill_bucket.pour(
                view.state, area, point, colour, lambda png, box: self._fill_landed(colour, png, box)
            )
        elif tool == "sticker":
            hit = view.object_at(point)
            if hit is not None:
                view.select(hit)
                self.drag_from = point
            elif view.tools.sticker:
                size = min(view.layout_spec.picture.width(), view.layout_spec.picture.height()) * 0.35
                item = pic.sticker(view.tools.sticker, point.x(), point.y(), size)
                view.piece.change_items(view.state, [*view.state.items, item])
                self._paint_on_layer(item)
                view.select(len(view.state.items) - 1)
                view.sounds.play("pop")
            else:
                letting_go = view.selected is not None  # of a sticker or photo: all it meant
                view.select(None)
                if not letting_go:
                    # A tap with nothing to put down did nothing a child could see or hear.
                    view.oops.emit("no_sticker")

    def move(self, point: QPointF) -> None:
        view = self.view
        if self.stroke:
            last = self.stroke[-1]
            if math.hypot(point.x() - last[0], point.y() - last[1]) < MIN_POINT_STEP:
                return
            self.stroke.append((round(point.x()), round(point.y())))
            self._draw_segment(QPointF(*last), QPointF(*self.stroke[-1]))
        elif self.shape_from is not None:
            old = self._shape_box()
            self.shape_to = point
            view.update(old.united(self._shape_box()))
        elif self.drag_from is not None and view.selected is not None:
            delta = point - self.drag_from
            if self.drag_item is None:
                if delta.manhattanLength() < 6:
                    return
                self.drag_item = view.state.items[view.selected]
                view.picture.forget()  # drawn again without the sticker being carried
                view.handles.hide()
            # Let go off the page (over the colours, past the window), a sticker stays
            # on its picture's edge, where it is seen and can be carried back.
            area = view.layout_spec.picture
            within = (area.left(), area.top(), area.right(), area.bottom())
            self.drag_item = pic.moved(view.state.items[view.selected], delta.x(), delta.y(), within)
            view.update()

    def release(self) -> None:
        view = self.view
        tools = view.tools
        if self.stroke:
            points, self.stroke = self.stroke, []
            item = pic.stroke(tools.tool, tools.colour, tools.width, points)
            view.piece.change_items(view.state, [*view.state.items, item])
            if (
                self.before_stroke is not None
                and view.picture.image is not None
                and self.before_stroke.size() == view.picture.image.size()
            ):
                view.picture.replace(self.before_stroke)
                self._paint_on_layer(item)
                view.update()
            self.before_stroke = None
        elif self.shape_from is not None:
            start, end = self.shape_from, self.shape_to or self.shape_from
            self.shape_from = self.shape_to = None
            if (end - start).manhattanLength() >= 4:
                item = pic.shape(tools.tool, tools.colour, tools.width, start.x(), start.y(), end.x(), end.y())
                view.piece.change_items(view.state, [*view.state.items, item])
                self._paint_on_layer(item)
            view.update()
        elif self.drag_from is not None:
            moved_item, self.drag_item, self.drag_from = self.drag_item, None, None
            if moved_item is not None and view.selected is not None:
                items = list(view.state.items)
                items[view.selected] = moved_item
                view.piece.change_items(view.state, items)
                view.redraw()
            view.place_handles()

    def _fill_landed(self, colour: str, png: bytes, box: tuple[int, int, int, int]) -> None:
        """A pour's region found (at once, or when the busy page's layer was drawn): its
        mask is stored and the fill goes on the page, on top of what is there now."""
        view = self.view
        x, y, w, h = box
        piece = view.piece
        digest = piece.operations.run(piece, piece.library.put_media, png, "image/png", w, h)
        if digest is None:
            return  # not stored: the window has said oops
        item = pic.fill(colour, digest, x, y, w, h)
        piece.change_items(view.state, [*view.state.items, item])
        self._paint_on_layer(item)
        view.update()

    def _shape_box(self) -> QRect:
        view = self.view
        if self.shape_from is None or self.shape_to is None:
            return QRect()
        pad = view.tools.width + 4
        rect = QRectF(self.shape_from, self.shape_to).normalized().adjusted(-pad, -pad, pad, pad)
        return view.to_widget(rect).toAlignedRect()

    def _draw_segment(self, start: QPointF, end: QPointF) -> None:
        view = self.view
        tools = view.tools
        painter = self._layer_painter()
        eraser = tools.tool == "eraser"
        if eraser:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.setPen(render.stroke_pen(tools.colour, tools.width, eraser))
        if start == end:
            painter.drawPoint(start)
        else:
            painter.drawLine(start, end)
        painter.end()
        pad = tools.width / 2 + 2
        rect = QRectF(start, end).normalized().adjusted(-pad, -pad, pad, pad)
        view.update(view.to_widget(rect).toAlignedRect())

    def _layer_painter(self) -> QPainter:
        view = self.view
        view.layer()  # drawn first, if it is not yet
        return view.picture.painter()

    def _paint_on_layer(self, item: Item) -> None:
        view = self.view
        view.layer()
        view.picture.paint(item)
