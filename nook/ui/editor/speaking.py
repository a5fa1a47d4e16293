"""The editor's voice: "Read to me" (a whole book turns its own pages), a tapped word
said aloud, the typing echo. Mixed into PieceScreen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nook.ui.editor.read_aloud import ReadAloud, TypingEcho
from nook.ui.kit.icons import icon

if TYPE_CHECKING:
    from nook.ui.editor.page_view import WordsEdit


class Speaking:
    """Read aloud for the piece screen (uses its views, voice and buttons)."""

    def _build_speech(self) -> None:
        self.speaks = self.voice.is_available()
        self.read_aloud = ReadAloud(self.voice, self)
        self.read_aloud.finished_reading.connect(self._read_next)
        self.echo = TypingEcho(self.voice, self._writer_settings, self)
        self.voice.ready.connect(self._voice_ready)

    def _voice_ready(self) -> None:
        """The engine arrived after the piece opened (a piece reopened at start)."""
        self.stop_reading()
        self.speaks = self.voice.is_available()
        self.read_button.setIcon(icon("read_aloud" if self.speaks else "no_sound"))
        self.stop_button.setIcon(icon("stop" if self.speaks else "no_sound"))
        self.read_button.setEnabled(self.speaks)
        self.stop_button.setEnabled(self.speaks)

    def _writer_settings(self) -> dict[str, Any]:
        return self.library.settings_for(self.piece.writer_id)

    def edit_created(self, edit: WordsEdit) -> None:
        self.echo.attach(edit)

    def word_tapped(self, edit: WordsEdit, position: int) -> None:
        if self.speaks:
            self.read_aloud.speak_word_at(edit, position)

    def read_to_me(self) -> None:
        if not self.speaks:
            return
        self.flush()
        self._reading_piece = True
        self._queue_page()
        self._read_next()

    def _queue_page(self) -> None:
        self._reading = [
            view.edits[box.field]
            for view in self.views
            for box in view.layout_spec.texts  # reading order: Dear..., the letter, Love...
            if view.edits[box.field].toPlainText().strip()
        ]

    def _read_next(self) -> None:
        if not self._reading_piece:
            return
        if not self._reading and self.kind == "book" and self.index < len(self.states) - 1:
            self._turning_for_reading = True  # reading a whole book turns its pages
            try:
                self.go_to(self.index + 1)
            finally:
                self._turning_for_reading = False
            self._queue_page()
        if not self._reading:
            self._reading_piece = False
            return
        edit = self._reading.pop(0)
        self.read_aloud.read(edit)

    def stop_reading(self) -> None:
        self._reading_piece = False
        self._reading = []
        self.read_aloud.stop()
