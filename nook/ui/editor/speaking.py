"""The editor's voice: "Read to me" (a whole book turns its own pages), a tapped word
said aloud, the typing echo. Mixed into PieceScreen."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from nook.ui.kit.icons import icon

if TYPE_CHECKING:
    from nook.ui.editor.page_view import WordsEdit


class Speaking:
    """Read aloud for the piece screen (uses its views, voice and buttons)."""

    def _build_speech(self) -> None:
        self.read_aloud = None
        self.echo = None
        speaks = self.voice is not None and bool(getattr(self.voice, "is_available", lambda: True)())
        self.speaks = speaks
        if self.voice is None:
            return
        try:
            read_aloud = importlib.import_module("nook.ui.editor.read_aloud")
        except ImportError:  # pragma: no cover - only before read aloud exists
            return
        self.read_aloud = read_aloud.ReadAloud(self.voice, self)
        self.read_aloud.finished_reading.connect(self._read_next)
        self.echo = read_aloud.TypingEcho(self.voice, self._writer_settings, self)

    def set_voice(self, voice: Any) -> None:
        """Give the editor a voice that arrived after it opened (the app makes the voice
        just after the first screen shows). Only the first voice is taken."""
        if self.voice is not None or voice is None:
            return
        self.stop_reading()
        self.voice = voice
        self._build_speech()
        for view in self.views:
            for edit in view.edits.values():
                self.edit_created(edit)
        self.read_button.setIcon(icon("read_aloud" if self.speaks else "no_sound"))
        self.stop_button.setIcon(icon("stop" if self.speaks else "no_sound"))
        self.read_button.setEnabled(self.speaks)
        self.stop_button.setEnabled(self.speaks)
        if self.word_wall is not None and hasattr(self.word_wall, "set_voice"):
            self.word_wall.set_voice(voice)

    def _writer_settings(self) -> dict[str, Any]:
        return self.library.settings_for(self.piece.writer_id)

    def edit_created(self, edit: WordsEdit) -> None:
        if self.echo is not None:
            self.echo.attach(edit)

    def word_tapped(self, edit: WordsEdit, position: int) -> None:
        if self.read_aloud is not None and self.speaks:
            self.read_aloud.speak_word_at(edit, position)

    def read_to_me(self) -> None:
        if self.read_aloud is None:
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
        if self.read_aloud is None or not self._reading_piece:
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
        if self.read_aloud is not None:
            self.read_aloud.stop()
