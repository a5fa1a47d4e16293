"""The grown-up line, typed by a grown-up in the editor: the conventional spelling under
a page, small and grey, never in place of the child's words.

It is typed here, beside the page, because that is where it happens in a classroom: the
teacher sits with the child at the page, the child reads their words aloud, and the
teacher writes under them what was said. So the grown-up picture at the end of the
editor's top bar (as on the shelf) asks the gate, once per visit (see
nook/ui/grownup/visit.py), and opens a line under the page. The line follows the page
shown and closes when the visit ends (the grown-up walked away, or a child's turn
began), so a child never types in it. What is typed is stored like any change, through
the piece's model and the operations door, but outside the child's undo: a child's
Undo never takes a grown-up's line away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLineEdit, QWidget

from nook.core.piece_text import GROWN_UP_LINE, GROWN_UP_LINE_LIMIT
from nook.i18n import translate
from nook.ui.editor.model import PageState
from nook.ui.editor.piece import PieceModel
from nook.ui.grownup.visit import GrownUpVisit
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.plain import PlainLabel

DONE_SIZE = 64  # the line's tick, at most (the smallest target is 48)
ARROW_SIZE = 48  # the line's page arrows: the smallest target, the line keeps its room


class GrownUpLineEdit(QLineEdit):
    """One line of plain text that says so, kindly, when a grown-up types past its end."""

    full = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        at_end = len(self.text()) >= self.maxLength() and not self.hasSelectedText()
        if at_end and event.text() and event.text().isprintable():
            self.full.emit()  # QLineEdit would drop the letter without a word
        super().keyPressEvent(event)


class GrownUpLineBar(QFrame):
    """A line under the page for a grown-up to type the conventional spelling in.

    `button` is the way in (the screen places it); `changed` carries the page state whose
    line changed, so the screen can make room for it on the page and in the strip."""

    changed = Signal(object)  # PageState

    def __init__(self, piece: PieceModel, button_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grownUpLineBar")
        self.piece = piece
        self.visit: GrownUpVisit | None = None
        self._state: PageState | None = None
        self.button = PictureButton("grown_up", "", "grownUpLineButton", button_size)
        self.button.clicked.connect(lambda _=False: self.open_line())
        self._covers: list[QWidget] = []
        self.title = PlainLabel()
        self.title.setObjectName("grownUpLineTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet(theme.GROWN_UP_LINE_TITLE)
        self.edit = GrownUpLineEdit()
        self.edit.setObjectName("grownUpLine")
        self.edit.setMaxLength(GROWN_UP_LINE_LIMIT)
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self._typed)
        self.edit.full.connect(self._too_long)
        self.edit.returnPressed.connect(self.close_line)
        # A grown-up's tick: big enough to hit, small enough to leave the line its room.
        self.done = PictureButton("ok", "", "grownUpLineDone", min(button_size, DONE_SIZE))
        self.done.clicked.connect(lambda _=False: self.close_line())
        # The page arrows stand by the pages, under the line while it is open: a grown-up
        # writing line after line turns the pages here (`turn` is the screen's).
        self.turn: Callable[[int], None] | None = None
        self.previous = PictureButton("previous_page", "", "grownUpLinePrevious", ARROW_SIZE)
        self.previous.clicked.connect(lambda _=False: self.turn(-1) if self.turn else None)
        self.next = PictureButton("next_page", "", "grownUpLineNext", ARROW_SIZE)
        self.next.clicked.connect(lambda _=False: self.turn(1) if self.turn else None)
        self.previous.hide()
        self.next.hide()
        self.note = PlainLabel()
        self.note.setObjectName("grownUpLineNote")
        self.note.setWordWrap(True)
        self.note.hide()
        # The words over the box, the tick beside both: two short rows, no taller than
        # the strip whose place the line takes.
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 0, 6, 0)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.previous, 0, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.edit, 1, 1)
        grid.addWidget(self.next, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.done, 0, 3, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.note, 2, 0, 1, 4)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.button.set_phrase(translate("Editor", "For grown-ups: a line under the page"))
        self.done.set_phrase(translate("Editor", "Done"))
        self.previous.set_phrase(translate("Editor", "Page before"))
        self.next.set_phrase(translate("Editor", "Next page"))
        self.title.setText(
            translate("Editor", "Grown-up line: how it is spelled in books. The child's words stay as they are.")
        )
        self.edit.setAccessibleName(translate("Editor", "Grown-up line"))
        self.edit.setPlaceholderText(translate("Editor", "Type what the child's words say"))
        if self.note.isVisible():
            self._too_long()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the visit ---------------------------------------------------------------------
    def join(self, visit: GrownUpVisit) -> None:
        """The window's grown-up visit: the line opens in one, and closes when it ends."""
        self.visit = visit
        visit.ended.connect(self.close_line)

    def in_place_of(self, widgets: list[QWidget]) -> None:
        """What under the page the line hides while it is open (the pages and their
        buttons between the page arrows, the sign's looks), so the page keeps its size;
        the page arrows still turn pages."""
        self._covers = widgets

    @property
    def is_open(self) -> bool:
        return not self.isHidden()

    def open_line(self) -> bool:
        """After the gate (or at once during a visit), the line for the page shown."""
        if self.visit is None or not self.visit.ask(self.window()):
            return False
        shown = [widget for widget in self._covers if not widget.isHidden()]
        if shown:
            # As tall as what it stands in for: the page neither shrinks nor grows.
            self.setMinimumHeight(max(widget.height() for widget in shown))
        for widget in shown:
            widget.hide()
        self.show()
        self._load()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.end(False)
        return True

    def close_line(self) -> None:
        self.note.hide()
        if not self.isHidden():
            for widget in self._covers:
                widget.show()
        self.hide()
        self.piece.flush()

    # -- the page shown ------------------------------------------------------------------
    def turns_pages(self, turn: Callable[[int], None]) -> None:
        """The piece has pages to turn (a book, a letter): the line has page arrows."""
        self.turn = turn
        self.previous.show()
        self.next.show()

    def show_page(self, state: PageState | None) -> None:
        """The page being made changed (a turn, another list item): its own line shows."""
        self.previous.setEnabled(self.piece.index > 0)
        self.next.setEnabled(self.piece.index < len(self.piece.states) - 1)
        if state is self._state:
            return
        self._state = state
        if self.is_open:
            self._load()

    def _load(self) -> None:
        state = self._state
        line = state.extras.get(GROWN_UP_LINE, "") if state is not None else ""
        self.edit.setText(line if isinstance(line, str) else "")
        self.edit.setEnabled(state is not None)
        self.note.hide()

    def _typed(self, text: str) -> None:
        if len(text) >= GROWN_UP_LINE_LIMIT:
            self._too_long()
        else:
            self.note.hide()
        state = self._state
        if state is None:
            return
        self.piece.set_grown_up_line(state, text)
        self.changed.emit(state)

    def _too_long(self) -> None:
        self.note.setText(
            translate(
                "Editor",
                "That is as long as a grown-up line can be ({limit} letters). A short line fits under the page best.",
            ).format(limit=GROWN_UP_LINE_LIMIT)
        )
        self.note.show()
