"""Small shared widgets: the picture button every child-side control is built from."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QIcon, QResizeEvent
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from nook.ui.kit import theme
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import plain_tip

ANY_SIZE = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX: no upper bound
CAPTION_ROOM = 28  # px under the picture a captioned button has at the least
CAPTION_LINES = 3  # a phrase narrower than its button's width takes up to this many lines


class PictureButton(QToolButton):
    """A big button that is a picture first; `phrase` is what it says when asked.

    `object_name` stays stable for tests; `phrase` is the accessibleName, which the
    talking buttons speak and screen readers read.

    A caption is always seen whole. Qt draws it centred in the room its picture leaves
    and cuts what does not fit, so a captioned button is never less tall than its
    picture and the ink of its words' lines (least_height: the tallest accents over
    capitals, "Á", "¿", to the tails of g, j, p, q, y, in its letters); a layout gives
    it its own width, its caption's (sizeHint). Where a width is given it (`set_width`
    or `setFixedWidth`), a caption wider than that takes more lines, then smaller letters
    (never under theme.CAPTION_LEAST), rather than the "…" Qt cuts into its middle.
    """

    def __init__(
        self,
        icon_name: str | QIcon,
        phrase: str,
        object_name: str,
        size: int = 64,
        parent: QWidget | None = None,
        caption: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setIcon(icon(icon_name) if isinstance(icon_name, str) else icon_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Tab reaches every button, but a tap leaves the keyboard where it was: a child who
        # tapped "Read to me", a colour or a letter on the gate types on where they typed.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._caption = caption
        self._phrase = ""
        self._caption_px = 0  # a caption wider than this shows its start and "…" (0: all of it)
        self._size = size
        self._fitting = False  # our own font change is not the style's
        self._fitted_to = 0  # the width the caption was last fitted to (0: its own)
        if caption:
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.set_phrase(phrase)
        self.set_target_size(size)

    def set_phrase(self, phrase: str) -> None:
        """Say (and, with a caption, show) `phrase`: a screen's retranslate() calls this
        with the phrase in the language now installed."""
        self._phrase = phrase
        self.setAccessibleName(phrase)
        self.setToolTip(plain_tip(phrase))
        if self._caption:
            self._show_caption()

    def set_caption_width(self, pixels: int) -> None:
        """Show no more of the caption than `pixels` wide (a name as long as a sentence
        would stretch the button across the screen); the whole phrase is still said."""
        self._caption_px = pixels
        self._show_caption()

    def set_width(self, pixels: int) -> None:
        """Exactly `pixels` wide (no less than least_width() shows its caption whole), its
        caption fitted to that now, before it is shown (a layout measuring it sees it)."""
        self.setFixedWidth(pixels)
        if self._caption:
            self._show_caption()

    def least_width(self) -> int:
        """The narrowest this button shows its caption whole in: its longest word in the
        smallest letters a caption has (its picture's width, without a caption)."""
        if not self._caption or not self._phrase:
            return max(self._size, self.iconSize().width())
        letters = QFont(self._own_font())
        letters.setPixelSize(theme.CAPTION_LEAST)
        return max(self._hint_for(word, letters).width() for word in self._phrase.split())

    def _show_caption(self) -> None:
        text = self._phrase
        if self._caption_px > 0:
            text = QFontMetrics(self._own_font()).elidedText(text, Qt.TextElideMode.ElideRight, self._caption_px)
        room = self.maximumWidth() if self.maximumWidth() < ANY_SIZE else 0
        self._fitted_to = room
        own = self._own_font()
        letters = None
        if room and self._hint_for(text, own).width() > room:
            text, letters = self._fitted(text, own, room)
        self._fitting = True
        try:
            if letters is not None:
                self.setFont(letters)
            elif self.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                self.setFont(QFont())  # the letters it inherits again
            self.setText(shown_as_is(text))
            self.setMinimumHeight(self.least_height())
        finally:
            self._fitting = False

    def least_height(self) -> int:
        """The least height that shows the picture and every glyph of the caption whole."""
        if not self._caption:
            return self._size
        return captioned_height(self._size, self.text(), self.font())

    def _fitted(self, text: str, own: QFont, room: int) -> tuple[str, QFont]:
        """`text` on as few lines as fit `room`, in the biggest letters that let it."""
        words = text.split()
        letters = QFont(own)
        biggest = max(theme.CAPTION_LEAST, QFontInfo(own).pixelSize())
        for pixels in range(biggest, theme.CAPTION_LEAST - 1, -1):
            letters.setPixelSize(pixels)
            for lines in range(1, min(CAPTION_LINES, len(words)) + 1):
                shown = balanced(words, lines, QFontMetrics(letters))
                if self._hint_for(shown, letters).width() <= room:
                    return shown, QFont(letters)
        return balanced(words, min(CAPTION_LINES, len(words)), QFontMetrics(letters)), QFont(letters)

    def _own_font(self) -> QFont:
        """The letters the button has when it has not made its caption's smaller."""
        parent = self.parentWidget()
        return QFont(parent.font()) if parent is not None else QApplication.font(self)

    def _hint_for(self, text: str, letters: QFont) -> QSize:
        """Qt's size for this button with `text` in `letters` (QToolButton.sizeHint's sum)."""
        # Imported here, when a caption is first fitted: importing QStyle makes PySide build
        # its ~600 enum members, and the first screen (the shelf) fits no caption (~47 M
        # instructions of a start, ~3 %, with no caption to fit).
        from PySide6.QtWidgets import QStyle, QStyleOptionToolButton

        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        metrics = QFontMetrics(letters)
        words = metrics.size(0, text)  # measured as drawn: setText doubles each "&"
        width = max(self.iconSize().width(), words.width() + metrics.horizontalAdvance(" ") * 2)
        height = self.iconSize().height() + 4 + words.height()
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ToolButton, option, QSize(width, height), self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = super().sizeHint()
        if not self._caption:
            return hint
        return hint.expandedTo(QSize(self._size, self._size + CAPTION_ROOM))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if self._caption and not self._fitting and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show_caption()  # the style sheet's font arrives when the button is shown

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if self._caption and self._fitted_to != (self.maximumWidth() if self.maximumWidth() < ANY_SIZE else 0):
            self._show_caption()  # given a width (setFixedWidth): the caption fits it

    def show_caption(self, caption: bool) -> None:
        """Show the phrase under the picture, or the picture alone (where room is short)."""
        if caption == self._caption:
            return
        self._caption = caption
        self.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextUnderIcon if caption else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        self.setMaximumSize(ANY_SIZE, ANY_SIZE)
        self.setMinimumSize(0, 0)
        if caption:
            self._show_caption()
        else:
            self.setText("")

    def set_target_size(self, size: int) -> None:
        """Resize to a target of `size` px (the grown-up's button size setting)."""
        self._size = size
        inner = picture_px(size)
        self.setIconSize(QSize(inner, inner))
        if self._caption:
            # Its words' width (sizeHint), and never less tall than they are: a least size
            # of the button's size and a guessed 28 px let a layout cut the tails off.
            self.setMinimumSize(0, 0)
            self._show_caption()
        else:
            self.setFixedSize(size, size)


def shown_as_is(text: str) -> str:
    """`text` for a button's setText, drawn letter for letter: Qt takes "&x" as a shortcut
    mark (x drawn underlined, the "&" gone, Alt+x presses the button); "&&" is one "&"."""
    return text.replace("&", "&&")


def picture_px(size: int) -> int:
    """The picture's side in a button `size` px big (the rest is its edge and room)."""
    return max(24, int(size * 0.72))


def captioned_height(size: int, text: str, letters: QFont) -> int:
    """The least height of a captioned button `size` px big showing `text` whole."""
    return max(size + CAPTION_ROOM, caption_height(picture_px(size), text, letters))


def caption_height(picture: int, text: str, letters: QFont) -> int:
    """The least height of a button (in the theme's look) showing a picture `picture` px
    tall (0: none) and `text` in `letters` under it, every glyph whole: Qt leaves the
    words the room under the picture and 4 px (qcommonstyle.cpp)."""
    box = 2 * (theme.BUTTON_EDGE + theme.BUTTON_PADDING)
    return box + (picture + 4 if picture else 0) + words_height(text, letters)


TALLEST_AND_DEEPEST = "ÁÉÍÓÚÜÑ¿¡gjpqyÇ"  # the letters reaching highest and lowest in our languages


def words_height(text: str, letters: QFont) -> int:
    """The room Qt must give `text`'s lines in `letters` for every glyph to be inside it:
    Qt centres the lines' full height (ascent and descent, each line) in the room and
    cuts what overflows, so a room shorter than that is enough by the font's own margins
    above its tallest accent and below its deepest tail, and no more."""
    metrics = QFontMetrics(letters)
    lines = text.split("\n")
    ink = metrics.tightBoundingRect(TALLEST_AND_DEEPEST)
    for line in lines:
        ink = ink.united(metrics.tightBoundingRect(line)) if line.strip() else ink
    above = metrics.ascent() - max(0, -ink.top())  # unused over the tallest accent
    below = metrics.descent() - max(0, ink.bottom())  # under the deepest tail
    full = metrics.height() + (len(lines) - 1) * metrics.lineSpacing()
    return full - 2 * max(0, min(above, below)) + 1  # + 1: the centring's rounding


def balanced(words: list[str], lines: int, metrics: QFontMetrics) -> str:
    """`words` on `lines` lines, the widest line as narrow as it can be."""
    if lines <= 1 or len(words) <= 1:
        return " ".join(words)
    best: tuple[int, str] | None = None
    for cut in range(1, len(words) - lines + 2):
        first = " ".join(words[:cut])
        rest = balanced(words[cut:], lines - 1, metrics)
        widest = max(metrics.horizontalAdvance(line) for line in (first, *rest.split("\n")))
        if best is None or widest < best[0]:
            best = (widest, f"{first}\n{rest}")
    assert best is not None
    return best[1]
