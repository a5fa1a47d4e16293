"""Show time: a piece full screen, page by page, read aloud with each word lit as heard.

Pages turn by a tap (left third: back, elsewhere: on), by the arrow keys, or by
themselves a moment after read aloud finishes a page (time to look at the picture).
Escape or the big "back" button leaves.
Without a voice that can speak, show time is silent and the read-aloud button is hidden.

Show time is also where finished work goes out to readers: print (children may, unless
a grown-up turned that off; then the gate asks), and, for grown-ups behind the gate,
save as PDF or as pictures (PNG).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from nook import render
from nook.core.library import Library
from nook.i18n import translate
from nook.speech import Voice
from nook.speech.recording_player import RecordingPlayer
from nook.ui.editor.oops import OopsBubble
from nook.ui.editor.sounds import SoundBox
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.said_once import SaidOnce
from nook.ui.kit.second_tap import SameTap
from nook.ui.show_time.page_number import PageNumber
from nook.ui.show_time.reading import ReadingAloud
from nook.ui.show_time.share_actions import SharingScreen
from nook.ui.show_time.spoken import spoken_parts
from nook.ui.show_time.stage import PageStage

PICTURE_PAGE_MS = 4000  # reading on, a page with no words stays this long before turning
AFTER_READING_MS = 2000  # reading on, a page with words stays this long after its last word


# Keys that turn the pages wherever the keyboard is in show time.
_PAGE_KEYS = {
    Qt.Key.Key_Right,
    Qt.Key.Key_Left,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


class ShowTime(ReadingAloud, SharingScreen):
    """A piece played full screen for family or class. Emits `left` when it is over."""

    left = Signal()
    page_changed = Signal(int)

    def __init__(
        self,
        library: Library,
        piece_id: str,
        voice: Voice,
        button_size: int = 64,
        parent: QWidget | None = None,
        *,
        picture_page_ms: int = PICTURE_PAGE_MS,
        after_reading_ms: int = AFTER_READING_MS,
        recording_player: RecordingPlayer | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("showTime")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(theme.STAGE_BACKGROUND)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        piece = library.piece(piece_id)
        if piece is None:
            raise KeyError(piece_id)
        self.library = library
        self.piece = piece
        self.pages = library.pages(piece_id)
        self.index = 0
        self.voice = voice
        self._said_once = SaidOnce(voice, self)  # an oops tapped twice: heard once, whole
        # Decided once: a voice that cannot speak now leaves show time silent throughout.
        self.speaks = voice.is_available()
        self._init_reading(recording_player, picture_page_ms, after_reading_ms)
        self.sounds = SoundBox(lambda: bool(library.setting("sounds")), self)
        self._oops_bubble: OopsBubble | None = None  # made when first needed
        self.page_style = render.PageStyle.resolve(library, piece)
        self._style = self.page_style.text_style()
        # Photos decoded at about the size they are drawn (as the editor's): a phone's
        # photo drawn a few hundred pixels wide is not decoded whole.
        self.stage = PageStage(piece, self.page_style, render.Pictures(library.media, as_drawn=True))
        self.stage.tapped.connect(self._tapped)
        size = max(64, button_size)
        self.button_size = size
        self.back_button = PictureButton("back", "", "leaveShowTime", size)
        self.back_button.clicked.connect(self.leave)
        self.previous_button = PictureButton("previous_page", "", "showTimePrevious", size)
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = PictureButton("next_page", "", "showTimeNext", size)
        self.next_button.clicked.connect(self.next_page)
        self.read_button = PictureButton("play", "", "showTimeRead", size)
        self.read_button.clicked.connect(self.toggle_reading)
        self.read_tap = SameTap()  # (a double tap on it read, then stopped at once)
        self.read_button.setVisible(self.speaks or self.has_recordings)
        self.page_label = PageNumber()
        share_size = max(48, size * 3 // 4)
        self.print_button = PictureButton("print", "", "showTimePrint", share_size)
        self.print_button.clicked.connect(self.print_piece)
        self.pdf_button = PictureButton("pdf", "", "showTimePdf", share_size)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.png_button = PictureButton("picture_export", "", "showTimePictures", share_size)
        self.png_button.clicked.connect(self.save_pictures)
        self.epub_button = PictureButton("talking_book", "", "showTimeTalkingBook", share_size)
        self.epub_button.clicked.connect(self.save_talking_book)
        self.share_buttons = (self.print_button, self.pdf_button, self.png_button, self.epub_button)
        self._init_sharing(library)
        # Tab reaches every button (a keyboard or switch user could not print, save or go
        # back); a tap never moves the keyboard off the pages; and on a button too the
        # arrow keys turn the pages, while Space and Enter press the button.
        for button in (self.back_button, self.previous_button, self.next_button, self.read_button, *self.share_buttons):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.installEventFilter(self)

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.read_button)
        bar.addSpacing(24)
        for button in self.share_buttons:
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.stage, 1)
        # A save's progress and "Saved: …" have rows of their own above the bar (the page
        # gives way): in the bar they pushed the buttons aside under the child's finger,
        # and a place was cut to "Saved: /t" beside the biggest buttons.
        self.saving.setMinimumWidth(min(480, 6 * size))
        layout.addWidget(self.saving, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.saving.notice)
        layout.addLayout(bar)

        if self.speaks:
            self.voice.word.connect(self._on_word)
            self.voice.finished.connect(self._on_finished)
        self._show_page()
        self.retranslate()

    def retranslate(self) -> None:
        """Say every phrase again in the language now installed."""
        self.setAccessibleName(translate("ShowTime", "Show time"))
        self.back_button.set_phrase(translate("ShowTime", "Back"))
        self.previous_button.set_phrase(translate("ShowTime", "Page before"))
        self.next_button.set_phrase(translate("ShowTime", "Next page"))
        self.print_button.set_phrase(translate("ShowTime", "Print"))
        self.pdf_button.set_phrase(translate("ShowTime", "Save as PDF"))
        self.png_button.set_phrase(translate("ShowTime", "Save as pictures"))
        self.epub_button.set_phrase(translate("ShowTime", "Save as a talking book"))
        self._set_read_button(self.reading)
        self._name_page()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            # The cover's "by …" line is the language's too; the page is drawn again.
            self.page_style = render.PageStyle.resolve(self.library, self.piece)
            self.stage.page_style = self.page_style
            self.retranslate()
            if not self.reading:
                self._show_page()
        super().changeEvent(event)

    # -- starting and leaving ------------------------------------------------------------
    def present(self, read_aloud: bool = True) -> None:
        """Fill the screen (its own window, or the window it sits in) and, when there
        is a voice, start reading."""
        if self.isWindow():
            screen = self.screen()
            if screen is not None:  # without a window manager full screen alone may not resize
                self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.show()
            self.window().showFullScreen()
        self.activateWindow()
        self.setFocus()
        if read_aloud and (self.speaks or self.has_recordings):
            self.start_reading()

    def leave(self) -> None:
        self.stop_reading()
        if self.speaks:  # gone quiet for good: no more listening, nor stopping others
            self.voice.word.disconnect(self._on_word)
            self.voice.finished.disconnect(self._on_finished)
            self.speaks = False
        self.close()
        self.left.emit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt naming
        self.stop_reading()  # hidden by the window (classroom mode, closing): go quiet
        super().hideEvent(event)

    # -- pages ---------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.pages) - 1))
        if index == self.index:
            return
        self.index = index
        self._show_page()
        if self.reading:
            self._read_page()

    def next_page(self) -> None:
        self.go_to(self.index + 1)

    def previous_page(self) -> None:
        self.go_to(self.index - 1)

    def _show_page(self) -> None:
        page = self.pages[self.index]
        self.stage.show_page(page)
        self._parts = spoken_parts(self.page_style, self.piece, page)
        self._style = self.page_style.text_style(page)  # a page may have a text size of its own
        self._name_page()
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.pages) - 1)
        self.page_changed.emit(self.index)

    def _name_page(self) -> None:
        self.stage.setAccessibleName(self.page_label.show_number(self.pages, self.index))

    # -- keys and taps -------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return):
            self.next_page()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.previous_page()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.pages) - 1)
        elif key == Qt.Key.Key_Escape:
            self.leave()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _PAGE_KEYS:
            self.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def _tapped(self, fraction: float) -> None:
        if fraction < 1 / 3:
            self.previous_page()
        else:
            self.next_page()
