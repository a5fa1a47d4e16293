"""One piece open for making: its pages with picture and words, the tools around them.

The screen lays out and wires its parts; each job is its own collaborator:
`PieceModel` (the pages, undo, storing; no widgets), `PageOperations` (pages added,
copied, moved, taken out), a `KindPart` (what a book, list, sign or letter adds),
`Reading` (read aloud, a tapped word, the typing echo), `PictureActions` (tools,
stickers, photos), `LayerCache` and `Thumbnails` (pictures kept so nothing is drawn
twice), `SidePanel` (colours, stickers, the word wall) and `VoiceOnPages` (the
`MyVoicePanel` recording the child's voice on the page, kept in step with the pages).
The pages on screen (made, shown, turned, touched) are `PagesOnScreen`'s; what is hidden
when a piece opens is made when first wanted (`MadeLater`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from nook.core.library import Change, Library, What
from nook.i18n import translate
from nook.speech import Voice
from nook.speech.microphones import Microphones
from nook.speech.recording_player import RecordingPlayer
from nook.ui.editor.grown_up_line import GrownUpLineBar
from nook.ui.editor.kinds import KindPart, part_for
from nook.ui.editor.later_parts import MadeLater
from nook.ui.editor.layers import LayerCache, Thumbnails
from nook.ui.editor.look_only import LookOnly
from nook.ui.editor.my_voice import COUNTDOWN_STEP_MS
from nook.ui.editor.page_language import PageLanguageButton
from nook.ui.editor.page_ops import PageOperations
from nook.ui.editor.page_view import PageView
from nook.ui.editor.pages_shown import PagesOnScreen
from nook.ui.editor.picture_actions import PictureActions
from nook.ui.editor.piece import SAVE_DELAY_MS, PieceModel
from nook.ui.editor.read_buttons import ReadButtons
from nook.ui.editor.reading import Reading
from nook.ui.editor.side import SidePanel
from nook.ui.editor.sounds import SoundBox
from nook.ui.editor.strips import button_bar, scrolled
from nook.ui.editor.tools import ToolPanel, ToolState
from nook.ui.editor.voice_on_pages import VoiceOnPages
from nook.ui.editor.words_actions import WordsActions
from nook.ui.editor.words_edit import WordsEdit
from nook.ui.grownup.visit import GrownUpVisit
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.second_tap import SameTap
from nook.ui.operations import Operations


class PieceScreen(PagesOnScreen, MadeLater, QWidget):
    """Making a piece: book, list, sign or letter. Edits store themselves."""

    closed = Signal()
    show_time_wanted = Signal(str)
    # Made part-way through building; buttons made before them call them when tapped.
    side: SidePanel
    words: WordsActions
    picture_actions: PictureActions
    look_only: LookOnly | None = None

    def __init__(
        self,
        library: Library,
        operations: Operations,
        piece_id: str,
        voice: Voice,
        button_size: int = 64,
        parent: QWidget | None = None,
        *,
        save_delay_ms: int = SAVE_DELAY_MS,
        microphones: Microphones | None = None,
        countdown_step_ms: int = COUNTDOWN_STEP_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pieceScreen")
        self.setAcceptDrops(True)
        self.library = library
        self.piece = PieceModel(library, piece_id, save_delay_ms, parent=self, operations=operations)
        self.piece_id = piece_id
        self.kind = self.piece.kind
        self.button_size = button_size
        self.voice = voice
        self.microphones = microphones
        self.countdown_step_ms = countdown_step_ms
        self.tools = ToolState()
        self.sounds = SoundBox(lambda: bool(library.setting("sounds")), self)
        self.current_view: PageView | None = None
        self.current_edit: WordsEdit | None = None
        self.layers = LayerCache()
        self.thumbnails = Thumbnails(self.piece, button_size - 12, self.view_for)
        self.ops = PageOperations(self.piece)
        # One player for the child's recordings: reading aloud and the panel share it,
        # so a recording never plays over another.
        self.recording_player = RecordingPlayer(self)
        self.reading = Reading(voice, self.piece, lambda: self.views, self.go_to, self, self.recording_player)
        self.reading.nothing_to_read.connect(lambda: self.oops("no_words"))
        self._build()
        self.picture_actions = PictureActions(
            self.piece,
            self.tools,
            self.side,
            self.sounds,
            lambda: self.current_view,
            lambda: self.views,
            self.oops,
            self.reading.say,
            self,
        )
        self.picture_actions.offer_grown_up = lambda action: self.oops_bubble.offer_grown_up(action)
        self.piece.reloaded.connect(self._show_pages)
        self.piece.turned.connect(self._show_pages)
        self.piece.restored.connect(self._restored)
        self.piece.stored.connect(self._stored)
        self.piece.history_changed.connect(self._sync_buttons)
        operations.changed.connect(self._library_changed)
        # A library that cannot be changed here: the piece is for looking and reading.
        self.look_only: LookOnly | None = None
        if library.read_only:
            self.look_only = LookOnly(self, self._tell)
            self._ends.insertWidget(1, self.look_only.sign)
            self.part.row_built = self.look_only.rest_buttons  # a list's row built later rests too
        self._show_pages()
        self.retranslate()

    def retranslate(self) -> None:
        """Say every phrase of the screen again in the language now installed (the
        panels and the kind's part say their own)."""
        self.setAccessibleName(translate("Editor", "Making"))
        self.back_button.set_phrase(translate("Editor", "My shelf"))
        self.read_buttons.retranslate()
        self.word_wall_button.set_phrase(translate("Editor", "Word wall"))
        self.smaller_button.set_phrase(translate("Editor", "Smaller letters"))
        self.bigger_button.set_phrase(translate("Editor", "Bigger letters"))
        self.words_colour_button.set_phrase(translate("Editor", "How my words look"))
        self.undo_button.set_phrase(translate("Editor", "Undo"))
        self.redo_button.set_phrase(translate("Editor", "Redo"))
        self.show_time_button.set_phrase(translate("Editor", "Show time"))
        self.finished_button.set_phrase(translate("Editor", "I'm finished!"))
        self.previous_button.set_phrase(translate("Editor", "Page before"))
        self.next_button.set_phrase(translate("Editor", "Next page"))
        self.photo_button.set_phrase(translate("Editor", "Add a photo"))
        self.clear_button.set_phrase(translate("Editor", "Clear the picture"))
        self.part.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.piece.restyle()  # the cover's "by …" line
            for view in self.views:
                view.restyle()
        super().changeEvent(event)

    # -- building -----------------------------------------------------------------
    def _button(self, icon_name: str, name: str, slot: Callable[[], None]) -> PictureButton:
        """A picture button; retranslate() gives it its phrase."""
        button = PictureButton(icon_name, "", name, self.button_size)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _build(self) -> None:
        # The screen's rows are there first, so what goes in them is made in its place:
        # a part moved in once made would have every button in it styled again.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        # The way back, undo, show time and "I'm finished" stay in sight; what a bar cannot
        # hold (a writer with two languages, a recording's buttons) scrolls between them.
        ends = self._ends = QHBoxLayout()
        layout.addLayout(ends)
        middle = QHBoxLayout()
        middle.setSpacing(8)
        layout.addLayout(middle, 1)
        b = self._button
        self.back_button = b("shelf", "backToShelf", self.close_piece)
        # Reading and stopping share a place: "Stop" stands where "Read to me" was while it reads.
        self.read_buttons = ReadButtons(self.reading, self.button_size, self)
        self.read_button, self.stop_button = self.read_buttons.read, self.read_buttons.stop
        self.word_wall_button = b("word_wall", "wordWall", self.toggle_word_wall)
        self.smaller_button = b("text_smaller", "textSmaller", lambda: self.words.change_text_size(-1))
        self.bigger_button = b("text_bigger", "textBigger", lambda: self.words.change_text_size(1))
        # Smaller and bigger letters and the grown-up's line live with the words' colours.
        self.words_colour_button = b("words_look", "wordsColour", lambda: self.words.choose_words_colour())
        self.undo_button = b("undo", "undo", self.undo)
        self.redo_button = b("redo", "redo", self.redo)
        self.show_time_button = b("show_time", "showTime", self._show_time)
        self.finished_button = PictureButton("finished", "", "finishedButton", self.button_size)
        self.finished_button.setCheckable(True)
        self.finished_button.setChecked(self.piece.piece.finished)
        self.finished_button.toggled.connect(self._set_finished)
        self.finish_tap = SameTap()
        self.previous_button = b("previous_page", "previousPage", lambda: self.turn(-1))
        self.next_button = b("next_page", "nextPage", lambda: self.turn(1))

        # My voice sits with reading aloud, in the top bar: the page keeps all its room.
        self.voice_on_pages = VoiceOnPages(
            self.library,
            self.piece,
            self.recording_player,
            self.microphones,
            self.button_size,
            self.countdown_step_ms,
            self._refresh_thumb,
            self,
        )
        self.my_voice = self.voice_on_pages.panel
        self.my_voice.problem.connect(self.oops)
        self.my_voice.counting.connect(self.reading.stop)  # a take of the child, not of the app reading
        self.reading.quiet = self.voice_on_pages.recording
        # The page's language, for a writer with two: beside reading, as it is how the page is read.
        self.language_button = PageLanguageButton(self.piece, self.reading.say, self.button_size)
        # A grown-up's line under the page (behind the gate): its door ends the top bar.
        self.grown_up_line = GrownUpLineBar(self.piece, self.button_size)
        self.grown_up_line.changed.connect(self._grown_up_line_changed)
        top_bar = button_bar(
            "topBar",
            [
                [self.read_button, self.stop_button, self.my_voice, self.language_button],
                [self.word_wall_button, self.words_colour_button],
            ],
        )

        self.photo_button = b("photo", "addPhoto", lambda: self.picture_actions.choose_photo())
        self.clear_button = b("clear_page", "clearPicture", lambda: self.picture_actions.clear_picture())
        self.tool_panel = ToolPanel(self.tools, self.button_size, [self.photo_button, self.clear_button])
        # Sticker names and starter banks in the writer's language (the piece's writer).
        language = self.writer_language()
        self._word_wall = None  # made when first wanted (later_parts.py), the oops bubble too
        self.side = SidePanel(
            self.tools,
            self.button_size,
            self._sticker_chosen,
            lambda colour: self.words.set_words_colour(colour),
            None,
            self,
            language=language,
            words_buttons=([self.smaller_button, self.bigger_button], [self.grown_up_line.button]),
        )
        self.colour_panel = self.side.colour_panel
        self.side.made = self._made_later
        self.words = WordsActions(
            self.piece, self.side, lambda: self.views, lambda: self.current_view, lambda: self.current_edit
        )

        self.centre = QWidget(self)
        self.centre.setObjectName("pageArea")
        centre_layout = QVBoxLayout(self.centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        # The page arrows stand either side of the pages, by the page they turn.
        arrows = (self.previous_button, self.next_button)
        self.part: KindPart = part_for(self.piece, self.ops, b, self.button_size, self.go_to, arrows)
        self.part.place(centre_layout)
        self.reading.bring_into_sight = self.part.reveal  # a list's row read (pages turn)
        # Open, the line stands where the strip under the page was: the page keeps its size.
        self.grown_up_line.in_place_of(self.part.give_room(self.grown_up_line, centre_layout))
        if self.part.turns_pages:
            self.grown_up_line.turns_pages(self.turn)
        self.strip = self.part.strip

        middle.addWidget(scrolled(self.tool_panel, parent=self))
        middle.addWidget(self.centre, 1)
        middle.addWidget(self.side)
        ends.addWidget(self.back_button)
        ends.addWidget(scrolled(top_bar, vertical=False, parent=self), 1)
        ends.addWidget(self.undo_button)
        ends.addWidget(self.redo_button)
        ends.addWidget(self.show_time_button)
        ends.addWidget(self.finished_button)
        self._oops_bubble = None

    def child_sound(self) -> bool:
        """A recording is being made (or counted in) or played: nothing may talk over it."""
        return self.voice_on_pages.child_sound()

    def finish_recording(self) -> None:
        """Leaving the piece (or the app): a recording being made is kept whole, or not at all."""
        self.my_voice.finish_now()

    def _sticker_chosen(self, sticker_id: str, name: str) -> None:
        self.picture_actions.sticker_chosen(sticker_id, name)
        # Found by its name, the search is over: the words typed next go on the page (they
        # went on into the search, which then found nothing).
        if self.side.sticker_box.search.hasFocus():
            self.keyboard_back_to_words()

    def oops(self, reason: str) -> None:
        self.sounds.play("oops")
        self.reading.say(self.oops_bubble.show_reason(reason))

    def _tell(self, text: str) -> None:
        self.sounds.play("oops")
        self.reading.say(self.oops_bubble.show_text(text))

    def import_photo(self, path: str, by_grown_up: bool = False) -> bool:
        return self.picture_actions.import_photo(path, by_grown_up)

    # -- storing -----------------------------------------------------------------------
    def flush(self) -> None:
        """Store every change not stored yet, now."""
        self.piece.flush()

    def writer_language(self) -> str:
        return str(self.library.setting("language", self.piece.piece.writer_id))

    def _library_changed(self, change: Change) -> None:
        if change.what in (What.SETTING, What.WRITER):  # font, size, capitals; the writer's colour and name
            self.piece.restyle()
            for view in self.views:
                view.restyle()
            self.language_button.show_page(self.states[self.index] if self.states else None)
        if change.what is What.SETTING:  # the writer's language: sticker names, starter banks
            self.side.set_language(self.writer_language())
            if self._word_wall is not None:  # (one made later reads the language then)
                self._word_wall.set_language(self.writer_language())

    # -- undo, finished, leaving ---------------------------------------------------------
    def undo(self) -> None:
        self.piece.undo_stack.undo()

    def redo(self) -> None:
        self.piece.undo_stack.redo()

    def _sync_buttons(self) -> None:
        self.undo_button.setEnabled(self.piece.undo_stack.can_undo())
        self.redo_button.setEnabled(self.piece.undo_stack.can_redo())
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.states) - 1)
        self.part.sync()
        if self.look_only is not None:
            self.look_only.rest_buttons()
        self.voice_on_pages.sync()
        self.grown_up_line.show_page(self.states[self.index] if self.states else None)
        self.language_button.show_page(self.states[self.index] if self.states else None)

    def _set_finished(self, finished: bool) -> None:
        if not finished and not self.finish_tap.undo_now():  # a double tap's second tap
            with QSignalBlocker(self.finished_button):
                self.finished_button.setChecked(True)  # (it took the star back as the sound played)
            return
        if finished:
            self.finish_tap.did()
            self.sounds.play("finished")
        self.piece.set_finished(finished)

    def _show_time(self) -> None:
        self.finish_recording()
        self.flush()
        self.show_time_wanted.emit(self.piece_id)

    def join_visit(self, visit: GrownUpVisit) -> None:
        """The window's grown-up visit: photos and the grown-up line ask it, not the gate each time."""
        self.picture_actions.visit = visit
        self.grown_up_line.join(visit)

    def close_piece(self) -> None:
        self.reading.stop()
        self.piece.fill_bucket.close()
        self.finish_recording()
        self.flush()
        self.closed.emit()

    # A grown-up may also drop a photo file onto the editor.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.picture_actions.import_photo(files[0], self.picture_actions.grown_up_here())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Keys that no text box or button took: page turns and undo.
        if event.key() == Qt.Key.Key_PageDown:
            self.turn(1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.turn(-1)
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # The keyboard was somewhere else (the shelf's "New ..." button, now hidden) or
        # nowhere: a child who starts typing the moment the piece opens is heard.
        self._focus_words()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self.reading.stop()  # a hidden piece does not go on reading (or turning pages)
        self.flush()
        super().hideEvent(event)
