"""A page's words boxes: made in reading order, laid exactly over the page's word
areas, and sized the way the renderer sizes the words, so what the child sees is what
prints; and where typing starts on a page.

A box holds at most the editor's MAX_FIELD letters. A page can bring more (a backpack
allows 1 MB of words, made elsewhere): the box then shows the first MAX_FIELD letters and
keeps the rest aside, untouched, so opening the page lays out a bounded amount and an
edit stores what was shown plus the rest: nothing of the text is lost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from nook import render
from nook.core.language_data import LETTER, bundled_languages, letter_defaults, untouched_letter_lines
from nook.ui.editor.words_edit import MAX_FIELD, WordsEdit
from nook.ui.kit import theme

if TYPE_CHECKING:
    from nook.ui.editor.page_view import PageView


class PageWords:
    """The words boxes of one page view; typing goes to the piece at once."""

    def __init__(self, view: PageView) -> None:
        self.view = view
        self.piece = view.piece
        self.state = view.state
        self.edits: dict[str, WordsEdit] = {}
        self.tails: dict[str, str] = {}  # field -> the letters past MAX_FIELD, kept aside
        # The page's main words box is made first (it is the one a screen reader or a
        # test finds first); Tab still goes through the boxes in reading order.
        boxes = sorted(view.layout_spec.texts, key=lambda b: b.field != "words")
        for box in boxes:
            edit = WordsEdit(view, box)
            edit.setPlainText(self._shown(box.field))
            edit.textChanged.connect(lambda e=edit: self._typed(e))
            self.edits[box.field] = edit
        reading = [self.edits[box.field] for box in view.layout_spec.texts]
        for first, second in zip(reading, reading[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def place(self) -> None:
        style = self.piece.style_for(self.state)
        colour = render.words_colour(style, self.piece.look if self.state.role == "sign" else "")
        for edit in self.edits.values():
            edit.setGeometry(self.view.to_widget(edit.box.rect).toRect())
            edit.setStyleSheet(theme.words_box(colour))
            self.fit(edit, style)

    def fit(self, edit: WordsEdit, style: render.TextStyle | None = None) -> None:
        """Size the words the way the renderer will, and centre them where it does."""
        style = style or self.piece.style_for(self.state)
        size = render.box_font_size(edit.box, edit.toPlainText(), style)
        pixels = max(1, round(size * self.view.scale))
        # Screen fonts round to whole pixels and may wrap a little differently from the
        # page units the renderer uses; step down until every line shows. Measured on a
        # document of our own: the edit's may not know its width yet.
        text = edit.toPlainText() or "Wg"
        width = max(1, edit.width())
        for _attempt in range(10):
            font = render.make_font(style.family, pixels, style.all_caps)
            text_height = render.lay_out_text(text, font, width, edit.box.centre).height()
            if text_height <= edit.height() + 1 or pixels <= 6:
                break
            pixels = max(6, int(pixels * 0.94))
        if font != edit.font():
            edit.setFont(font)
            edit.document().setDefaultFont(font)
        if edit.box.centre:
            top = max(0, int((edit.height() - text_height) / 2))
            edit.setViewportMargins(0, top, 0, 0)

    def _shown(self, field: str) -> str:
        """The part of a field's words the box shows (the rest is kept in `tails`)."""
        text = self.state.text(field)
        if len(text) <= MAX_FIELD:
            self.tails.pop(field, None)
            return text
        self.tails[field] = text[MAX_FIELD:]
        return text[:MAX_FIELD]

    def _typed(self, edit: WordsEdit) -> None:
        if edit.box.field == "greeting":
            starter = retyped_starter(edit.toPlainText())
            if starter:
                # The child's own greeting takes the written one's place; the removal's
                # own change stores the words (once), the cursor staying where it was.
                cursor = QTextCursor(edit.document())
                cursor.setPosition(len(starter), QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                return
        text = edit.toPlainText() + self.tails.get(edit.box.field, "")
        if text == self.state.text(edit.box.field):
            return
        self.piece.change_text(self.state, edit.box.field, text)
        self.fit(edit)

    def show_text(self) -> None:
        """Show the state's words (after an undo), keeping the cursor near where it was."""
        for name, edit in self.edits.items():
            text = self._shown(name)
            if edit.toPlainText() != text:
                position = edit.textCursor().position()
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
                cursor = edit.textCursor()
                cursor.setPosition(min(position, len(text)))
                edit.setTextCursor(cursor)
        self.place()


def retyped_starter(text: str) -> str | None:
    """The greeting the app wrote ("Hola, "), when the words typed after it begin with
    that greeting's word again ("Hola, Hola abuela"): a child writing their own greeting,
    as on paper. A name that only begins like it ("Holanda") is a name."""
    for code in bundled_languages(LETTER):
        starter = letter_defaults(code).greeting
        if not starter.strip() or not text.startswith(starter):
            continue
        word = starter.strip(" ,.;:!¡\n").casefold()
        typed = text[len(starter) :].lstrip(" ¡").casefold()
        if typed.startswith(word) and len(typed) > len(word) and not typed[len(word)].isalnum():
            return starter
    return None


def starting_field(view: PageView) -> str:
    """Where typing starts on a page: a new letter starts at its greeting ("Dear |"),
    anything else (and a letter already begun) at its main words; a page without main
    words (an envelope) at its first empty box ("To"), else its last."""
    edits = view.edits
    # A greeting as the app wrote it, in the letter's language ("Hola, " was taken for begun).
    greeting = " ".join(edits["greeting"].toPlainText().split()).casefold() if "greeting" in edits else None
    if greeting in untouched_letter_lines() and "words" in edits and not edits["words"].toPlainText().strip():
        return "greeting"
    if "words" in edits or not edits:
        return "words"
    fields = [box.field for box in view.layout_spec.texts if box.field in edits]
    empty = [field for field in fields if not edits[field].toPlainText().strip()]
    if not fields:
        return next(iter(edits))
    return empty[0] if empty else fields[-1]
