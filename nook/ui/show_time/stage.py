"""Show time's stage: one page drawn as large as the screen allows, the heard word lit."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QWidget

from nook import render
from nook.core.models import Page, Piece
from nook.ui.kit import theme

HIGHLIGHT = theme.SHOW_TIME_MARKER
BACKGROUND = theme.STAGE


class PageStage(QWidget):
    """Draws one page as large as the screen allows, with the heard word lit.

    A tap emits `tapped` with how far across the stage it was (0 left .. 1 right).
    """

    tapped = Signal(float)

    def __init__(
        self, piece: Piece, style: render.PageStyle, pictures: render.Pictures, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("showTimePage")
        self.piece = piece
        self.page_style = style
        self.pictures = pictures
        self.page: Page | None = None
        self.lit: list[QRectF] = []  # page units
        # The page drawn once per page and size: lighting the next word (a few times a
        # second) then only copies it, however many strokes the picture has.
        self._drawn: QPixmap | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_page(self, page: Page) -> None:
        self.page = page
        self.lit = []
        self._drawn = None
        self.update()

    def light(self, rects: list[QRectF]) -> None:
        self.lit = rects
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.tapped.emit(event.position().x() / max(1, self.width()))
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def page_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(12, 12, -12, -12)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        self._drawn = None
        super().resizeEvent(event)

    def _drawn_page(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(BACKGROUND))
        if self.page is not None:
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            render.paint_page(painter, self.page_rect(), self.page, self.piece, self.page_style, self.pictures)
            painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        if self._drawn is None:
            self._drawn = self._drawn_page()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._drawn)
        if self.page is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            area = self.page_rect()
            if self.lit:
                size = render.page_layout(self.piece.kind, self.page.role).size
                target, scale = render.page_rect_in(area, size)
                painter.translate(target.topLeft())
                painter.scale(scale, scale)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(HIGHLIGHT)
                for rect in self.lit:
                    painter.drawRoundedRect(rect.adjusted(-6, -2, 6, 2), 12, 12)
        painter.end()
