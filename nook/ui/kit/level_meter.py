"""A level meter: a row of bars that light up as loud as the microphone hears.

A child who cannot read sees at once that the app hears them. It repaints only when
the level changes (the recorder reports ten times a second), never while idle.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from nook.i18n import translate
from nook.ui.kit import theme

BARS = 10
COLOURS = [theme.LEVEL_QUIET] * 6 + [theme.LEVEL_LOUD] * 3 + [theme.LEVEL_LOUDEST]
UNLIT = theme.LEVEL_UNLIT


class LevelMeter(QWidget):
    def __init__(self, height: int = 48, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordLevel")
        self._level = 0.0
        self._height = height
        # As narrow as two buttons' height where a bar is short of room (a netbook): the
        # time beside it was cut in half by the bar's arrow.
        self.setMinimumSize(QSize(height * 2, height))
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("Kit", "How loud I am"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._height * 4, self._height)

    @property
    def level(self) -> float:
        return self._level

    @property
    def lit_bars(self) -> int:
        return round(self._level * BARS)

    def set_level(self, level: float) -> None:
        level = max(0.0, min(1.0, level))
        if round(level * BARS) != self.lit_bars:
            self._level = level
            self.update()
        else:
            self._level = level

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        gap = 4.0
        width = (self.width() - gap * (BARS - 1)) / BARS
        lit = self.lit_bars
        for bar in range(BARS):
            # Bars grow taller to the right, so "louder" reads as "bigger".
            share = 0.35 + 0.65 * (bar + 1) / BARS
            height = self.height() * share
            rect = QRectF(bar * (width + gap), self.height() - height, width, height)
            painter.setBrush(QColor(COLOURS[bar] if bar < lit else UNLIT))
            painter.drawRoundedRect(rect, 4, 4)
        painter.end()
