"""The editor's voice: "Read to me" (a whole book turns its own pages), a tapped word
said aloud, the typing echo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from nook.speech import Voice
from nook.ui.editor.piece import PieceModel
from nook.ui.editor.read_aloud import ReadAloud, TypingEcho
from nook.ui.editor.words_edit import WordsEdit

if TYPE_CHECKING:
    from nook.ui.editor.page_view import PageView


class Reading(QObject):
    """Reads the pages shown aloud, in reading order, turning a book's pages as it goes.

    `speaks` is whether the voice can speak now; `speaks_changed` comes when its
    engine arrives after the piece opened (a piece reopened as the app starts).
    """

    speaks_changed = Signal()

    def __init__(
        self,
        voice: Voice,
        piece: PieceModel,
        views: Callable[[], Sequence[PageView]],
        go_to: Callable[[int], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.voice = voice
        self.piece = piece
        self._views = views
        self._go_to = go_to
        self.speaks = voice.is_available()
        self.read_aloud = ReadAloud(voice, self)
        self.read_aloud.finished_reading.connect(self._read_next)
        self.echo = TypingEcho(voice, piece.writer_settings, self)
        self._queue: list[WordsEdit] = []
        self.reading_piece = False
        self.turning = False  # true while reading turns a book's page itself
        voice.ready.connect(self._voice_ready)

    def _voice_ready(self) -> None:
        self.stop()
        self.speaks = self.voice.is_available()
        self.speaks_changed.emit()

    def attach(self, edit: WordsEdit) -> None:
        """Echo what is typed into a words box."""
        self.echo.attach(edit)

    def say(self, text: str) -> None:
        """Say a short phrase (a sticker's name, an oops), if the voice can speak."""
        if self.speaks:
            self.voice.say(text)

    def word_tapped(self, edit: WordsEdit, position: int) -> None:
        if self.speaks:
            self.read_aloud.speak_word_at(edit, position)

    def read_to_me(self) -> None:
        if not self.speaks:
            return
        self.piece.flush()
        self.reading_piece = True
        self._queue_page()
        self._read_next()

    def _queue_page(self) -> None:
        self._queue = [
            view.edits[box.field]
            for view in self._views()
            for box in view.layout_spec.texts  # reading order: Dear..., the letter, Love...
            if view.edits[box.field].toPlainText().strip()
        ]

    def _read_next(self) -> None:
        if not self.reading_piece:
            return
        piece = self.piece
        if not self._queue and piece.kind == "book" and piece.index < len(piece.states) - 1:
            self.turning = True  # reading a whole book turns its pages
            try:
                self._go_to(piece.index + 1)
            finally:
                self.turning = False
            self._queue_page()
        if not self._queue:
            self.reading_piece = False
            return
        self.read_aloud.read(self._queue.pop(0))

    def stop(self) -> None:
        self.reading_piece = False
        self._queue = []
        self.read_aloud.stop()
