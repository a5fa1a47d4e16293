"""'Who is writing?': every writer's picture, and a big + to add one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nook.core.library import Change, Library, What
from nook.i18n import translate
from nook.speech import Voice
from nook.ui.grownup.gate import ask_grown_up
from nook.ui.kit import theme
from nook.ui.kit.buttons import TALLEST_AND_DEEPEST, PictureButton, captioned_height
from nook.ui.kit.edge_arrow import ROOM, edge_arrow
from nook.ui.kit.icons import avatar_icon, avatar_list, avatar_name
from nook.ui.kit.plain import PlainLabel
from nook.ui.kit.roles import ChoiceGroup
from nook.ui.kit.rows import button_pitch, by_rows
from nook.ui.language import available_languages
from nook.ui.operations import Operations
from nook.ui.writers.language_choice import LanguageChoice

MIN_PICTURE_PX = 64
AVATAR_COLUMNS = 6
WRITER_COLUMNS = 10
WRITERS_BAR_PX = 16  # room kept for the scroll bar beside a class too big to see at once


def _clear(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class WritersScreen(QWidget):
    """Pick yourself, or add yourself in two taps (a name is optional)."""

    writer_chosen = Signal(str)
    grown_up_wanted = Signal()
    # A child tapped a language for the writer they are making: the window switches to it
    # at once, so they see and hear their choice.
    language_chosen = Signal(str)

    def __init__(
        self,
        library: Library,
        ops: Operations,
        button_size: int = 64,
        parent: QWidget | None = None,
        voice: Voice | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("writersScreen")
        self.library = library
        self.ops = ops
        self.voice = voice if voice is not None else Voice(self)
        # The window gives its grown-up visit's `ask`, so a teacher is asked once per visit.
        self.ask_grown_up: Callable[[QWidget | None], bool] = ask_grown_up
        # The language the app speaks now (the window's); a new writer starts with it.
        self.current_language: Callable[[], str] = lambda: str(library.setting("language"))
        self.language_choice: LanguageChoice | None = None
        self.button_size = button_size
        self._picture_px = 0  # the size of the pictures to choose from now
        self._count = 0  # writers on "Who is writing?"
        self._adding = False  # and "New writer" after them
        self._shown_big = 0
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_choose())
        # The picture choice for a new writer (dozens of avatars) is built on first use,
        # not at every start: most starts go straight to a shelf.
        self.avatar_buttons: QButtonGroup | None = None
        layout = self._outer = QVBoxLayout(self)
        layout.addWidget(self.pages)
        ops.changed.connect(self._on_change)
        self.retranslate()  # builds the writers' buttons too

    def retranslate(self) -> None:
        """The screen's fixed phrases in the language now installed."""
        self.setAccessibleName(translate("Writers", "Who is writing?"))
        self.heading.setText(translate("Writers", "Who is writing?"))
        self.heading.setAccessibleName(translate("Writers", "Who is writing?"))
        self.grown_up_button.set_phrase(translate("Writers", "For grown-ups"))
        self.writers_scroll.setAccessibleName(translate("Writers", "Writers"))
        self.refresh()
        if self.avatar_buttons is not None:
            self.back_button.set_phrase(translate("Writers", "Back"))
            self.name_edit.setAccessibleName(translate("Writers", "Your name"))
            self.name_edit.setPlaceholderText(translate("Writers", "Your name (you can skip this)"))
            self.hint.setText(translate("Writers", "Tap your picture"))
            self.hint.setAccessibleName(translate("Writers", "Tap your picture"))
            self.avatar_scroll.setAccessibleName(translate("Writers", "Pictures"))
            names = {avatar["id"]: avatar_name(avatar, self.current_language()) for avatar in avatar_list()}
            for button in self.avatar_buttons.buttons():
                assert isinstance(button, PictureButton)
                button.set_phrase(names.get(button.objectName().removeprefix("avatar_"), button.accessibleName()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choose a writer --------------------------------------------------------------
    def _build_choose(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        heading = self.heading = PlainLabel()
        heading.setObjectName("writersHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet(theme.TITLE)
        top = QHBoxLayout()
        top.addSpacing(int(self.button_size * 0.75))
        top.addWidget(heading, 1)
        self.grown_up_button = PictureButton(
            "grown_up", "", "grownUpCornerFromWriters", max(48, int(self.button_size * 0.75))
        )
        self.grown_up_button.clicked.connect(self.grown_up_wanted.emit)
        top.addWidget(self.grown_up_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        scroll = self.writers_scroll = QScrollArea()
        # The controls inside take the keyboard, not the area (it has nothing to say).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setObjectName("writersScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setStyleSheet(theme.SEE_THROUGH_SCROLL)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setSpacing(18)
        # A row not filled stands in the middle, under the heading, not at the left.
        self.grid.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setWidget(holder)
        # A class of writers scrolls by whole rows: a picture is seen whole or not at all;
        # where not all are seen (big buttons), a big arrow shows the next rows.
        edge_arrow(scroll, by_rows(scroll, lambda: button_pitch(holder)), vertical=True)
        outer.addWidget(scroll, 1)
        return page

    def refresh(self) -> None:
        """One big picture per writer (archived writers left out), then the +."""
        _clear(self.grid)
        self.writer_buttons: list[PictureButton] = []
        writers = self.library.writers()
        self._count = len(writers)
        self._adding = not self.library.read_only
        big = self._shown_big = self._big()
        width = big + 24
        for index, writer in enumerate(writers):
            phrase = writer.name or translate("Writers", "Writer {number}").format(number=index + 1)
            button = PictureButton(avatar_icon(writer.avatar), phrase, f"writer_{writer.id}", big, caption=True)
            button.setMinimumWidth(width)
            # A long name shows its start: every writer's picture keeps the grid's column.
            button.set_caption_width(big - 12)  # the button's edge and padding take the rest
            button.clicked.connect(lambda _=False, wid=writer.id: self.writer_chosen.emit(wid))
            self.writer_buttons.append(button)
        if not self.library.read_only:  # look only: a new writer could not be kept
            add = PictureButton("add_writer", translate("Writers", "New writer"), "addWriter", big, caption=True)
            add.setMinimumWidth(width * self._add_span(big) + self.grid.spacing() * (self._add_span(big) - 1))
            add.clicked.connect(self.start_adding)
            self.writer_buttons.append(add)
        self._place()

    def _big(self) -> int:
        """A writer's picture: two buttons big (up to 240 px), smaller where that lets a
        whole class (or else the most writers) be seen at once, never less than a button."""
        most = max(self.button_size, min(self.button_size * 2, 240))
        count = self._count
        if not self.isVisible() or count + self._adding == 0:
            return most
        margins = self.grid.contentsMargins()
        height = self.writers_scroll.height() - margins.top() - margins.bottom()
        spacing = self.grid.spacing()
        letters = self.writer_buttons[0].font() if getattr(self, "writer_buttons", None) else self.font()
        best, seen = most, 0
        for big in range(most, self.button_size - 1, -2):
            cells = count + (self._add_span(big) if self._adding else 0)
            rows = -(-cells // self._columns(big))
            # A writer: the picture and the name's letters, every glyph whole.
            pitch = captioned_height(big, TALLEST_AND_DEEPEST, letters) + spacing
            if rows * pitch - spacing <= height:
                return big
            shown = max(1, (height - ROOM + spacing) // pitch) * self._columns(big)
            if shown > seen:
                best, seen = big, shown
        return best

    def _add_span(self, big: int) -> int:
        """Columns "New writer" takes: two where its name is wider than a small picture."""
        self.grown_up_button.ensurePolished()  # the style sheet's caption font
        words = self.grown_up_button.fontMetrics().horizontalAdvance(translate("Writers", "New writer"))
        return 1 if words + 36 <= big + 24 else 2

    def _columns(self, big: int | None = None) -> int:
        margins = self.grid.contentsMargins()
        width = self.writers_scroll.width() - margins.left() - margins.right() - WRITERS_BAR_PX
        pitch = (big if big is not None else self._shown_big) + 24 + self.grid.spacing()
        return max(1, min(WRITER_COLUMNS, (width + self.grid.spacing()) // pitch))

    def _place(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        columns = self._placed_columns = self._columns()
        at = 0
        for button in self.writer_buttons:
            span = min(columns, self._add_span(self._shown_big)) if button.objectName() == "addWriter" else 1
            if at % columns + span > columns:
                at += columns - at % columns  # a two-column "New writer" starts a new row
            self.grid.addWidget(button, at // columns, at % columns, 1, span)
            at += span
        rows = (at + columns - 1) // columns
        for row in range(rows + 2):
            self.grid.setRowStretch(row, 1 if row == rows else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_writers()
        self._fit_pictures()

    def _fit_writers(self) -> None:
        if not getattr(self, "writer_buttons", None):
            return
        if self._big() != self._shown_big:
            self.refresh()  # a class seen whole on this screen, or bigger pictures again
        elif self._placed_columns != self._columns():
            self._place()

    def _on_change(self, change: Change) -> None:
        if change.what is What.WRITER:
            self.refresh()
        elif change.what is What.SETTING and change.writer_id is None:
            size = int(self.library.setting("button_size"))
            if size != self.button_size:
                self.button_size = size
                self.grown_up_button.set_target_size(max(48, int(size * 0.75)))
                self._picture_px = 0
                self._fit_pictures()
                self.refresh()

    # -- add a writer -----------------------------------------------------------------
    def _build_add(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        top = QHBoxLayout()
        back = self.back_button = PictureButton("back", "", "addWriterBack", self.button_size)
        back.clicked.connect(self.show_writers)
        top.addWidget(back)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("writerName")
        self.name_edit.setMaxLength(60)
        self.name_edit.setMinimumHeight(self.button_size)
        self.name_edit.setStyleSheet(theme.NAME_BOX)
        self.name_edit.returnPressed.connect(self.ask_for_picture)  # Enter: what comes next
        top.addWidget(self.name_edit, 1)
        outer.addLayout(top)
        self._add_layout = outer
        # More than one language here: the child says which is theirs before the picture.
        languages = available_languages(self.voice)
        if len(languages) > 1:
            # As big as the pictures: the first choice a child makes here.
            self.language_choice = LanguageChoice(languages, self.voice, self._picture_size())
            self.language_choice.chosen.connect(self.language_chosen.emit)
            outer.addWidget(self.language_choice)
        hint = self.hint = PlainLabel()
        hint.setObjectName("pickAvatarHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet(theme.HINT)
        outer.addWidget(hint)
        scroll = self.avatar_scroll = QScrollArea()
        # The controls inside take the keyboard, not the area (it has nothing to say).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setStyleSheet(theme.SEE_THROUGH_SCROLL)
        scroll.setObjectName("avatarScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setSpacing(12)
        self.avatar_buttons = ChoiceGroup(self)
        size = self._picture_px = self._picture_size()
        for avatar in avatar_list():
            button = PictureButton(avatar_icon(avatar["id"]), avatar["name"], f"avatar_{avatar['id']}", size)
            button.clicked.connect(lambda _=False, aid=avatar["id"]: self.add_writer(aid))
            self.avatar_buttons.addButton(button)
        self._avatar_grid = grid
        self._avatar_columns = 0
        self._place_avatars()
        scroll.setWidget(holder)
        edge_arrow(scroll, by_rows(scroll, lambda: button_pitch(holder)), vertical=True)
        outer.addWidget(scroll, 1)
        return page

    def _picture_size(self) -> int:
        """Pictures and languages are 1.6 buttons big, less where the screen is too short
        for a language and a whole row of pictures, with the arrow to the next rows, under
        the name (192 px buttons on a netbook left no picture to tap at all)."""
        wanted = int(self.button_size * 1.6)
        holder = self.avatar_scroll.widget() if self.avatar_buttons is not None else None
        if holder is None or self.avatar_buttons is None or not self.isVisible():
            return wanted  # not built yet: fitted once it is
        outer = self._add_layout
        spacing = max(0, outer.spacing())
        margins = outer.contentsMargins()
        used = margins.top() + margins.bottom() + self._outer.contentsMargins().top() * 2
        used += max(self.button_size, self.name_edit.minimumHeight()) + self.hint.sizeHint().height()
        rows = 2 if self.language_choice is not None else 1  # a row of languages, a row of pictures
        grid = self._avatar_grid.contentsMargins()
        used += spacing * (rows + 1) + grid.top() + grid.bottom()
        used += self._avatar_grid.spacing() + ROOM  # the arrow to the next rows, under the first
        room = self.height() - used
        letters = self.avatar_buttons.buttons()[0].font() if self.avatar_buttons.buttons() else self.font()
        size = wanted
        # Each row as tall as its pictures and their names' letters, every glyph whole.
        while size > MIN_PICTURE_PX and rows * captioned_height(size, TALLEST_AND_DEEPEST, letters) > room:
            size -= 2
        return max(MIN_PICTURE_PX, size)

    def _fit_pictures(self) -> None:
        if self.avatar_buttons is None:
            return
        size = self._picture_size()
        if size != self._picture_px:
            self._picture_px = size
            for button in self.avatar_buttons.buttons():
                assert isinstance(button, PictureButton)
                button.set_target_size(size)
            if self.language_choice is not None:
                self.language_choice.set_target_size(size)
        self._place_avatars()

    def _place_avatars(self) -> None:
        """As many pictures to a row as the width holds (six, at most): never a row
        wider than the screen, with a scroll bar under it."""
        assert self.avatar_buttons is not None
        grid = self._avatar_grid
        margins = grid.contentsMargins()
        width = self.width() - 2 * self._outer.contentsMargins().left() - margins.left() - margins.right()
        width -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)  # room for the bar beside
        pitch = self._picture_px + grid.spacing()
        columns = max(1, min(AVATAR_COLUMNS, (width + grid.spacing()) // pitch))
        if columns == self._avatar_columns:
            return
        self._avatar_columns = columns
        while grid.count():
            grid.takeAt(0)
        for index, button in enumerate(self.avatar_buttons.buttons()):
            grid.addWidget(button, index // columns, index % columns)

    def start_adding(self) -> None:
        # In a classroom a new writer is the teacher's to add: two taps by a child must
        # not fill "Who is writing?" with strangers.
        if self.library.setting("classroom_mode") and not self.ask_grown_up(self):
            return
        # In a class each child should find one picture that is only theirs: pictures
        # already taken are greyed out while untaken ones remain.
        if self.avatar_buttons is None:
            self.pages.addWidget(self._build_add())
            self.retranslate()
        assert self.avatar_buttons is not None
        if self.language_choice is not None:
            self.language_choice.select(self.current_language())
        taken = {w.avatar for w in self.library.writers()}
        free = [b for b in self.avatar_buttons.buttons() if b.objectName().removeprefix("avatar_") not in taken]
        for button in self.avatar_buttons.buttons():
            button.setEnabled(not free or button in free)
        self.name_edit.clear()
        self.pages.setCurrentIndex(1)
        self._fit_pictures()
        self.name_edit.setFocus()
        self.ask_for_picture()

    def ask_for_picture(self) -> None:
        """ "Tap your picture", heard: the words over the pictures are for readers."""
        if self.voice.is_available():
            self.voice.say(translate("Writers", "Tap your picture"))

    def show_writers(self) -> None:
        self.pages.setCurrentIndex(0)
        self._focus_first_writer()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self._fit_writers()
        if self.pages.currentIndex() == 0:
            self._focus_first_writer()

    def _focus_first_writer(self) -> None:
        """The class from its start, the keyboard on its first writer, not "For grown-ups"."""
        self.writers_scroll.verticalScrollBar().setValue(0)
        if self.writer_buttons:
            self.writer_buttons[0].setFocus()

    def add_writer(self, avatar_id: str) -> None:
        language = self.language_choice.language if self.language_choice is not None else None
        language = language or self.current_language()
        writer = self.ops.run(self, self.library.add_writer, self.name_edit.text(), avatar_id, language=language)
        if writer is None:
            return
        self.pages.setCurrentIndex(0)
        self.writer_chosen.emit(writer.id)
