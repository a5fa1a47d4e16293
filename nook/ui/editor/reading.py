"""The editor's voice: "Read to me" (a whole book turns its own pages), a tapped word
said aloud, the typing echo. A page with the child's own recording is read with it, as
a grown-up chose (the recording, the app's voice, or the recording and then the app's)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from nook.core import recordings
from nook.core.recordings import Recording
from nook.speech import Voice
from nook.speech.recording_player import RecordingPlayer
from nook.ui.editor.piece import PieceModel
from nook.ui.editor.read_aloud import ReadAloud, TypingEcho
from nook.ui.editor.words_edit import WordsEdit
from nook.ui.kit.said_once import SaidOnce

if TYPE_CHECKING:
    from nook.ui.editor.model import PageState
    from nook.ui.editor.page_view import PageView


class Reading(QObject):
    """Reads the pages shown aloud, in reading order, turning a book's pages as it goes
    (and going down a list's rows: each is brought into sight as it is read).

    `speaks` is whether the voice can speak now; `speaks_changed` comes when its
    engine arrives after the piece opened (a piece reopened as the app starts).
    """

    speaks_changed = Signal()
    busy_changed = Signal(bool)  # reading the piece began (True) or ended (False)
    # "Read to me" found nothing to say (no words, no recording, from here on): the
    # editor tells the child so, rather than staying silent.
    nothing_to_read = Signal()

    def __init__(
        self,
        voice: Voice,
        piece: PieceModel,
        views: Callable[[], Sequence[PageView]],
        go_to: Callable[[int], None],
        parent: QObject | None = None,
        player: RecordingPlayer | None = None,
    ) -> None:
        super().__init__(parent)
        self.voice = voice
        self._said = SaidOnce(voice, self)  # a sticker tapped twice: its name heard once, whole
        self.piece = piece
        self._views = views
        self._go_to = go_to
        self.speaks = voice.is_available()
        self.read_aloud = ReadAloud(voice, self, language_of=self._language_of)
        self.read_aloud.finished_reading.connect(self._read_next)
        self.echo = TypingEcho(voice, piece.writer_settings, self, language_of=self._language_of)
        self.player = player or RecordingPlayer(self)
        self.player.done.connect(self._recording_done)
        self._playing_own = False
        self._queue: list[tuple[PageView, WordsEdit | Recording]] = []
        self._reading_piece = False
        self._said_any = False  # this reading said (or played) something
        self._started_at = 0  # the page the child was on when they tapped "Read to me"
        self.turning = False  # true while reading turns a book's page itself
        # True while the child's voice is being recorded: the app then says nothing
        # (the editor hands in its my-voice panel's state).
        self.quiet: Callable[[], bool] = lambda: False
        # Brings a page being read into sight where the pages scroll rather than turn (a
        # list's rows): the editor hands in its part's way of doing it.
        self.bring_into_sight: Callable[[PageView], None] = lambda _view: None
        self.echo.quiet = lambda: self.quiet()
        voice.ready.connect(self._voice_ready)

    @property
    def reading_piece(self) -> bool:
        return self._reading_piece

    @reading_piece.setter
    def reading_piece(self, reading: bool) -> None:
        if reading != self._reading_piece:
            self._reading_piece = reading
            self.busy_changed.emit(reading)

    def _voice_ready(self) -> None:
        self.stop()
        self.speaks = self.voice.is_available()
        self.speaks_changed.emit()

    def attach(self, edit: WordsEdit) -> None:
        """Echo what is typed into a words box."""
        self.echo.attach(edit)

    def say(self, text: str, language: str | None = None) -> None:
        """Say a short phrase (a sticker's name, an oops), if the voice can speak and no
        take of the child's voice runs; `language` when it is not the voice's own (a
        language's name in itself)."""
        if self.speaks and not self.quiet():
            self._said.say(text, language)

    def _language_of(self, edit: object) -> str | None:
        """The language of the page a words box is on: read (and echoed) in its voice."""
        view = getattr(edit, "view", None)
        state = getattr(view, "state", None)
        return self.piece.language_of(state) if state is not None else None

    def word_tapped(self, edit: WordsEdit, position: int) -> None:
        if self.speaks and not self.quiet():
            self.read_aloud.speak_word_at(edit, position)

    def read_to_me(self) -> None:
        if self.quiet():
            return
        mode = self._mode()
        has_own = mode != "app" and any(recordings.recording_of(s.extras) for s in self.piece.states)
        if not (self.speaks or has_own):
            return
        self.piece.flush()
        self._said_any = False
        self._started_at = self.piece.index
        self.reading_piece = True
        if self.piece.kind == "list":  # from its title, whichever row the child is in
            self._turn(0)
        self._queue_page()
        self._read_next()

    def _mode(self) -> str:
        return str(self.piece.library.setting("reading_voice"))

    def _queue_page(self) -> None:
        mode = self._mode()
        self._queue = []
        current = self.piece.current
        for view in self._views():
            if self.piece.kind == "list" and view.state is not current:
                continue  # a list is read a row at a time
            recording = recordings.recording_of(view.state.extras) if mode != "app" else None
            if recording is not None:
                self._queue.append((view, recording))
            if (recording is None or mode == "own_then_app") and self.speaks:
                self._queue.extend(
                    (view, view.edits[box.field])
                    for box in view.layout_spec.texts  # reading order: Dear..., the letter, Love...
                    if view.edits[box.field].toPlainText().strip()
                )

    def _read_next(self) -> None:
        if not self.reading_piece:
            return
        piece = self.piece
        # Reading a whole book turns its pages, past pages with nothing to say (a picture
        # page), and stops on the last one it read rather than turn on to empty pages.
        while not self._queue and piece.kind == "book":
            following = self._next_with_words()
            if following is None:
                break
            self._turn(following)
            self._queue_page()
        # A list goes on down its rows, past things with nothing to say.
        while not self._queue and piece.kind == "list" and piece.index < len(piece.states) - 1:
            following = self._next_with_words()
            self._turn(len(piece.states) - 1 if following is None else following)
            self._queue_page()
        if not self._queue:
            self.reading_piece = False
            if not self._said_any:
                # Nothing was heard: the child stays where they were and is told why.
                if piece.index != self._started_at:
                    self._turn(self._started_at)
                self.nothing_to_read.emit()
            return
        view, item = self._queue.pop(0)
        self._said_any = True
        self.bring_into_sight(view)  # the child sees what they hear
        if isinstance(item, Recording):
            data = self.piece.library.media(item.media)
            if data is None:
                self._read_next()
                return
            self._playing_own = True
            self.player.play(data, item.ms)
        else:
            self.read_aloud.read(item)

    def _turn(self, index: int) -> None:
        self.turning = True  # a page turned by the reading does not stop it
        try:
            self._go_to(index)
        finally:
            self.turning = False

    def _next_with_words(self) -> int | None:
        """The first page (or row) after this one with something to say, if any."""
        states = self.piece.states
        return next((i for i in range(self.piece.index + 1, len(states)) if self._has_words(states[i])), None)

    def _has_words(self, state: PageState) -> bool:
        """A page or a list's row has something to say: words, or the child's own recording."""
        if self._mode() != "app" and recordings.recording_of(state.extras) is not None:
            return True
        return self.speaks and bool(state.words.strip())

    def _recording_done(self) -> None:
        if self._playing_own:
            self._playing_own = False
            self._read_next()

    @property
    def busy(self) -> bool:
        """Reading the piece now (with the app's voice or a recording)."""
        return self.reading_piece

    def stop(self) -> None:
        self.reading_piece = False
        self._queue = []
        if self._playing_own:
            self._playing_own = False
            self.player.stop()
        self.read_aloud.stop()
