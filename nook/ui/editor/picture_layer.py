"""A page's picture drawn once at its view's size, so each frame is a blit.

A busy page is drawn a slice per event-loop turn (the child sees it appear, the window
stays alive); anything that draws on it or copies it asks for it finished, which
draws the rest at once.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QImage, QPainter

from nook import render
from nook.ui.editor.model import Item

FIRST_SLICE_S = 0.03  # a typical page is drawn whole at once; a busy one starts here
SLICE_S = 0.008  # then this much drawing per event-loop turn


class PictureLayer(QObject):
    """The picture area of one page view, drawn at `scale` into an image."""

    drew_more = Signal()  # another slice was drawn: the view shows it
    # The picture begun is whole: sent on the next event-loop turn once it is, however it
    # got there (at once, from a kept copy, in slices or finished on request). The page
    # strip makes its thumbnail from it; a picture drawn whole at once used to say
    # nothing, and the strip kept a blank thumbnail (a copied page, the page opened on).
    finished = Signal()

    def __init__(self, pictures: render.Pictures, area: QRectF, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pictures = pictures
        self.area = area
        self.image: QImage | None = None
        self._scale = 1.0
        self._pending: list[Item] = []  # items not yet drawn on the image
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._continue)

    def forget(self) -> None:
        """Draw again from scratch when next asked (the size or the items changed)."""
        self.image = None
        self._pending = []
        self._timer.stop()

    def is_complete(self) -> bool:
        return self.image is not None and not self._pending

    def begin(self, items: list[Item], scale: float, ratio: float, size: QSize, cached: QImage | None) -> QImage:
        """Start drawing `items`; a kept copy of the same picture is used as it is."""
        self._scale = scale
        self._timer.start()  # the rest a slice per turn, then `finished`
        if cached is not None:
            self.image = cached.copy()
            self._pending = []
            return self.image
        self.image = render.render_layer([], self.pictures, self.area, scale * ratio, size)
        self.image.setDevicePixelRatio(ratio)
        self._pending = list(items)
        self._draw_pending(FIRST_SLICE_S)
        return self.image

    def finish(self) -> QImage:
        """The image with every item drawn (draws what is left now)."""
        assert self.image is not None, "begin() first"
        if self._pending:
            self._draw_pending(None)
        return self.image

    def replace(self, image: QImage) -> None:
        """Use `image` as the finished picture (the layer as it was before a stroke)."""
        self.image = image
        self._pending = []
        self._timer.stop()

    def painter(self) -> QPainter:
        """A painter in page units on the finished image, clipped to the picture area."""
        painter = QPainter(self.finish())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(self._scale, self._scale)
        painter.translate(-self.area.topLeft())
        painter.setClipRect(self.area)
        return painter

    def paint(self, item: Item) -> None:
        """Draw one new item on top of the picture."""
        painter = self.painter()
        render.paint_item(painter, item, self.pictures)
        painter.end()

    def _draw_pending(self, budget_s: float | None) -> None:
        """Draw items still waiting, for at most `budget_s` (None: all of them), the same
        way `render.render_layer` draws a whole picture."""
        assert self.image is not None
        painter = QPainter(self.image)
        painter.scale(self._scale, self._scale)  # the image's pixel ratio adds the rest
        painter.translate(-self.area.topLeft())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        drawn = 0
        for item in self._pending:
            render.paint_item(painter, item, self.pictures)
            drawn += 1
            if deadline is not None and time.perf_counter() > deadline:
                break
        painter.end()
        del self._pending[:drawn]

    def _continue(self) -> None:
        if self.image is None:
            self._timer.stop()
            return
        if self._pending:
            self._draw_pending(SLICE_S)
            self.drew_more.emit()
        if not self._pending:
            self._timer.stop()
            self.finished.emit()
