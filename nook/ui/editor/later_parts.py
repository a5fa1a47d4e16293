"""What the editor makes the first time it is wanted, not with every piece opened.

Opening a piece is a child action (budget 100 ms), and these are hidden when it opens:
the sticker box (until the sticker tool is taken), the colours of the writer's words
(until "How my words look"), the word wall and the oops bubble. In a piece for looking
(a library that cannot be changed here) what is made later rests its buttons too, as
the rest of the screen's do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from nook.ui.editor.oops import OopsBubble
from nook.ui.editor.word_wall import WordWallPanel

if TYPE_CHECKING:
    from nook.core.library import Library
    from nook.speech import Voice
    from nook.ui.editor.look_only import LookOnly
    from nook.ui.editor.reading import Reading
    from nook.ui.editor.side import SidePanel
    from nook.ui.editor.sticker_box import StickerBox
    from nook.ui.editor.tools import WordsColourPanel
    from nook.ui.editor.words_actions import WordsActions


class MadeLater:
    """The piece screen's parts made when first wanted (a mixin of PieceScreen)."""

    # The screen's, made before any of these is wanted.
    library: Library
    voice: Voice
    button_size: int
    side: SidePanel
    words: WordsActions
    look_only: LookOnly | None
    reading: Reading
    _word_wall: WordWallPanel | None = None
    _oops_bubble: OopsBubble | None = None

    def writer_language(self) -> str:
        raise NotImplementedError

    @property
    def sticker_box(self) -> StickerBox:
        return self.side.sticker_box

    @property
    def words_colour_panel(self) -> WordsColourPanel:
        return self.side.words_colour_panel

    @property
    def oops_bubble(self) -> OopsBubble:
        """The friendly "oops" over the page, made the first time there is one."""
        if self._oops_bubble is None:
            assert isinstance(self, QWidget)
            self._oops_bubble = OopsBubble(self.button_size, self, beside=self.side)
            self._made_later(self._oops_bubble)
        return self._oops_bubble

    @property
    def word_wall(self) -> WordWallPanel:
        """The word wall beside the page: most pieces are opened and closed without it,
        and it is about 40 widgets and a query."""
        if self._word_wall is None:
            wall = WordWallPanel(self.library, self.voice, self.button_size, self.side, language=self.writer_language())
            wall.quiet = lambda: self.reading.quiet()  # (a take of the child's voice runs)
            wall.word_chosen.connect(lambda word: self.words.insert_word(word))
            wall.closed.connect(self._word_wall_closed)
            self.side.add_word_wall(wall)
            self._word_wall = wall
            self._made_later(wall)
        return self._word_wall

    def toggle_word_wall(self) -> None:
        self.side.toggle(self.word_wall)

    def _word_wall_closed(self) -> None:
        if self._word_wall is not None and self.side.currentWidget() is self._word_wall:
            self.side.show_for_tool()  # its own close button: at once, however soon

    def _made_later(self, part: QWidget) -> None:
        """A part made when first wanted: in a piece for looking, its buttons rest too."""
        if self.look_only is not None:
            self.look_only.rest_buttons()
