"""Small shared widgets: the picture button every child-side control is built from."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QToolButton, QWidget

from nook.ui.kit.icons import icon
from nook.ui.kit.plain import plain_tip

ANY_SIZE = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX: no upper bound


class PictureButton(QToolButton):
    """A big button that is a picture first; `phrase` is what it says when asked.

    `object_name` stays stable for tests; `phrase` is the accessibleName, which the
    talking buttons speak and screen readers read.
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

    def _show_caption(self) -> None:
        text = self._phrase
        if self._caption_px > 0:
            text = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self._caption_px)
        self.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if self._caption and self._caption_px > 0 and event.type() == QEvent.Type.FontChange:
            self._show_caption()  # the style sheet's font arrives when the button is shown

    def show_caption(self, caption: bool) -> None:
        """Show the phrase under the picture, or the picture alone (where room is short)."""
        if caption == self._caption:
            return
        self._caption = caption
        self.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextUnderIcon if caption else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        self.setText(self.accessibleName() if caption else "")
        self.setMaximumSize(ANY_SIZE, ANY_SIZE)
        self.setMinimumSize(0, 0)

    def set_target_size(self, size: int) -> None:
        """Resize to a target of `size` px (the grown-up's button size setting)."""
        inner = max(24, int(size * 0.72))
        self.setIconSize(QSize(inner, inner))
        if self._caption:
            self.setMinimumSize(size, size + 28)
        else:
            self.setFixedSize(size, size)
