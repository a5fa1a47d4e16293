"""One page on screen: its picture to draw on and its words to type in.

The page is painted by the same code that renders thumbnails and exports
(`nook.render`), and the words are typed into transparent text boxes laid exactly
over the page's word areas, so what the child sees is what prints. The picture is kept
as a cached image layer; a stroke being drawn is painted onto that layer segment by
segment, so a page with thousands of strokes still draws each frame in a blit.
"""

from __future__ import annotations

import math
import time
from typing import Any, Protocol

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QWidget

from nook import render
from nook.core import picture as pic
from nook.core.library import Library
from nook.core.models import Piece
from nook.ui.editor.handles import ObjectHandles
from nook.ui.editor.model import PageState, fill_item
from nook.ui.editor.sounds import SoundBox
from nook.ui.editor.tools import SHAPE_TOOLS, ToolState
from nook.ui.editor.words_edit import WordsEdit

MIN_POINT_STEP = 2.0  # page units between recorded stroke points
FIRST_SLICE_S = 0.03  # a typical page is drawn whole at once; a busy one starts here
SLICE_S = 0.008  # then this much drawing per event-loop turn


class EditorContext(Protocol):
    """What a page view needs from the screen around it."""

    library: Library
    tools: ToolState
    kind: str
    look: str
    button_size: int
    pictures: render.Pictures
    page_style: render.PageStyle

    def style_for(self, state: PageState) -> render.TextStyle: ...
    def change_items(self, state: PageState, items: list[dict[str, Any]]) -> None: ...
    def change_text(self, state: PageState, field: str, text: str) -> None: ...
    def change_extras(self, state: PageState, extras: dict[str, Any]) -> None: ...
    def activated(self, view: PageView, edit: WordsEdit | None = None) -> None: ...
    def oops(self, reason: str) -> None: ...

    sounds: SoundBox

    def edit_created(self, edit: WordsEdit) -> None: ...
    def word_tapped(self, edit: WordsEdit, position: int) -> None: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def turn(self, step: int) -> None: ...
    def next_item(self, view: PageView) -> None: ...
    def layer_ready(self, view: PageView) -> None: ...
    def cached_layer(self, state: PageState, size: QSize) -> QImage | None: ...
    def piece_for_render(self) -> Piece: ...


class PageView(QWidget):
    """A page to draw and type on, fitted into the widget and kept in proportion."""

    def __init__(self, context: EditorContext, state: PageState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state = state
        self.layout_spec = render.layout_for(context.kind, state.as_page())
        self.setObjectName("pageView")
        self.setAccessibleName("Your page")
        # A child resting the pen while drawing should not hear "Your page" each time;
        # the text boxes and buttons on the page still talk (they are asked first).
        self.setProperty("talking", False)
        self.setMouseTracking(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.page_rect = QRectF()
        self.scale = 1.0
        self._layer: QImage | None = None
        self._pending: list[dict[str, Any]] = []  # items not yet drawn on the layer
        self._layer_timer = QTimer(self)
        self._layer_timer.setInterval(0)
        self._layer_timer.timeout.connect(self._continue_layer)
        self._background: QImage | None = None
        self._stroke: list[tuple[int, int]] = []
        self._before_stroke: QImage | None = None
        self._shape_from: QPointF | None = None
        self._shape_to: QPointF | None = None
        self.selected: int | None = None
        self._drag_from: QPointF | None = None
        self._drag_item: dict[str, Any] | None = None
        self.edits: dict[str, WordsEdit] = {}
        # The page's main words box is made first (it is the one a screen reader or a
        # test finds first); Tab still goes through the boxes in reading order.
        boxes = sorted(self.layout_spec.texts, key=lambda b: b.field != "words")
        for box in boxes:
            edit = WordsEdit(self, box)
            edit.setPlainText(state.text(box.field))
            edit.textChanged.connect(lambda e=edit: self._typed(e))
            self.edits[box.field] = edit
            context.edit_created(edit)
        reading = [self.edits[box.field] for box in self.layout_spec.texts]
        for first, second in zip(reading, reading[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.handles = ObjectHandles(self, context.button_size)
        self.setMinimumSize(200, 100)

    # -- geometry -------------------------------------------------------------------
    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        size = self.layout_spec.size
        return int(width * size.height() / size.width())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        size = self.layout_spec.size
        return QSize(800, int(800 * size.height() / size.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.page_rect, self.scale = render.page_rect_in(
            QRectF(self.rect()).adjusted(2, 2, -2, -2), self.layout_spec.size
        )
        self._layer = None
        self._pending = []
        self._background = None
        self.place_edits()

    def to_page(self, point: QPointF) -> QPointF:
        return QPointF((point.x() - self.page_rect.x()) / self.scale, (point.y() - self.page_rect.y()) / self.scale)

    def to_widget(self, rect: QRectF) -> QRectF:
        return QRectF(
            self.page_rect.x() + rect.x() * self.scale,
            self.page_rect.y() + rect.y() * self.scale,
            rect.width() * self.scale,
            rect.height() * self.scale,
        )

    # -- words ----------------------------------------------------------------------
    def place_edits(self) -> None:
        style = self.context.style_for(self.state)
        colour = render.words_colour(style, self.context.look if self.state.role == "sign" else "")
        for edit in self.edits.values():
            edit.setGeometry(self.to_widget(edit.box.rect).toRect())
            edit.setStyleSheet(f"QTextEdit {{ background: transparent; border: none; color: {colour}; }}")
            self.fit_edit(edit, style)

    def fit_edit(self, edit: WordsEdit, style: render.TextStyle | None = None) -> None:
        """Size the words the way the renderer will, and centre them where it does."""
        style = style or self.context.style_for(self.state)
        size = render.box_font_size(edit.box, edit.toPlainText(), style)
        pixels = max(1, round(size * self.scale))
        # Screen fonts round to whole pixels and may wrap a little differently from the
        # page units the renderer uses; step down until every line shows. Measured on a
        # document of our own: the edit's may not know its width yet.
        text = edit.toPlainText() or "Wg"
        width = max(1, edit.width())
        for _attempt in range(10):
            font = render.make_font(style.family, pixels, style.all_caps)
            text_height = render.text_document(text, font, width, edit.box.centre).size().height()
            if text_height <= edit.height() + 1 or pixels <= 6:
                break
            pixels = max(6, int(pixels * 0.94))
        if font != edit.font():
            edit.setFont(font)
            edit.document().setDefaultFont(font)
        if edit.box.centre:
            top = max(0, int((edit.height() - text_height) / 2))
            edit.setViewportMargins(0, top, 0, 0)

    def _typed(self, edit: WordsEdit) -> None:
        text = edit.toPlainText()
        if text == self.state.text(edit.box.field):
            return
        self.context.change_text(self.state, edit.box.field, text)
        self.fit_edit(edit)

    def show_text(self) -> None:
        """Show the state's words (after an undo), keeping the cursor near where it was."""
        for name, edit in self.edits.items():
            text = self.state.text(name)
            if edit.toPlainText() != text:
                position = edit.textCursor().position()
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
                cursor = edit.textCursor()
                cursor.setPosition(min(position, len(text)))
                edit.setTextCursor(cursor)
        self.place_edits()

    # -- picture layer --------------------------------------------------------------
    def layer(self, complete: bool = True) -> QImage:
        """The picture drawn at this view's size. A busy page is drawn a slice per
        event-loop turn (the child sees it appear, the window stays alive); anything
        that draws on it or copies it asks for it `complete`, which finishes it now."""
        if self._layer is None:
            ratio = self.devicePixelRatioF()
            area = self.layout_spec.picture
            size = QSize(
                max(1, math.ceil(area.width() * self.scale * ratio)),
                max(1, math.ceil(area.height() * self.scale * ratio)),
            )
            items = self.state.items
            if self._drag_item is not None and self.selected is not None:
                items = items[: self.selected] + items[self.selected + 1 :]
            else:
                cached = self.context.cached_layer(self.state, size)
                if cached is not None:
                    self._layer = cached.copy()
                    self._pending = []
                    return self._layer
            self._layer = render.render_layer([], self.context.pictures, area, self.scale * ratio, size)
            self._layer.setDevicePixelRatio(ratio)
            self._pending = list(items)
            self._draw_pending(FIRST_SLICE_S)
            if self._pending:
                self._layer_timer.start()
        if complete and self._pending:
            self._draw_pending(None)
        return self._layer

    def layer_complete(self) -> bool:
        return self._layer is not None and not self._pending

    def _draw_pending(self, budget_s: float | None) -> None:
        """Draw items still waiting, for at most `budget_s` (None: all of them), the same
        way `render.render_layer` draws a whole picture."""
        assert self._layer is not None
        painter = QPainter(self._layer)
        painter.scale(self.scale, self.scale)  # the image's pixel ratio adds the rest
        painter.translate(-self.layout_spec.picture.topLeft())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        drawn = 0
        for item in self._pending:
            render.paint_item(painter, item, self.context.pictures)
            drawn += 1
            if deadline is not None and time.perf_counter() > deadline:
                break
        painter.end()
        del self._pending[:drawn]
        if not self._pending:
            self._layer_timer.stop()

    def _continue_layer(self) -> None:
        if self._layer is None or not self._pending:
            self._layer_timer.stop()
            return
        self._draw_pending(SLICE_S)
        self.update()
        if not self._pending:
            self.context.layer_ready(self)

    def redraw(self) -> None:
        """The items changed in a way that needs the whole picture drawn again."""
        self._layer = None
        self._pending = []
        self._layer_timer.stop()
        self._background = None
        if self.selected is not None and self.selected >= len(self.state.items):
            self.select(None)
        self.update()
        self._place_handles()

    def _layer_painter(self) -> QPainter:
        painter = QPainter(self.layer())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(self.scale, self.scale)
        painter.translate(-self.layout_spec.picture.topLeft())
        painter.setClipRect(self.layout_spec.picture)
        return painter

    def _paint_on_layer(self, item: dict[str, Any]) -> None:
        painter = self._layer_painter()
        render.paint_item(painter, item, self.context.pictures)
        painter.end()

    def background(self) -> QImage:
        if self._background is None:
            ratio = self.devicePixelRatioF()
            image = QImage((QSize(self.width(), self.height()) * ratio), QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(self.page_rect.topLeft())
            painter.scale(self.scale, self.scale)
            page = self.state.as_page()
            piece = self.context.piece_for_render()
            style = self.context.page_style
            pictures = self.context.pictures
            render.paint_page_content(painter, page, piece, style, pictures, items=[], words=False, picture=False)
            painter.end()
            self._background = image
        return self._background

    # -- painting -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.drawImage(QPointF(0, 0), self.background())
        area = self.to_widget(self.layout_spec.picture)
        painter.drawImage(area.topLeft(), self.layer(complete=False))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Where the words go, so an empty page still shows a place to type.
        painter.setPen(QPen(QColor("#e3c98f"), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for edit in self.edits.values():
            if not edit.toPlainText():
                painter.drawRoundedRect(QRectF(edit.geometry()).adjusted(2, 2, -2, -2), 12, 12)
        painter.translate(self.page_rect.topLeft())
        painter.scale(self.scale, self.scale)
        painter.setClipRect(self.layout_spec.picture)
        if self._drag_item is not None:
            render.paint_item(painter, self._drag_item, self.context.pictures)
        if self._shape_from is not None and self._shape_to is not None:
            tools = self.context.tools
            preview = pic.shape(
                tools.tool,
                tools.colour,
                tools.width,
                self._shape_from.x(),
                self._shape_from.y(),
                self._shape_to.x(),
                self._shape_to.y(),
            )
            render.paint_item(painter, preview, self.context.pictures)
        if self.selected is not None and self.selected < len(self.state.items):
            item = self._drag_item or self.state.items[self.selected]
            w, h = pic.object_size(item)
            painter.translate(float(item.get("x", 0)), float(item.get("y", 0)))
            painter.rotate(float(item.get("angle", 0)))
            pen = QPen(QColor("#2f7de1"), 6 / max(self.scale, 0.01) * 0.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(-w / 2, -h / 2, w, h))
        painter.end()

    # -- touching the picture ------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.context.activated(self)
        point = self.to_page(event.position())
        tick = self.layout_spec.tick
        if tick is not None and tick.contains(point):
            extras = {**self.state.extras, "ticked": not bool(self.state.extras.get("ticked"))}
            self.context.change_extras(self.state, extras)
            self._background = None
            self.update()
            return
        if not self.layout_spec.picture.contains(point):
            return
        tool = self.context.tools.tool
        if tool in ("brush", "eraser"):
            self.select(None)
            # Kept so the finished stroke is drawn again whole, exactly as a fresh
            # render of the page would draw it (segments overlap at their joins).
            self._before_stroke = self.layer().copy()
            self._stroke = [(round(point.x()), round(point.y()))]
            self._draw_segment(point, point)
        elif tool in SHAPE_TOOLS:
            self.select(None)
            self._shape_from = self._shape_to = point
        elif tool == "fill":
            self.select(None)
            item = fill_item(
                self.context.library,
                self.context.pictures,
                self.state.items,
                self.layout_spec.picture,
                point,
                self.context.tools.colour,
            )
            if item is not None:
                self.context.change_items(self.state, [*self.state.items, item])
                self._paint_on_layer(item)
                self.update()
        elif tool == "sticker":
            hit = self.object_at(point)
            if hit is not None:
                self.select(hit)
                self._drag_from = point
            elif self.context.tools.sticker:
                size = min(self.layout_spec.picture.width(), self.layout_spec.picture.height()) * 0.35
                item = pic.sticker(self.context.tools.sticker, point.x(), point.y(), size)
                self.context.change_items(self.state, [*self.state.items, item])
                self._paint_on_layer(item)
                self.select(len(self.state.items) - 1)
                self.context.sounds.play("pop")
            else:
                self.select(None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        point = self.to_page(event.position())
        if self._stroke:
            last = self._stroke[-1]
            if math.hypot(point.x() - last[0], point.y() - last[1]) < MIN_POINT_STEP:
                return
            self._stroke.append((round(point.x()), round(point.y())))
            self._draw_segment(QPointF(*last), QPointF(*self._stroke[-1]))
        elif self._shape_from is not None:
            old = self._shape_box()
            self._shape_to = point
            self.update(old.united(self._shape_box()))
        elif self._drag_from is not None and self.selected is not None:
            delta = point - self._drag_from
            if self._drag_item is None:
                if delta.manhattanLength() < 6:
                    return
                self._drag_item = self.state.items[self.selected]
                self._layer = None  # drawn again without the sticker being carried
                self._pending = []
                self.handles.hide()
            self._drag_item = pic.moved(self.state.items[self.selected], delta.x(), delta.y())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        tools = self.context.tools
        if self._stroke:
            points, self._stroke = self._stroke, []
            item = pic.stroke(tools.tool, tools.colour, tools.width, points)
            self.context.change_items(self.state, [*self.state.items, item])
            if (
                self._before_stroke is not None
                and self._layer is not None
                and self._before_stroke.size() == self._layer.size()
            ):
                self._layer = self._before_stroke
                self._paint_on_layer(item)
                self.update()
            self._before_stroke = None
        elif self._shape_from is not None:
            start, end = self._shape_from, self._shape_to or self._shape_from
            self._shape_from = self._shape_to = None
            if (end - start).manhattanLength() >= 4:
                item = pic.shape(tools.tool, tools.colour, tools.width, start.x(), start.y(), end.x(), end.y())
                self.context.change_items(self.state, [*self.state.items, item])
                self._paint_on_layer(item)
            self.update()
        elif self._drag_from is not None:
            moved_item, self._drag_item, self._drag_from = self._drag_item, None, None
            if moved_item is not None and self.selected is not None:
                items = list(self.state.items)
                items[self.selected] = moved_item
                self.context.change_items(self.state, items)
                self.redraw()
            self._place_handles()

    def _shape_box(self) -> QRect:
        if self._shape_from is None or self._shape_to is None:
            return QRect()
        pad = self.context.tools.width + 4
        rect = QRectF(self._shape_from, self._shape_to).normalized().adjusted(-pad, -pad, pad, pad)
        return self.to_widget(rect).toAlignedRect()

    def _draw_segment(self, start: QPointF, end: QPointF) -> None:
        tools = self.context.tools
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
        self.update(self.to_widget(rect).toAlignedRect())

    # -- stickers and photos -----------------------------------------------------------
    def object_at(self, point: QPointF) -> int | None:
        for index in range(len(self.state.items) - 1, -1, -1):
            item = self.state.items[index]
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

    def select(self, index: int | None) -> None:
        self.selected = index
        self._place_handles()
        self.update()

    def _place_handles(self) -> None:
        if (
            self.selected is None
            or self.selected >= len(self.state.items)
            or not pic.is_object(self.state.items[self.selected])
        ):
            self.handles.hide()
            return
        item = self.state.items[self.selected]
        w, h = pic.object_size(item)
        box = self.to_widget(QRectF(float(item["x"]) - w / 2, float(item["y"]) - h / 2, w, h))
        self.handles.adjustSize()
        x = int(min(max(0, box.center().x() - self.handles.width() / 2), self.width() - self.handles.width()))
        y = int(box.top() - self.handles.height() - 6)
        if y < 0:
            y = int(min(box.bottom() + 6, self.height() - self.handles.height()))
        self.handles.move(x, y)
        self.handles.show()
        self.handles.raise_()

    def change_selected(self, change: Any) -> None:
        if self.selected is None:
            return
        items = list(self.state.items)
        items[self.selected] = change(items[self.selected])
        self.context.change_items(self.state, items)
        self.redraw()

    def remove_selected(self) -> None:
        if self.selected is None:
            return
        items = list(self.state.items)
        del items[self.selected]
        self.selected = None
        self.context.change_items(self.state, items)
        self.redraw()
