"""Read aloud in the editor: the child's words spoken, each lit while it is heard.

``ReadAloud`` reads an edit's text (or one tapped word) and paints the word being
heard with an ExtraSelection; ``TypingEcho`` says letters, words and sentences as
the child types them, each behind its own grown-up setting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit
from shiboken6 import isValid

from nook.speech import Voice
from nook.speech.words import last_sentence, last_word, letter_to_say, word_at
from nook.ui.kit import theme

Edit = QTextEdit | QPlainTextEdit

HIGHLIGHT_BACKGROUND = QColor(theme.READ_ALOUD_MARKER)
HIGHLIGHT_TEXT = QColor(theme.READ_ALOUD_TEXT)
READ_ALOUD_PROPERTY = 0x100100  # marks our selections (QTextFormat.UserProperty + n)


def highlight_format() -> QTextCharFormat:
    """The look of the word being heard: a big bright marker stroke, no reflow."""
    text_format = QTextCharFormat()
    text_format.setBackground(HIGHLIGHT_BACKGROUND)
    text_format.setForeground(HIGHLIGHT_TEXT)
    text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    text_format.setUnderlineColor(QColor(theme.READ_ALOUD_UNDERLINE))
    text_format.setProperty(READ_ALOUD_PROPERTY, True)
    return text_format


def is_read_aloud_selection(selection: QTextEdit.ExtraSelection) -> bool:
    return bool(selection.format.property(READ_ALOUD_PROPERTY))


class ReadAloud(QObject):
    """Speak an edit's words and light each word while it is heard."""

    finished_reading = Signal()

    def __init__(
        self,
        voice: Voice,
        parent: QObject | None = None,
        language_of: Callable[[Edit], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._voice = voice
        # The language an edit's words are in (a page in the writer's other language).
        self._language_of = language_of or (lambda _edit: None)
        self._utterance = 0
        self._edit: Edit | None = None
        self._base = 0  # where the spoken text starts in the edit's document
        voice.word.connect(self._on_word)
        voice.finished.connect(self._on_finished)

    @property
    def reading(self) -> bool:
        return self._utterance != 0

    def read(self, edit: Edit, text: str | None = None) -> int:
        """Read ``text`` (default: all of the edit's text); returns the utterance id."""
        document_text = edit.toPlainText()
        if text is None:
            text = document_text
        base = document_text.find(text) if text else 0
        # Text that is not in the edit is still spoken, just without a highlight.
        return self._speak(edit, text, base)

    def speak_word_at(self, edit: Edit, position: int) -> int:
        """Speak the single word at a character position ("tap a word to hear it").

        Returns the utterance id, or 0 when there is no word there."""
        word = word_at(edit.toPlainText(), position)
        if word is None:
            return 0
        return self._speak(edit, word.text, word.start)

    def stop(self) -> None:
        """Stop reading now; the highlight goes and ``finished_reading`` follows."""
        if self._utterance:
            self._voice.stop()

    # -- internals -------------------------------------------------------------
    def _speak(self, edit: Edit, text: str, base: int) -> int:
        self.stop()
        self._edit = edit
        self._base = base
        self._utterance = -1  # words of the new utterance may arrive before say() returns
        utterance = self._voice.say(text, self._language_of(edit))
        if self._utterance == -1:
            self._utterance = utterance
        return utterance

    def _on_word(self, utterance: int, start: int, length: int) -> None:
        if self._utterance == -1:
            self._utterance = utterance
        if utterance != self._utterance or self._edit is None or self._base < 0:
            return
        if not isValid(self._edit):  # its page went away mid-sentence: stop, quietly
            self._edit = None
            self.stop()
            return
        self._paint(self._edit, self._base + start, length)

    def _on_finished(self, utterance: int) -> None:
        if utterance != self._utterance:
            return
        edit, self._edit = self._edit, None
        self._utterance = 0
        if edit is not None and isValid(edit):
            self._clear(edit)
        self.finished_reading.emit()

    def _paint(self, edit: Edit, start: int, length: int) -> None:
        document = edit.document()
        end = min(start + length, document.characterCount() - 1)
        if start >= end:
            return
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = highlight_format()
        others = [s for s in edit.extraSelections() if not is_read_aloud_selection(s)]
        edit.setExtraSelections([*others, selection])
        self._keep_visible(edit, cursor)

    @staticmethod
    def _clear(edit: Edit) -> None:
        selections = edit.extraSelections()
        others = [s for s in selections if not is_read_aloud_selection(s)]
        if len(others) != len(selections):
            edit.setExtraSelections(others)

    @staticmethod
    def _keep_visible(edit: Edit, cursor: QTextCursor) -> None:
        """Scroll so the lit word is on screen, without moving the child's caret."""
        rect = edit.cursorRect(cursor)
        viewport = edit.viewport().rect()
        bar = edit.verticalScrollBar()
        if rect.bottom() > viewport.bottom():
            bar.setValue(bar.value() + rect.bottom() - viewport.bottom() + rect.height())
        elif rect.top() < viewport.top():
            bar.setValue(bar.value() - (viewport.top() - rect.top()) - rect.height())


class TypingEcho(QObject):
    """Say what the child types: the letter, the word after a space, the sentence
    after . ! or ? — each only when its setting ("echo_letters", "echo_words",
    "echo_sentences") is on. Settings are read at every keystroke."""

    def __init__(
        self,
        voice: Voice,
        settings: Callable[[], dict],
        parent: QObject | None = None,
        language_of: Callable[[Edit], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._voice = voice
        self._settings = settings
        self._language_of = language_of or (lambda _edit: None)
        self.quiet: Callable[[], bool] = lambda: False  # a take of the child's voice is running

    def attach(self, edit: Edit) -> None:
        """Echo what is typed into ``edit``."""
        document = edit.document()
        document.contentsChange.connect(
            lambda position, removed, added, edit=edit: self._on_change(edit, position, removed, added)
        )
        ended = getattr(edit, "word_ended", None)  # a words box the child leaves with Enter or Tab
        if ended is not None:
            ended.connect(lambda edit=edit: self._on_word_ended(edit))

    def _on_word_ended(self, edit: Edit) -> None:
        """Enter or Tab ended the word before the keyboard, as a space would have."""
        typed = edit.toPlainText()[: edit.textCursor().position()]
        phrase = self.phrase_for(" ", typed + " ", self._settings() or {})
        if phrase and not self.quiet():
            self._voice.say(phrase, self._language_of(edit))

    def _on_change(self, edit: Edit, position: int, removed: int, added: int) -> None:
        # One character added is typing; pastes, loads and undo are not echoed.
        if added != 1 or removed != 0:
            return
        settings = self._settings() or {}
        document = edit.document()
        typed = document.characterAt(position)
        before = edit.toPlainText()[: position + 1]
        phrase = self.phrase_for(typed, before, settings)
        if phrase and not self.quiet():
            self._voice.say(phrase, self._language_of(edit))

    @staticmethod
    def phrase_for(typed: str, text_so_far: str, settings: dict) -> str:
        """What to say after ``typed`` was typed at the end of ``text_so_far``."""
        if typed in ".!?":
            if settings.get("echo_sentences"):
                sentence = last_sentence(text_so_far)
                if sentence:
                    return sentence
            if settings.get("echo_words"):
                return last_word(text_so_far)
            return ""
        if typed.isspace() or typed in ("\u2029", "\u2028"):
            if settings.get("echo_words"):
                previous = text_so_far[:-1]
                # After . ! or ? the word (or its sentence) was said at the mark: not again.
                if previous and not previous[-1].isspace() and previous[-1] not in ".!?":
                    return last_word(previous)
            return ""
        if settings.get("echo_letters"):
            return letter_to_say(typed) or ""
        return ""
