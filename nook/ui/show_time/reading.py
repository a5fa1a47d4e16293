"""Show time's reading aloud: a page's own recording (my voice) or the app's voice, each
word lit on the page as it is heard, and the page turned after a look at its picture.

A part of ShowTime (nook/ui/show_time/screen.py), which lays out the stage and the
buttons; this holds what happens between "Read to me" and the last page read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from nook import render
from nook.core import recordings
from nook.core.library import Library
from nook.core.models import Page, Piece
from nook.core.page_language import page_language
from nook.i18n import translate
from nook.speech import Voice
from nook.speech.recording_player import RecordingPlayer
from nook.speech.words import split_words
from nook.ui.editor.oops import OopsBubble
from nook.ui.editor.sounds import SoundBox
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon
from nook.ui.kit.said_once import SaidOnce
from nook.ui.kit.second_tap import SameTap
from nook.ui.show_time.spoken import Spoken, spoken_parts, spoken_text, word_rects
from nook.ui.show_time.stage import PageStage


class ReadingAloud(QWidget):
    """What show time does from "Read to me" on; the screen itself is ShowTime."""

    library: Library
    piece: Piece
    pages: list[Page]
    index: int
    voice: Voice
    speaks: bool  # a voice that can speak (decided once, when show time opens)
    stage: PageStage
    page_style: render.PageStyle
    _style: render.TextStyle
    read_button: PictureButton
    read_tap: SameTap
    sounds: SoundBox
    button_size: int
    _oops_bubble: OopsBubble | None  # made when first needed
    _said_once: SaidOnce
    go_to: Callable[[int], None]

    def _init_reading(
        self, recording_player: RecordingPlayer | None, picture_page_ms: int, after_reading_ms: int
    ) -> None:
        # My voice: a page's own recording plays instead of (or before) the app's voice,
        # as a grown-up chose; show time then reads even where the app's voice cannot.
        self.recording_player = recording_player or RecordingPlayer(self)
        self.recording_player.done.connect(self._recording_done)
        self._playing_own = False
        self.reading_voice = str(self.library.setting("reading_voice"))
        self.writer_language = str(self.library.setting("language", self.piece.writer_id) or "en")
        self.has_recordings = self.reading_voice != "app" and any(
            recordings.recording_of(p.extras) is not None for p in self.pages
        )
        self.reading = False
        self._utterance = -1
        self._said = ""  # the text of the utterance being read
        self._heard_to = 0  # how far into it the words have been heard
        self._parts: list[Spoken] = []
        # One timer holds a page before it turns: a picture-only page for a long look, a
        # page with words for a short one after its last word, so a child reading along
        # can find the picture before the page goes (three short pages once flew by in
        # about three seconds).
        self.picture_page_ms = picture_page_ms
        self.after_reading_ms = after_reading_ms
        self._turn_timer = QTimer(self)
        self._turn_timer.setSingleShot(True)
        self._turn_timer.timeout.connect(lambda: self._page_read() if self.reading else None)

    def toggle_reading(self) -> None:
        if self.reading:
            if self.read_tap.undo_now():  # not a double tap's second tap
                self.stop_reading()
        elif any(self._has_something_to_read(page) for page in self.pages[self.index :]):
            self.read_tap.did()
            self.start_reading()  # from a page with only a picture, on to the words
        else:
            # As the editor answers: a silent "reading" of a page with no words left a
            # child unable to tell an empty page from a broken button.
            self.sounds.play("oops")
            said = self.oops_bubble.show_reason("no_words")
            if self.speaks:
                self._said_once.say(said)

    @property
    def oops_bubble(self) -> OopsBubble:
        if self._oops_bubble is None:
            self._oops_bubble = OopsBubble(self.button_size, self)
        return self._oops_bubble

    def _has_something_to_read(self, page: Page) -> bool:
        """Words the voice can say on `page`, or its own recording to play."""
        if self.speaks and spoken_text(spoken_parts(self.page_style, self.piece, page)):
            return True
        recording = recordings.recording_of(page.extras)
        return recording is not None and self.reading_voice != "app"

    def start_reading(self) -> None:
        if not (self.speaks or self.has_recordings):
            return
        self.reading = True
        self._set_read_button(reading=True)
        self._read_page()

    def stop_reading(self) -> None:
        self.reading = False
        self._turn_timer.stop()
        self._utterance = -1
        if self._playing_own:
            self._playing_own = False
            self.recording_player.stop()
        if self.speaks:
            self.voice.stop()
        self.stage.light([])
        self._set_read_button(reading=False)

    def _set_read_button(self, reading: bool) -> None:
        self.read_button.setIcon(icon("pause" if reading else "play"))
        self.read_button.set_phrase(
            translate("ShowTime", "Stop reading") if reading else translate("ShowTime", "Read to me")
        )

    def _read_page(self) -> None:
        self._turn_timer.stop()
        self.stage.light([])
        if self._playing_own:
            self._playing_own = False
            self.recording_player.stop()
        recording = recordings.recording_of(self.pages[self.index].extras)
        data = self.library.media(recording.media) if recording and self.reading_voice != "app" else None
        if recording is not None and data is not None:
            self._utterance = -1
            if self.speaks:
                self.voice.stop()
            self._playing_own = True
            self.recording_player.play(data, recording.ms)
            return
        self._say_page()

    def _recording_done(self) -> None:
        """The page's own recording was heard: the app's voice next, or the next page."""
        if not self._playing_own:
            return  # stopped on purpose (a page turn, leaving)
        self._playing_own = False
        if not self.reading:
            return
        if self.reading_voice == "own_then_app" and self.speaks and spoken_text(self._parts):
            self._say_page()
        elif self.index < len(self.pages) - 1:
            self._turn_timer.start(self.after_reading_ms)  # a look at the picture, then on
        else:
            self._page_read()

    def _say_page(self) -> None:
        text = spoken_text(self._parts)
        # Forget the old utterance first: `say` stops it, and its `finished` must not
        # count as this page having been read (that would turn one page too many).
        self._utterance = -1
        self._said, self._heard_to = text, 0
        if text and self.speaks:
            # A page in the writer's other language is read in that language's voice.
            language = page_language(self.pages[self.index].extras, self.writer_language)
            self._utterance = self.voice.say(text, language)
        else:
            # A page with only a picture, or words no voice can say here (show time
            # reading the child's recordings on a silent computer): time to look at it.
            self._turn_timer.start(self.picture_page_ms)

    def _on_word(self, utterance: int, start: int, length: int) -> None:
        if utterance != self._utterance:
            return
        self._heard_to = start + length
        for part in self._parts:
            if part.start <= start < part.start + len(part.text):
                local = start - part.start
                self.stage.light(word_rects(part, self._style, local, min(length, len(part.text) - local)))
                return

    def _on_finished(self, utterance: int) -> None:
        if utterance != self._utterance or not self.reading:
            return
        self._utterance = -1
        if self._heard_to > 0 and split_words(self._said[self._heard_to :]):
            # A word left unheard (not just the full stop after the last one heard):
            # stopped half way by someone else speaking (a talking button). Stay on
            # this page and let the child tap "read" again. An engine that reports no
            # words at all (speech-dispatcher) still turns the pages.
            self.reading = False
            self.stage.light([])
            self._set_read_button(reading=False)
            return
        self.stage.light([])
        if self.index < len(self.pages) - 1:
            self._turn_timer.start(self.after_reading_ms)  # a look at the picture, then on
        else:
            self._page_read()  # the last page: nothing to wait for

    def _page_read(self) -> None:
        self.stage.light([])
        if self.index < len(self.pages) - 1:
            self.go_to(self.index + 1)  # reads the next page too, since we are reading
        else:
            self.reading = False
            self._set_read_button(reading=False)
