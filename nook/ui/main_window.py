"""The window: writers, shelf and the open piece, one at a time."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from nook.core import held_work, untouched
from nook.core.library import Change, Library, What
from nook.speech import Voice
from nook.ui import grown_up_sections
from nook.ui.grownup.door import GrownUpDoor
from nook.ui.grownup.visit import IDLE_MS, GrownUpVisit
from nook.ui.kit import fit
from nook.ui.kit.second_tap import SecondTaps
from nook.ui.kit.talking import REST_MS, TalkingButtons
from nook.ui.language import LanguageSwitch
from nook.ui.operations import RETRY_MS, Operations
from nook.ui.shelf.classroom import ClassroomWatch
from nook.ui.shelf.screen import ShelfScreen
from nook.ui.storage_trouble import StorageTroubleStrip, StorageWatch

if TYPE_CHECKING:
    from nook.ui.editor import PieceScreen
    from nook.ui.grownup.backpack_files import PathChooser
    from nook.ui.show_time.screen import ShowTime
    from nook.ui.trouble import NoticeStrip
    from nook.ui.writers.screen import WritersScreen

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Opens where the writer left off: their shelf, or the piece they had open."""

    shelf_shown = Signal()
    restore_wanted = Signal(Path)  # a grown-up chose a backup: the app closes the library and restores

    def __init__(
        self,
        library: Library,
        voice: Voice,
        parent: QWidget | None = None,
        *,
        show_time_look_ms: int | None = None,
        grown_up_idle_ms: int = IDLE_MS,
        screen_area: QRect | None = None,
        store_retry_ms: int = RETRY_MS,
        languages: LanguageSwitch | None = None,
        talking_rest_ms: int = REST_MS,
        second_taps_now: bool = True,
        recovered: held_work.Waiting | None = None,
    ) -> None:
        super().__init__(parent)
        self.talking_rest_ms = talking_rest_ms  # how long a pointer rests before a name is said
        self.show_time_look_ms = show_time_look_ms  # show time's look after a read page (None: its own)
        # The part of the screen the window may use (the screen less any panels); tests
        # hand in the sizes of small school laptops.
        self.screen_area = screen_area if screen_area is not None else fit.available_area(self)
        self.setObjectName("mainWindow")
        self.setAccessibleName("Writing Nook")
        self.setWindowTitle("Writing Nook")
        self.library = library
        self.ops = Operations(library, self, retry_ms=store_retry_ms)
        if recovered is not None:  # work a recovery file holds that the library cannot take yet
            self.ops.adopt(recovered)
        # The language follows the writer (their screens, voice, stickers and cards); the
        # grown-up corner has its own. Screens are built in everyone's language, then the
        # writer's is put in when their shelf opens.
        self.languages = languages if languages is not None else LanguageSwitch.shared()
        self.languages.use(str(library.setting("language")))
        voice.set_language(self.languages.current)
        # The voice is here from the start; the app attaches its engine after the first
        # paint (see ForwardingVoice), and the talking buttons start listening then.
        self.voice = voice
        self.talking: TalkingButtons | None = None
        self._talking_on = True
        self._told_look_only = False
        # A double tap whose first tap changed the screen does not choose on the new one.
        # (The app has it listen once its first screen is painted: nook/start_loop.py.)
        self.second_taps = SecondTaps(self, listen=second_taps_now)
        self.ops.changed.connect(self._on_change)
        size = int(library.setting("button_size"))
        self.screens = QStackedWidget()
        self.screens.setObjectName("screens")
        self.notice_strip: NoticeStrip | None = None
        holder = QWidget()
        holder.setObjectName("nookRoot")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if library.notice:
            # A library that can only be looked at (or was just rescued): a picture for the child.
            from nook.ui.trouble import NoticeStrip

            self.notice_strip = NoticeStrip(library.notice, look_only=library.read_only)
            column.addWidget(self.notice_strip)
            if self.notice_strip.look_only_button is not None:
                self.notice_strip.look_only_button.clicked.connect(self._tell_look_only)
        # While work cannot be stored (a full disk): told once to the child, shown to the grown-up.
        self.storage_strip = StorageTroubleStrip()
        # Set once the app is ending (its event loop over: a shutdown's signal, or the last
        # close): a close is not refused then, even with work nowhere to keep.
        self.leaving = False
        column.addWidget(self.storage_strip)
        column.addWidget(self.screens, 1)
        self.setCentralWidget(holder)
        # "Who is writing?" is made the first time it is shown: a start on a writer's shelf
        # (the usual one) does not need it before the shelf is painted.
        self._writers_screen: WritersScreen | None = None
        self.storage_watch = StorageWatch(
            self.ops,
            self.storage_strip,
            self,
            lambda: self.shelf_screen.button_size,
            self.say,
            quiet_until_touched=recovered is not None,
        )
        self.shelf_screen = ShelfScreen(
            library,
            self.ops,
            voice,
            fit.button_size_within(size, self.screen_area),
            self.screens,  # built in its place (a finished screen moved in is styled again)
            size_within=lambda chosen: fit.button_size_within(chosen, self.screen_area),
        )
        self.shelf_screen.piece_opened.connect(self.open_piece)
        # New pieces as they were made: one left untouched is removed when left (no clutter).
        self._fresh: dict[str, untouched.Snapshot | None] = {}
        self.shelf_screen.piece_started.connect(
            lambda piece_id: self._fresh.__setitem__(piece_id, untouched.snapshot(library, piece_id))
        )
        if library.read_only:
            # Look only: nothing new can be kept, so the child is not offered to start something.
            for button in [*self.shelf_screen.new_buttons.values(), self.shelf_screen.ideas_button]:
                button.setEnabled(False)
        self.shelf_screen.writers_wanted.connect(self.show_writers)
        self.screens.addWidget(self.shelf_screen)
        # The grown-up corner (behind the gate) and classroom mode: see nook/ui/grownup, nook/ui/shelf.
        # One grown-up visit for the whole window: the gate is answered once per visit.
        visit = GrownUpVisit(grown_up_idle_ms, self)
        self.grown_up = GrownUpDoor(library, self.ops, self.screens, voice, self, visit=visit)
        self.shelf_screen.grown_up_wanted.connect(self.grown_up.open)
        # The corner speaks the grown-up's language while it is shown; leaving it, the writer's.
        self.grown_up.opening.connect(lambda: self.use_language(str(library.setting("language"))))
        self.grown_up.left.connect(self.apply_language)
        if self.notice_strip is not None:
            # The strip tells the grown-up where to look; in the corner, Library safety
            # says it in full (it said "look in the grown-up corner" over the corner).
            strip = self.notice_strip
            self.grown_up.opened.connect(strip.hide)
            self.grown_up.left.connect(strip.show)
            # The first visit after it opens where the strip points (it opened on Settings).
            self.grown_up.opened.connect(self._first_visit_to_library_safety, Qt.ConnectionType.SingleShotConnection)
        self.classroom = ClassroomWatch(library, self.ops, self)
        self.classroom.idle.connect(self._classroom_idle)
        # Show time and the backpack: see nook/ui/show_time/ and nook/ui/grownup/backpack_page.py.
        self.show_time_screen: ShowTime | None = None
        self.shelf_screen.show_time_wanted.connect(self.show_time)
        self.shelf_screen.enable_show_time(True)
        grown_up_sections.add_sections(self)
        self.shelf_screen.backpack_wanted.connect(self.pack_childs_backpack)
        self.piece_screen: PieceScreen | None = None
        self.apply_voice_settings()
        if voice.is_ready():
            self._start_talking()
        else:
            voice.ready.connect(self._start_talking)
        fit.place_within(self, self.screen_area)
        self.restore_place()

    @property
    def writers_screen(self) -> WritersScreen:
        """ "Who is writing?", made the first time it is wanted."""
        if self._writers_screen is None:
            from nook.ui.writers.screen import WritersScreen

            size = int(self.library.setting("button_size"))
            screen = WritersScreen(self.library, self.ops, size, voice=self.voice)
            screen.writer_chosen.connect(self.show_shelf)
            screen.current_language = lambda: self.languages.current
            screen.language_chosen.connect(self.use_language)
            screen.grown_up_wanted.connect(self.grown_up.open)
            screen.ask_grown_up = self.grown_up.visit.ask
            self.screens.insertWidget(0, screen)
            self._writers_screen = screen
        return self._writers_screen

    def _first_visit_to_library_safety(self) -> None:
        if self.grown_up.corner is not None:
            self.grown_up.corner.show_section("Library safety")

    @property
    def writer_id(self) -> str | None:
        return self.shelf_screen.writer_id

    def _start_talking(self) -> None:
        """Talking buttons listen from when the engine is there (a run without speech
        has none, so a long press on a button still presses it)."""
        strip = self.notice_strip
        if strip is not None and strip.look_only_button is not None and not self._told_look_only:
            # Said once, as the voice is ready: the lock on the strip says it again when tapped.
            self._told_look_only = True
            self.say(strip.look_only_button.accessibleName())
        if self.talking is None:
            self.talking = TalkingButtons(
                self.voice, self._talking_enabled, self, child_sound=self._child_sound, rest_ms=self.talking_rest_ms
            )

    def _child_sound(self) -> bool:
        """A recording of the child is being made or played: the talking buttons keep quiet."""
        return self.piece_screen is not None and self.piece_screen.child_sound()

    def _talking_enabled(self) -> bool:
        # Asked on every pointer event (thousands while a child draws): no query here,
        # the setting is read when writers switch or settings change.
        return self._talking_on and self._in_front()

    def _in_front(self) -> bool:
        """The window, or a dialog it opened (the gate, a message), is the one in use.
        Talking buttons once kept quiet in every dialog: only the window itself counted."""
        active = QApplication.activeWindow()
        while active is not None:
            if active is self:
                return True
            active = active.parentWidget()
        return False

    def apply_voice_settings(self) -> None:
        """The current writer's voice, speed and talking buttons take effect at once."""
        self._talking_on = bool(self.library.setting("talking_buttons", self.writer_id))
        self.voice.set_voice(self.library.setting("voice_id", self.writer_id))
        self.voice.set_rate(float(self.library.setting("voice_rate", self.writer_id)))
        self.apply_language()

    def apply_language(self) -> None:
        """The grown-up corner's language while it is open, else the writer's (on "Who is
        writing?" the last writer's stays until the next one is chosen)."""
        if self.grown_up.is_open:
            self.use_language(str(self.library.setting("language")))
        elif self.writer_id is not None and self.library.writer(self.writer_id) is not None:
            self.use_language(str(self.library.setting("language", self.writer_id)))

    def use_language(self, code: str) -> None:
        """Screens, talking buttons and the voice switch to ``code`` now, no restart."""
        self.languages.use(code)
        self.voice.set_language(self.languages.current)

    def _on_change(self, change: Change) -> None:
        if change.what is What.SETTING:
            self.apply_voice_settings()

    def restore_place(self) -> None:
        writer_id = self.library.state("last_writer")
        writer = self.library.writer(writer_id) if writer_id else None
        if writer is None or writer.archived or self.library.setting("classroom_mode"):
            self.show_writers()  # in a classroom the next child starts by choosing
            return
        piece_id = self.library.state(f"last_piece:{writer.id}")
        self.show_shelf(writer.id)
        piece = self.library.piece(piece_id) if piece_id else None
        if piece is not None and not piece.trashed and piece.writer_id == writer.id:
            self.open_piece(piece.id)

    def show_writers(self) -> None:
        """At "Who is writing?" a child's turn begins, so a grown-up's visit is over."""
        self.grown_up.visit.end()
        self._close_piece_screen()
        self.ops.store(self, self.library.set_state, "last_writer", None)
        self.screens.setCurrentWidget(self.writers_screen)

    def show_shelf(self, writer_id: str) -> None:
        self._close_piece_screen()
        self.ops.store(self, self.library.set_state, "last_writer", writer_id)
        self.ops.store(self, self.library.set_state, f"last_piece:{writer_id}", None)
        self.shelf_screen.show_writer(writer_id)
        self.apply_voice_settings()
        self.screens.setCurrentWidget(self.shelf_screen)
        self.shelf_shown.emit()

    def open_piece(self, piece_id: str) -> None:
        self._close_piece_screen()
        size = fit.button_size_within(int(self.library.setting("button_size", self.writer_id)), self.screen_area)
        from nook.ui.editor import PieceScreen

        screen = PieceScreen(self.library, self.ops, piece_id, self.voice, size, self.screens)
        screen.closed.connect(self._piece_closed)
        screen.join_visit(self.grown_up.visit)
        screen.show_time_wanted.connect(self.show_time)
        self.piece_screen = screen
        self.screens.addWidget(screen)
        self.screens.setCurrentWidget(screen)
        if self.writer_id:
            self.ops.store(self, self.library.set_state, f"last_piece:{self.writer_id}", piece_id)

    def show_time(self, piece_id: str) -> ShowTime:
        """Play a piece full screen; back to where it was asked from when it is over."""
        self._leave_show_time()
        came_from = self.screens.currentWidget()
        window_state = self.windowState()  # maximised, as the app starts, or as it was
        size = fit.button_size_within(int(self.library.setting("button_size", self.writer_id)), self.screen_area)
        from nook.ui.show_time.screen import AFTER_READING_MS, ShowTime

        look_ms = AFTER_READING_MS if self.show_time_look_ms is None else self.show_time_look_ms
        show = ShowTime(self.library, piece_id, self.voice, button_size=size, after_reading_ms=look_ms)
        show.gate = self.grown_up.visit.ask
        show.grown_up_here = lambda: self.grown_up.visit.in_progress
        self.show_time_screen = show

        def over() -> None:
            if came_from is not None and self.screens.indexOf(came_from) >= 0 and self.screens.currentWidget() is show:
                self.screens.setCurrentWidget(came_from)
            if self.show_time_screen is show:
                self._leave_show_time()
            self.setWindowState(window_state)

        show.left.connect(over)
        self.screens.addWidget(show)
        self.screens.setCurrentWidget(show)
        show.present()
        return show

    def open_backpack(self, path: Path) -> bool:
        """A .nook file handed to the app, opened in the grown-up corner (see grown_up_sections)."""
        return grown_up_sections.open_backpack(self, path)

    def pack_childs_backpack(self, choose_path: PathChooser | None = None) -> Path | None:
        """A child packs their own backpack, where the grown-up lets them (see grown_up_sections)."""
        return grown_up_sections.pack_childs_backpack(self, choose_path)

    def _tell_look_only(self) -> None:
        """The child tapped the strip's lock: what it means, said."""
        if self.notice_strip is not None and self.notice_strip.look_only_button is not None:
            self.say(self.notice_strip.look_only_button.accessibleName())

    def say(self, phrase: str) -> None:
        """Say `phrase` if a voice can (a start without speech says nothing)."""
        if self.voice.is_available():
            self.voice.say(phrase)

    def _leave_show_time(self) -> None:
        show, self.show_time_screen = self.show_time_screen, None
        if show is not None:
            self.screens.removeWidget(show)
            show.deleteLater()

    def _classroom_idle(self) -> None:
        """Classroom mode, nobody touched anything for a while: the next child's turn."""
        if self.show_time_screen is not None and self.screens.currentWidget() is self.show_time_screen:
            return  # the class is watching a piece read itself: nobody needs to touch
        self.grown_up.close()
        if self.screens.currentWidget() is not self.writers_screen:
            self.show_writers()

    def _piece_closed(self) -> None:
        if self.writer_id and not self.library.setting("classroom_mode"):
            self.show_shelf(self.writer_id)
        else:
            self.show_writers()

    def _close_piece_screen(self) -> None:
        screen, self.piece_screen = self.piece_screen, None
        if screen is not None:
            screen.finish_recording()
            screen.flush()
            screen.piece.hand_over()  # what could not be stored (a full disk) is held, not dropped
            self._drop_if_untouched(screen.piece_id)
            self.screens.removeWidget(screen)
            screen.deleteLater()

    def _drop_if_untouched(self, piece_id: str) -> None:
        """A new piece left as it was made (a mis-tap) goes for good: it would otherwise sit
        empty on the shelf, count in growth and travel in backpacks."""
        made = self._fresh.pop(piece_id, None)
        if made is not None and untouched.snapshot(self.library, piece_id) == made:
            self.ops.store(self, self.library.delete_piece_forever, piece_id)

    def flush(self) -> None:
        if self.piece_screen is not None:
            self.piece_screen.flush()
        self.shelf_screen.thumbnails.keep_all()  # covers drawn this visit, for the next start

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if self.piece_screen is not None:
            self.piece_screen.finish_recording()  # kept whole up to now, or not at all
        self.flush()
        if self.piece_screen is not None:
            self.piece_screen.piece.hand_over()
        # What the library still cannot take goes to a recovery file, back at the next start.
        self.ops.keep_held()
        if self.ops.held and not self.leaving:
            # No place could keep it either (every disk full): closing now would lose it.
            event.ignore()
            if self.piece_screen is not None:
                self.piece_screen.piece.take_back_held()  # its editor stores it again
            self.ops.hold([])  # the rest is tried again, as before
            self.storage_strip.show_cannot_close()
            return
        if self.piece_screen is not None:
            self._drop_if_untouched(self.piece_screen.piece_id)
        self.voice.stop()
        if self.talking is not None:
            self.talking.uninstall()
        super().closeEvent(event)
