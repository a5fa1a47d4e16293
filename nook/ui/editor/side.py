"""The panel beside the page: colours for drawing, the sticker box, the colours of the
writer's words, or the word wall; one at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QStackedWidget, QWidget

from nook.ui.editor.sticker_box import StickerBox
from nook.ui.editor.strips import scrolled
from nook.ui.editor.tools import ColourPanel, ToolState, WordsColourPanel
from nook.ui.editor.word_wall import WordWallPanel


class SidePanel(QStackedWidget):
    """Shows what goes with the tool in hand, or what the child asked for instead."""

    def __init__(
        self,
        tools: ToolState,
        button_size: int,
        sticker_chosen: Callable[[str, str], None],
        words_colour_chosen: Callable[[str], None],
        word_wall: WordWallPanel | None = None,
        parent: QWidget | None = None,
        language: str = "en",
        words_buttons: tuple[Sequence[QWidget], Sequence[QWidget]] = ((), ()),
    ) -> None:
        """`words_buttons`: what goes above and below the words' colours (see WordsColourPanel);
        `word_wall`: given now, or later (`add_word_wall`) when it is first wanted."""
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.tools = tools
        # Each made in its place (see `scrolled`).
        self.colour_panel = ColourPanel(tools, button_size)
        self.colour_scroll = scrolled(self.colour_panel, parent=self)
        self.sticker_box = StickerBox(button_size, sticker_chosen, self, language=language)
        leading, trailing = words_buttons
        self.words_colour_panel = WordsColourPanel(words_colour_chosen, button_size, leading=leading, trailing=trailing)
        self.words_colour_scroll = scrolled(self.words_colour_panel, parent=self)
        for widget in (self.colour_scroll, self.sticker_box, self.words_colour_scroll):
            self.addWidget(widget)
        self.word_wall: WordWallPanel | None = None
        if word_wall is not None:
            self.add_word_wall(word_wall)
        self.currentChanged.connect(self._fit)
        self._fit()

    def add_word_wall(self, word_wall: WordWallPanel) -> None:
        """The word wall, to be shown in turn with the rest (made for the side panel)."""
        self.word_wall = word_wall
        self.addWidget(word_wall)

    def show_for_tool(self) -> None:
        """Back to what goes with the tool: the sticker box for stickers, else the colours."""
        self.setCurrentWidget(self.sticker_box if self.tools.tool == "sticker" else self.colour_scroll)

    def tool_changed(self) -> None:
        if self.tools.tool == "sticker":
            self.setCurrentWidget(self.sticker_box)
        elif self.currentWidget() is self.sticker_box:
            self.setCurrentWidget(self.colour_scroll)

    def toggle(self, widget: QWidget) -> None:
        """Show `widget`, or put it away if it is showing."""
        if self.currentWidget() is widget:
            self.show_for_tool()
        else:
            self.setCurrentWidget(widget)

    def _fit(self, _index: int = 0) -> None:
        """One width whatever it shows: the page beside it keeps its size and place when
        the sticker box or the word wall opens (the page once shrank and slid under the
        child's finger). The colours and the sticker box are made to that width; the word
        wall lays its words out in whatever width it is given."""
        fixed = (self.colour_scroll, self.sticker_box, self.words_colour_scroll)
        widest = max(w.minimumWidth() for w in fixed)  # each is made to a fixed width
        self.setFixedWidth(max(widest, self.minimumWidth()))  # never narrower: nothing moves back
