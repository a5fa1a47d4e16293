"""The little speaker badge on a page (or a cover) that has my voice on it."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from nook.ui.kit import theme
from nook.ui.kit.icons import icon_path, svg_pixmap


def paint_voice_badge(painter: QPainter, corner: QRectF) -> None:
    """A speaker in a white circle, filling `corner` (the caller picks where and how big)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(theme.VOICE_BADGE_FILL))
    painter.setPen(QPen(QColor(theme.VOICE_BADGE_EDGE), max(1.0, corner.width() / 14)))
    painter.drawEllipse(corner)
    inset = corner.width() * 0.16
    inner = corner.adjusted(inset, inset, -inset, -inset)
    painter.drawPixmap(inner.toRect(), svg_pixmap(icon_path("speaker"), max(8, int(inner.width() * 2))))
    painter.restore()


def badge_image(image: QImage) -> None:
    """Put the badge in the bottom right corner of `image`."""
    side = max(12.0, min(image.width(), image.height()) * 0.42)
    painter = QPainter(image)
    paint_voice_badge(painter, QRectF(image.width() - side - 2, image.height() - side - 2, side, side))
    painter.end()
