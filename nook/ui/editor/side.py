"""The panel beside the page: colours for drawing, the sticker box, the colours of the
writer's words, or the word wall; one at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

from nook.ui.editor.sticker_box import StickerBox, box_width
from nook.ui.editor.strips import scrolled
from nook.ui.editor.tools import ColourPanel, ToolState, WordsColourPanel
from nook.ui.editor.word_wall import WordWallPanel
from nook.ui.kit.second_tap import SameTap


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
        self.button_size = button_size
        self.language = language
        self._sticker_chosen = sticker_chosen
        self._words_colour_chosen = words_colour_chosen
        self._words_buttons = words_buttons
        # Called with each part made when first wanted (the sticker box, the words' colours).
        self.made: Callable[[QWidget], None] = lambda _part: None
        # Each made in its place (see `scrolled`).
        self.colour_panel = ColourPanel(tools, button_size)
        self.colour_scroll = scrolled(self.colour_panel, parent=self)
        self.addWidget(self.colour_scroll)
        # The sticker box and the words' colours are hidden until asked for: made then
        # (~55 of the ~180 widgets of a piece opened). The words' own buttons wait here.
        self._sticker_box: StickerBox | None = None
        self._words_colour: tuple[WordsColourPanel, QScrollArea] | None = None
        for widget in (*words_buttons[0], *words_buttons[1]):
            widget.setParent(self)
            widget.hide()
        self.word_wall: WordWallPanel | None = None
        if word_wall is not None:
            self.add_word_wall(word_wall)
        self.currentChanged.connect(self._fit)
        self._fit()
        self.same_tap = SameTap()  # (`toggle` showed what the child asked for)

    @property
    def sticker_box(self) -> StickerBox:
        """The sticker box (made now if it never was)."""
        if self._sticker_box is None:
            self._sticker_box = StickerBox(self.button_size, self._sticker_chosen, self, language=self.language)
            self.addWidget(self._sticker_box)
            self.made(self._sticker_box)
        return self._sticker_box

    @property
    def words_colour_panel(self) -> WordsColourPanel:
        """The colours of the writer's words, with their buttons (made now if they never were)."""
        return self._words_colour_made()[0]

    @property
    def words_colour_scroll(self) -> QScrollArea:
        return self._words_colour_made()[1]

    def _words_colour_made(self) -> tuple[WordsColourPanel, QScrollArea]:
        if self._words_colour is None:
            leading, trailing = self._words_buttons
            panel = WordsColourPanel(self._words_colour_chosen, self.button_size, leading=leading, trailing=trailing)
            for widget in (*leading, *trailing):
                widget.show()  # (hidden while they waited)
            self._words_colour = panel, scrolled(panel, parent=self)
            self.addWidget(self._words_colour[1])
            self._fit()
            self.made(panel)
        return self._words_colour

    def set_language(self, language: str) -> None:
        """The writer's language: the sticker names (a box made later is made in it)."""
        self.language = language
        if self._sticker_box is not None:
            self._sticker_box.set_language(language)

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
        elif self._sticker_box is not None and self.currentWidget() is self._sticker_box:
            self.setCurrentWidget(self.colour_scroll)

    def toggle(self, widget: QWidget) -> None:
        """Show `widget`, or put it away if it is showing: not at the second tap of the
        child's double tap that showed it (the word wall opened and shut at once)."""
        if self.currentWidget() is not widget:
            self.setCurrentWidget(widget)
            self.same_tap.did()
        elif self.same_tap.undo_now():
            self.show_for_tool()

    def _fit(self, _index: int = 0) -> None:
        """One width whatever it shows: the page beside it keeps its size and place when
        the sticker box or the word wall opens (the page once shrank and slid under the
        child's finger). The colours and the sticker box are made to that width; the word
        wall lays its words out in whatever width it is given."""
        fixed = [self.colour_scroll.minimumWidth(), box_width(self.button_size)]  # each made to a fixed width
        if self._words_colour is not None:
            fixed.append(self._words_colour[1].minimumWidth())
        widest = max(fixed)
        self.setFixedWidth(max(widest, self.minimumWidth()))  # never narrower: nothing moves back
