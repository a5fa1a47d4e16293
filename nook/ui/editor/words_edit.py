"""The text boxes a child types in: plain text, no marks, bounded pastes, the editor's
own undo, Page Up/Down turning pages, and a tapped word said aloud."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit

from nook import render
from nook.i18n import translate
from nook.ui.kit import theme
from nook.ui.kit.talking import LONG_PRESS_MS

if TYPE_CHECKING:
    from nook.ui.editor.page_view import PageView

MAX_PASTE = 5000  # characters taken from one paste; more is trimmed with a message
MAX_FIELD = 20000  # characters one text box holds


def box_phrase(box: render.TextBox) -> str:
    """What a words box says when asked, in the language now installed (the layout
    names each box by its English phrase; the screen words it)."""
    phrases = {
        "Your words": translate("Editor", "Your words"),
        "The list's name": translate("Editor", "The list's name"),
        "A thing on the list": translate("Editor", "A thing on the list"),
        "Your book's name": translate("Editor", "Your book's name"),
        "Your sign's words": translate("Editor", "Your sign's words"),
        "Dear": translate("Editor", "Dear"),
        "Your letter": translate("Editor", "Your letter"),
        "Love": translate("Editor", "Love"),
        "From": translate("Editor", "From"),
        "To": translate("Editor", "To"),
    }
    return phrases.get(box.phrase, box.phrase)


# Keys that type nothing by themselves.
MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta)
SHIFT = Qt.KeyboardModifier.ShiftModifier
# Marks written straight after a word, with no space before them.
ENDS_ON_WORD = (".", ",", "!", "?", ";", ":")


class WordsEdit(QTextEdit):
    """A text box for the child's words: plain text, no marks, bounded pastes."""

    # The child went on from here with Enter or Tab: the word typed last ended without a
    # space, and the typing echo says it (a list's things were never said).
    word_ended = Signal()

    def __init__(self, view: PageView, box: render.TextBox) -> None:
        super().__init__(view)
        self.view = view
        self.box = box
        self.setObjectName("words" + box.field.capitalize())
        self.setAccessibleName(box_phrase(box))
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)  # the editor's own undo covers typing too
        # Where the space given after a word-wall word ends (-1: none waiting).
        self.given_space_at = -1
        # Tab moves on to the next part (greeting -> letter -> closing); a tab character
        # in a child's words only ever shrinks them into the wrong place.
        self.setTabChangesFocus(True)
        self.setFrameStyle(0)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(0)
        self.setStyleSheet(theme.WORDS_BOX)
        self.viewport().setAutoFillBackground(False)
        option = self.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter if box.centre else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(option.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self._press_position: QPointF | None = None
        self._press_at = 0  # the press's own time (ms, the window system's)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(box_phrase(self.box))
        super().changeEvent(event)

    # Paste: plain text only, and never so much that the app stalls.
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt API
        return bool(source.hasText())

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        text = source.text() if source.hasText() else ""
        if self.box.single_line:  # "Dear ..." stays one line
            text = " ".join(text.split())
        room = max(0, MAX_FIELD - len(self.toPlainText()))
        limit = min(MAX_PASTE, room)
        if len(text) > limit:
            text = text[:limit]
            self.view.oops.emit("too_much_text")
        if text:
            self.insertPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Undo):
            self.view.undo_wanted.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.view.redo_wanted.emit()
            return
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.view.turn_wanted.emit(1 if event.key() == Qt.Key.Key_PageDown else -1)
            return
        if self.box.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.word_ended.emit()
            self.focusNextChild()
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.view.piece.kind == "list" and self.view.state.role in ("item", "cover"):
            self.word_ended.emit()
            self.view.next_item_wanted.emit()  # the next thing on the list (from its title: the first)
            return
        text = event.text()
        if self._after_given_space(event):
            return
        if text and text.isprintable() and len(self.toPlainText()) >= MAX_FIELD:
            return
        if event.key() not in MODIFIER_KEYS:
            # A list's row scrolled out of sight comes back: the child sees what they type.
            self.view.typed_in.emit()
        super().keyPressEvent(event)

    def _after_given_space(self, event: QKeyEvent) -> bool:
        """A word-wall word comes with a space after it. The child's own space typed
        straight after is that space (True: the key is done); a full stop or the like
        takes its place, on the word."""
        if event.key() in MODIFIER_KEYS:
            return False  # Shift on the way to "!" leaves the space waiting
        given, self.given_space_at = self.given_space_at, -1
        cursor = self.textCursor()
        if given < 0 or cursor.hasSelection() or cursor.position() != given:
            return False
        if self.toPlainText()[given - 1 : given] != " ":
            return False
        if event.key() == Qt.Key.Key_Space:
            return True
        if event.text() in ENDS_ON_WORD:
            cursor.deletePreviousChar()
            self.setTextCursor(cursor)
        return False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            # Moved on to by Tab or Enter: typing goes on after what the box says ("Love,
            # Maya|"), never into its front ("LuciaCon cariño,").
            self.moveCursor(QTextCursor.MoveOperation.End)
        # The window coming back (or shown for the first time) gives the keyboard back to
        # where it was: no page was chosen. Taken as a choice it made the row with the
        # keyboard the one read next: a list read aloud said its first thing twice.
        if event.reason() != Qt.FocusReason.ActiveWindowFocusReason:
            self.view.activated.emit(self)

    def event(self, event: QEvent) -> bool:
        # Tab moves on before keyPressEvent hears it (a hidden page's box losing the
        # keyboard is a "tab" too, so the key itself is looked at, not the focus reason).
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & ~SHIFT
        ):
            self.word_ended.emit()
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._press_position = event.position()
        self._press_at = event.timestamp()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """A child's second tap puts the cursor where it lands, as a tap does. Qt's double
        click chose the whole word, and the next letter typed replaced it ("mi elefante"
        became "mi s"). Its release says nothing: the word was said at the first tap."""
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            event.position(),
            event.globalPosition(),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )
        super().mousePressEvent(press)
        self._press_position = None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        start = self._press_position
        self._press_position = None
        # A long press asked what the box is (the talking buttons said its name): the word
        # said on its release cut that answer off.
        long_press = event.timestamp() - self._press_at >= LONG_PRESS_MS
        if (
            start is not None
            and not long_press
            and (event.position() - start).manhattanLength() < 8
            and not self.textCursor().hasSelection()
        ):
            position = self.cursorForPosition(event.position().toPoint()).position()
            self.view.word_tapped.emit(self, position)
