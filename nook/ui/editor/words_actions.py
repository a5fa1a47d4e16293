"""What the top bar and the word wall do to the words: bigger or smaller letters, the
colour of the writer's words, a word-wall word put in at the cursor."""

from __future__ import annotations

from collections.abc import Callable

from nook.ui.editor.page_view import PageView
from nook.ui.editor.piece import PieceModel
from nook.ui.editor.side import SidePanel
from nook.ui.editor.words_edit import WordsEdit

TEXT_SIZE_STEP = 6


class WordsActions:
    """Changes to how the words look, and words put in from the word wall."""

    def __init__(
        self,
        piece: PieceModel,
        side: SidePanel,
        views: Callable[[], list[PageView]],
        current_view: Callable[[], PageView | None],
        current_edit: Callable[[], WordsEdit | None],
    ) -> None:
        self.piece = piece
        self.side = side
        self._views = views
        self._current_view = current_view
        self._current_edit = current_edit

    def change_text_size(self, direction: int) -> None:
        """The page's words a step bigger (1) or smaller (-1); undoable like any change.
        On a list, the whole list's: its name and every thing on it, as one step."""
        view = self._current_view()
        if view is None:
            return
        style = self.piece.style_for(view.state)
        size = max(18, min(120, style.size // 2 + direction * TEXT_SIZE_STEP))
        if self.piece.kind != "list":
            self.piece.change_extras(view.state, {**view.state.extras, "text_size": size})
            view.place_edits()
            view.update()
            return
        self.piece.change_extras_together([(state, {**state.extras, "text_size": size}) for state in self.piece.states])
        for shown in self._views():
            shown.place_edits()
            shown.update()

    def choose_words_colour(self) -> None:
        """Show (or put away) the colour blobs for the writer's words in the side panel."""
        side = self.side
        if side.currentWidget() is not side.words_colour_scroll:
            writer = self.piece.library.writer(self.piece.piece.writer_id)
            side.words_colour_panel.show_chosen(writer.colour if writer else "")
        side.toggle(side.words_colour_scroll)

    def set_words_colour(self, colour: str) -> None:
        """The writer's words are this colour from now on, on every page they make."""
        self.piece.operations.store(
            self.piece, self.piece.library.update_writer, self.piece.piece.writer_id, colour=colour
        )
        self.side.words_colour_panel.show_chosen(colour)
        for view in self._views():
            view.place_edits()
            view.update()
        self.side.show_for_tool()

    def insert_word(self, word: str) -> None:
        """Put a word-wall word in at the cursor of the words box last used."""
        edit = self._current_edit()
        view = self._current_view()
        if edit is None and view is not None:
            edit = view.edits.get("words")
        if edit is None:
            return
        cursor = edit.textCursor()
        before = edit.toPlainText()[: cursor.position()]
        text = word if not before or before[-1].isspace() else " " + word
        cursor.insertText(text + " ")
        edit.setTextCursor(cursor)
        edit.given_space_at = cursor.position()
        edit.setFocus()
