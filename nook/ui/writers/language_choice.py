"""Which language a new writer speaks, chosen by a child who cannot read yet.

One big button per language this computer can show and speak. Each has a picture (a
speech bubble in its own colour with that language's "Hello!") and its name in itself
("English", "Español") under it, and says that name in that language's own voice, when
asked (rest or long press) and when tapped: a child hears which one is theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QWidget

from nook.render.fonts import family_for
from nook.speech import Voice
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.roles import ChoiceGroup
from nook.ui.language import greeting, native_name

BUBBLES = theme.LANGUAGE_BUBBLES
PICTURE_PX = 128


def bubble_icon(text: str, colour: str) -> QIcon:
    """A speech bubble with ``text`` in it, drawn once at a size any button can shrink."""
    pixmap = QPixmap(PICTURE_PX, PICTURE_PX)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    body = QRectF(6, 10, PICTURE_PX - 12, PICTURE_PX * 0.68)
    path = QPainterPath()
    path.addRoundedRect(body, 26, 26)
    tail = QPainterPath(QPointF(body.left() + 28, body.bottom() - 2))
    tail.lineTo(QPointF(body.left() + 22, PICTURE_PX - 6))
    tail.lineTo(QPointF(body.left() + 56, body.bottom() - 2))
    tail.closeSubpath()
    path = path.united(tail)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawPath(path)
    font = QFont(family_for("andika"))
    font.setBold(True)
    font.setPixelSize(34)
    painter.setFont(font)
    while painter.fontMetrics().horizontalAdvance(text) > body.width() - 16 and font.pixelSize() > 12:
        font.setPixelSize(font.pixelSize() - 2)
        painter.setFont(font)
    painter.setPen(QColor(theme.LANGUAGE_LETTERS))
    painter.drawText(body, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class LanguageChoice(QWidget):
    """A row of language buttons, one checked; ``chosen`` when a child taps one."""

    chosen = Signal(str)

    def __init__(self, languages: list[str], voice: Voice, button_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageChoice")
        self.voice = voice
        self.group = ChoiceGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, PictureButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for index, code in enumerate(languages):
            name = native_name(code)
            picture = bubble_icon(greeting(code), BUBBLES[index % len(BUBBLES)])
            button = PictureButton(picture, name, f"language_{code}", button_size, caption=True)
            button.setCheckable(True)
            # Its name is a word of its own language: the talking buttons say it in that voice.
            button.setProperty("spokenLanguage", code)
            button.clicked.connect(lambda _=False, c=code: self._tapped(c))
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        # The group says what the row is for; each button answers with its own name.
        self.setAccessibleName(" / ".join(native_name(code) for code in languages))

    @property
    def language(self) -> str | None:
        checked = self.group.checkedButton()
        return next((code for code, b in self.buttons.items() if b is checked), None)

    def select(self, code: str) -> None:
        button = self.buttons.get(code)
        if button is not None:
            button.setChecked(True)

    def set_target_size(self, size: int) -> None:
        for button in self.buttons.values():
            button.set_target_size(size)

    def _tapped(self, code: str) -> None:
        self.select(code)
        if self.voice.is_available():
            self.voice.say(self.buttons[code].accessibleName(), code)
        self.chosen.emit(code)
