"""One page on screen: its picture to draw on and its words to type in.

The page is painted by the same code that renders thumbnails and exports
(`nook.ui.render`), and the words are typed into transparent text boxes laid exactly
over the page's word areas, so what the child sees is what prints. The picture is kept
as a cached image layer (`PictureLayer`); a stroke being drawn is painted onto that
layer segment by segment, so a page with thousands of strokes still draws each frame
in a blit. Touches on the picture (strokes, shapes, fill, stickers carried) are
`PictureTouch`'s job. Changes go to the piece (`PieceModel`); everything else the screen
should know is a signal.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from nook import render
from nook.core import picture as pic
from nook.i18n import translate
from nook.ui.editor.handles import ObjectHandles, object_at, object_box
from nook.ui.editor.layers import LayerCache
from nook.ui.editor.model import Item, PageState
from nook.ui.editor.page_words import PageWords
from nook.ui.editor.picture_layer import PictureLayer
from nook.ui.editor.picture_touch import PictureTouch
from nook.ui.editor.piece import PieceModel
from nook.ui.editor.sounds import SoundBox
from nook.ui.editor.tools import ToolState
from nook.ui.editor.words_edit import WordsEdit
from nook.ui.kit import theme
from nook.ui.kit.second_tap import SameTap


class PageView(QWidget):
    """A page to draw and type on, fitted into the widget and kept in proportion."""

    activated = Signal(object)  # touched: the words box (a WordsEdit), or None for the picture
    oops = Signal(str)  # something the child tried cannot be done (the reason)
    word_tapped = Signal(object, int)  # (WordsEdit, position): say the word there
    undo_wanted = Signal()
    redo_wanted = Signal()
    turn_wanted = Signal(int)  # Page Up / Page Down in a words box
    next_item_wanted = Signal()  # Enter on a list item
    typed_in = Signal()  # a key acts in one of its words boxes: where it types is shown
    layer_ready = Signal()  # a busy picture finished drawing itself

    def __init__(
        self,
        state: PageState,
        piece: PieceModel,
        tools: ToolState,
        sounds: SoundBox,
        layers: LayerCache,
        button_size: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.piece = piece
        self.tools = tools
        self.sounds = sounds
        self.layers = layers
        self.state = state
        self.layout_spec = render.layout_for(piece.kind, state.as_page())
        self.setObjectName("pageView")
        self.setAccessibleName(translate("Editor", "Your page"))
        # A child resting the pen while drawing should not hear "Your page" each time;
        # the text boxes and buttons on the page still talk (they are asked first).
        self.setProperty("talking", False)
        self.setMouseTracking(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        # Drawing leaves the keyboard in the words: a child draws, then types on.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_rect = QRectF()
        self.scale = 1.0
        self.picture = PictureLayer(piece.pictures, self.layout_spec.picture, self)
        self.picture.drew_more.connect(self.update)
        self.picture.finished.connect(self.layer_ready.emit)
        self._background: QImage | None = None
        self.selected: int | None = None
        self.touch = PictureTouch(self)
        self.words = PageWords(self)
        self.edits: dict[str, WordsEdit] = self.words.edits
        # An empty box's outline is drawn here, under the box; the box repaints only its
        # words (below the margin that centres them), so the page paints the whole box
        # again when it becomes empty or gets its first letter.
        self._empty = {field for field, edit in self.edits.items() if not edit.toPlainText()}
        for field, edit in self.edits.items():
            edit.textChanged.connect(lambda f=field, e=edit: self._box_emptiness(f, e))
        self.handles = ObjectHandles(self, button_size)
        # Typing is done with the sticker or photo in hand: its handles, standing over the
        # words (a cover's title), hid every letter typed under them.
        self.typed_in.connect(self._let_go_to_type)
        self.tick_tap = SameTap()  # (a list's row: a tap ticked the box)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(translate("Editor", "Your page"))
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.page_rect, self.scale = render.page_rect_in(
            QRectF(self.rect()).adjusted(2, 2, -2, -2), self.layout_spec.size
        )
        self.picture.forget()
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
        self.words.place()

    def show_text(self) -> None:
        self.words.show_text()

    def _box_emptiness(self, field: str, edit: WordsEdit) -> None:
        empty = not edit.toPlainText()
        if empty != (field in self._empty):
            self._empty ^= {field}
            self.update(edit.geometry())

    # -- picture layer --------------------------------------------------------------
    def layer(self, complete: bool = True) -> QImage:
        """The picture drawn at this view's size. A busy page is drawn a slice per
        event-loop turn; anything that draws on it or copies it asks for it
        `complete`, which finishes it now."""
        image = self.picture.image
        if image is None:
            ratio = self.devicePixelRatioF()
            area = self.layout_spec.picture
            size = QSize(
                max(1, math.ceil(area.width() * self.scale * ratio)),
                max(1, math.ceil(area.height() * self.scale * ratio)),
            )
            items = self.state.items
            cached = None
            if self.touch.drag_item is not None and self.selected is not None:
                items = items[: self.selected] + items[self.selected + 1 :]
            else:
                cached = self.layers.cached(self.state, size)
            image = self.picture.begin(items, self.scale, ratio, size, cached)
        return self.picture.finish() if complete else image

    def layer_complete(self) -> bool:
        return self.picture.is_complete()

    def kept_layer(self) -> QImage | None:
        """The finished picture, to keep as this view goes (None while unfinished or
        while a sticker is carried, when the layer lacks it)."""
        if not self.picture.is_complete() or self.touch.drag_item is not None:
            return None
        return self.picture.image

    def redraw(self) -> None:
        """The items changed in a way that needs the whole picture drawn again."""
        self.picture.forget()
        self._background = None
        if self.selected is not None and self.selected >= len(self.state.items):
            self.select(None)
        self.update()
        self.place_handles()

    def restyle(self) -> None:
        """The page's look or the words' style changed (settings, a new look)."""
        self._background = None
        self.place_edits()
        self.update()

    def relayout(self) -> None:
        """The page's places moved (a grown-up line came or went, and the words make
        room for it): the boxes follow, the background is drawn again."""
        self.layout_spec = render.layout_for(self.piece.kind, self.state.as_page())
        for box in self.layout_spec.texts:
            edit = self.edits.get(box.field)
            if edit is not None:
                edit.box = box
        self.restyle()

    def show_restored(self, changed: set[str]) -> None:
        """Undo or redo put parts of this page back ("picture", "words", "extras")."""
        if "picture" in changed:
            self.redraw()
        if changed & {"words", "extras"}:
            self._background = None
            self.show_text()
            self.update()

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
            piece = self.piece
            render.paint_page_content(
                painter, page, piece.piece, piece.page_style, piece.pictures, items=[], words=False, picture=False
            )
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
        # Where the words go, so an empty page still shows a place to type, and where the
        # picture goes while it is empty (a cover's was invisible until drawn on).
        painter.setPen(QPen(QColor(theme.WORD_AREA_EDGE), 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if not self.state.items:
            painter.drawRoundedRect(area.adjusted(2, 2, -2, -2), 12, 12)
        for edit in self.edits.values():
            if not edit.toPlainText():
                painter.drawRoundedRect(QRectF(edit.geometry()).adjusted(2, 2, -2, -2), 12, 12)
        painter.translate(self.page_rect.topLeft())
        painter.scale(self.scale, self.scale)
        painter.setClipRect(self.layout_spec.picture)
        if self.touch.drag_item is not None:
            render.paint_item(painter, self.touch.drag_item, self.piece.pictures)
        if self.touch.shape_from is not None and self.touch.shape_to is not None:
            tools = self.tools
            preview = pic.shape(
                tools.tool,
                tools.colour,
                tools.width,
                self.touch.shape_from.x(),
                self.touch.shape_from.y(),
                self.touch.shape_to.x(),
                self.touch.shape_to.y(),
            )
            render.paint_item(painter, preview, self.piece.pictures)
        if self.selected is not None and self.selected < len(self.state.items):
            item = self.touch.drag_item or self.state.items[self.selected]
            w, h = pic.object_size(item)
            painter.translate(float(item.get("x", 0)), float(item.get("y", 0)))
            painter.rotate(float(item.get("angle", 0)))
            pen = QPen(QColor(theme.HANDLES), 6 / max(self.scale, 0.01) * 0.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(-w / 2, -h / 2, w, h))
        painter.end()

    # -- touching the picture ------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.activated.emit(None)
        point = self.to_page(event.position())
        tick = self.layout_spec.tick
        if tick is not None and tick.contains(point):
            ticked = not bool(self.state.extras.get("ticked"))
            if not ticked and not self.tick_tap.undo_now():
                return  # a child's double tap: its second tap took the tick away again
            if ticked:
                self.tick_tap.did()
            self.piece.change_extras(self.state, {**self.state.extras, "ticked": ticked})
            self._background = None
            self.update()
            return
        self.touch.press(point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.touch.move(self.to_page(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.touch.release()

    # -- stickers and photos -----------------------------------------------------------
    def object_at(self, point: QPointF) -> int | None:
        return object_at(self.state.items, point)

    def _let_go_to_type(self) -> None:
        if self.selected is not None:
            self.select(None)

    def select(self, index: int | None) -> None:
        self.selected = index
        self.place_handles()
        self.update()

    def place_handles(self) -> None:
        if (
            self.selected is None
            or self.selected >= len(self.state.items)
            or not pic.is_object(self.state.items[self.selected])
        ):
            self.handles.hide()
            return
        box = self.to_widget(object_box(self.state.items[self.selected]))
        words = [edit.geometry() for edit in self.edits.values() if edit.isVisible()]
        self.handles.place_by(box, self.width(), self.height(), words)

    def change_selected(self, change: Callable[[Item], Item]) -> None:
        if self.selected is None:
            return
        items = list(self.state.items)
        items[self.selected] = change(items[self.selected])
        self.piece.change_items(self.state, items)
        # Bigger, smaller, turn: the buttons stay under the finger that taps them again
        # (standing above a growing sticker, they moved off and the next tap put a new
        # sticker on the page).
        stay = self.handles.pos() if self.handles.isVisible() else None
        self.redraw()
        if stay is not None and self.handles.isVisible():
            self.handles.move(stay)

    def remove_selected(self) -> None:
        if self.selected is None:
            return
        items = list(self.state.items)
        del items[self.selected]
        self.selected = None
        self.piece.change_items(self.state, items)
        self.redraw()
