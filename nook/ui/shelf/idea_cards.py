"""Idea cards for the child: look, listen, and maybe start something. Never required.

First tap on a card says it; a second tap on the same card starts a piece of its kind
(with nothing pre-written). The same two-tap rhythm as the word wall.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nook.core import ideas
from nook.core.ideas import IdeaCard
from nook.core.library import Change, Library, What
from nook.i18n import translate
from nook.render import page_layout
from nook.speech import Voice
from nook.ui.grownup.pickers import picture_icon
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.edge_arrow import edge_arrow
from nook.ui.kit.flow import FlowLayout
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel, plain_tip
from nook.ui.kit.roles import ChoiceGroup
from nook.ui.kit.rows import button_pitch, by_rows
from nook.ui.operations import Operations
from nook.ui.shelf.thumbnails import kind_picture

IDEA_KINDS = ("all", "book", "list", "sign", "letter")


def kind_phrases() -> dict[str, str]:
    """What each 'only these ideas' button says, in the language now installed."""
    return {
        "all": translate("Shelf", "Every idea"),
        "book": translate("Shelf", "Book ideas"),
        "list": translate("Shelf", "List ideas"),
        "sign": translate("Shelf", "Sign ideas"),
        "letter": translate("Shelf", "Letter ideas"),
    }


def picture_area(kind: str, role: str) -> ideas.Area:
    """Where a page's picture goes, as the page painter lays it out (where a card's
    sticker is put on the piece it starts)."""
    rect = page_layout(kind, role).picture
    return (rect.x(), rect.y(), rect.width(), rect.height())


WORDS_FLAGS = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
WORDS_LEAST = 10  # px: an idea card's smallest letters (its picture gives way first)


class IdeaCardButton(QAbstractButton):
    """One card: a big picture, the kind's badge, and the words (which it says)."""

    def __init__(self, card: IdeaCard, button_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName(f"idea_{card.id}")
        self.setAccessibleName(card.text)
        self.setToolTip(plain_tip(card.text))
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The picture's side of the row it stands in (the smallest its cards' words leave):
        # pictures in a row are one size. 0: its own.
        self.row_side = 0
        self.set_target_size(button_size)

    def set_target_size(self, button_size: int) -> None:
        self.button_size = button_size
        self.setFixedSize(int(button_size * 2.8), int(button_size * 3.3))

    def parts(self, own: bool = False) -> tuple[int, QRect, QFont]:
        """The picture's side, the words' room and their letters: the words whole, their
        last line's tails too (at 48 px a third line lost them: "alao", "amiaa"), the
        picture smaller where they need the room, and the letters only where it cannot be.
        The picture is no bigger than its row's (`row_side`), unless `own`."""
        font = QFont(self.font())
        pixels = max(12, int(self.button_size / 4.3))
        width = self.width() - 20
        most = int(self.width() * 0.55)
        if self.row_side and not own:
            most = min(most, self.row_side)
        least = int(self.width() * 0.35)
        while True:
            font.setPixelSize(pixels)
            needed = QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), WORDS_FLAGS, self.card.text).height()
            side = max(least, min(most, self.height() - 30 - needed - 4))
            room = QRect(10, 20 + side, width, self.height() - side - 30)
            if needed <= room.height() or pixels <= WORDS_LEAST:
                return side, room, font
            pixels -= 1

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        path = QPainterPath()
        path.addRoundedRect(rect, 18, 18)
        painter.fillPath(path, QColor(theme.IDEA_CARD_CHOSEN) if self.isChecked() else QColor(theme.COVER_PAPER))
        border = (
            QColor(theme.EDGE_CHOSEN)
            if self.isChecked()
            else QColor(theme.FOCUS)
            if self.hasFocus()
            else QColor(theme.EDGE)
        )
        painter.setPen(QPen(border, 6 if self.isChecked() else 3))
        painter.drawPath(path)
        side, text, font = self.parts()
        picture = picture_icon(self.card.picture).pixmap(side, side)
        painter.drawPixmap((self.width() - side) // 2, 14, picture)
        badge = max(24, int(self.button_size * 0.6))
        painter.drawImage(12, 12, kind_picture(self.card.kind, badge))
        painter.setFont(font)
        painter.setPen(QColor(theme.COVER_TEXT))
        painter.drawText(text, WORDS_FLAGS, self.card.text)
        painter.end()


class IdeasPanel(QWidget):
    """All visible idea cards in a grid; `idea_chosen(card_id)` on a second tap."""

    idea_chosen = Signal(str)
    closed = Signal()

    def __init__(
        self,
        library: Library,
        ops: Operations | None,
        voice: Voice,
        button_size: int = 64,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ideasPanel")
        self.library = library
        self.voice = voice
        self.button_size = button_size
        self.language = "en"  # the writer's: bundled cards speak it
        self.cards: list[IdeaCardButton] = []
        self.back_button = PictureButton("shelf", "", "ideasBack", button_size)
        self.back_button.clicked.connect(self.closed.emit)
        top = FlowLayout()  # wraps at the biggest button sizes instead of widening the window
        top.addWidget(self.back_button)
        heading = self.heading = PlainLabel()
        heading.setObjectName("ideasHeading")
        heading.setPixmap(icon("idea").pixmap(button_size, button_size))
        top.addWidget(heading)
        # A child who already knows what to make can see only those ideas.
        self.kind = "all"
        self.kind_group = ChoiceGroup(self)
        self.kind_buttons: dict[str, PictureButton] = {}
        for kind in IDEA_KINDS:
            button = PictureButton(f"filter_{kind}", "", f"ideasKind_{kind}", button_size)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=kind: self.show_kind(k))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            top.addWidget(button)
        self.kind_buttons["all"].setChecked(True)
        self.ideas_scroll = QScrollArea()
        # The controls inside take the keyboard, not the area (it has nothing to say).
        self.ideas_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ideas_scroll.setObjectName("ideasScroll")
        self.ideas_scroll.setWidgetResizable(True)
        self.ideas_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.ideas_scroll.setStyleSheet(theme.SEE_THROUGH_SCROLL)
        holder = QWidget()
        holder.setObjectName("ideasHolder")
        self.holder = holder
        self.grid = QGridLayout(holder)
        self.grid.setSpacing(16)
        self.ideas_scroll.setWidget(holder)
        # Whole rows of cards, never a row cut in two at the bottom (a netbook showed half
        # a third row): the area ends before it and scrolls a row at a time, and a big
        # arrow, not a thin scroll bar, shows the next rows.
        edge_arrow(self.ideas_scroll, by_rows(self.ideas_scroll, lambda: button_pitch(holder)), vertical=True)
        top_row = QWidget()
        top_row.setObjectName("ideasTop")
        top_row.setLayout(top)
        layout = QVBoxLayout(self)
        layout.addWidget(top_row)
        layout.addWidget(self.ideas_scroll, 1)
        if ops is not None:
            ops.changed.connect(self._on_change)
        self._set_phrases()
        self.refresh()

    def _set_phrases(self) -> None:
        self.setAccessibleName(translate("Shelf", "Ideas"))
        self.back_button.set_phrase(translate("Shelf", "Back to my shelf"))
        self.heading.setAccessibleName(translate("Shelf", "Ideas"))
        for kind, phrase in kind_phrases().items():
            self.kind_buttons[kind].set_phrase(phrase)
        self.ideas_scroll.setAccessibleName(translate("Shelf", "Ideas"))

    def retranslate(self) -> None:
        """The panel's phrases, and the cards read again: bundled cards have words in
        each language (the writer's language chooses them)."""
        self._set_phrases()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_kind(self, kind: str) -> None:
        """Only the ideas for one kind ("all" for every idea)."""
        self.kind = kind
        self.kind_buttons[kind].setChecked(True)
        self._place()

    def set_button_size(self, button_size: int) -> None:
        self.button_size = button_size
        self.back_button.set_target_size(button_size)
        for button in self.kind_buttons.values():
            button.set_target_size(button_size)
        for card in self.cards:
            card.set_target_size(button_size)
        self._place()

    def refresh(self) -> None:
        for card in self.cards:
            # Hidden now, deleted later: a language change must not leave the old cards
            # painted (and read) under the new ones until the event loop deletes them.
            card.hide()
            card.deleteLater()
        self.cards = []
        for found in ideas.cards(self.library):
            # Made inside the grid's holder: a card without a parent that is shown even
            # for a moment becomes a window of its own (two native windows each).
            text = ideas.words_in(found, self.language)
            button = IdeaCardButton(replace(found, text=text), self.button_size, self.holder)
            button.clicked.connect(lambda _=False, b=button: self.tap(b))
            self.cards.append(button)
        self._place()

    def set_language(self, language: str) -> None:
        """The writer's language: the bundled cards are read to them in it."""
        if language != self.language:
            self.language = language
            self.refresh()

    def _place(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        width = max(1, self.ideas_scroll.viewport().width())
        card_width = int(self.button_size * 2.8) + self.grid.spacing()
        columns = max(1, width // card_width)
        shown = [c for c in self.cards if self.kind in ("all", c.card.kind)]
        for number, card in enumerate(shown):
            self.grid.addWidget(card, number // columns, number % columns)
        for start in range(0, len(shown), columns):
            row = shown[start : start + columns]
            side = min(card.parts(own=True)[0] for card in row)  # a card with more words has less room
            for card in row:
                if card.row_side != side:
                    card.row_side = side
                    card.update()
        for card in self.cards:
            card.setVisible(card in shown)

    def tap(self, button: IdeaCardButton) -> None:
        """First tap says the card; a second tap on the same card chooses it."""
        armed = button.property("armed") is True
        for card in self.cards:
            card.setProperty("armed", False)
            card.setChecked(card is button)
        if armed:
            button.setChecked(False)
            self.idea_chosen.emit(button.card.id)
            return
        button.setProperty("armed", True)
        self.voice.say(button.card.text)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._place()

    def _on_change(self, change: Change) -> None:
        if change.what is What.IDEAS:
            self.refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(900, 600)
