"""'Who is writing?': every writer's picture, and a big + to add one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
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
from nook.ui.kit.icons import avatar_icon
from nook.ui.kit.plain import PlainLabel
from nook.ui.kit.rows import button_pitch, by_rows
from nook.ui.operations import Operations
from nook.ui.writers.language_choice import LanguageChoice
from nook.ui.writers.new_writer import NewWriterPart

WRITER_COLUMNS = 10
WRITERS_BAR_PX = 16  # room kept for the scroll bar beside a class too big to see at once
CAPTION_EDGES = 36  # a picture button's edge and padding beside its caption


def _clear(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class WritersScreen(NewWriterPart):
    """Pick yourself, or add yourself in two taps (a name is optional)."""

    grown_up_wanted = Signal()

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
        self._cell = 0  # the width of a writer's column now
        self._phrases: list[str] = []  # the writers' names as shown (or "Writer 3")
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
        self._retranslate_adding()

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
        phrases = self._phrases = [
            writer.name or translate("Writers", "Writer {number}").format(number=index + 1)
            for index, writer in enumerate(writers)
        ]
        width = self._cell = self._cell_width(big)
        for writer, phrase in zip(writers, phrases, strict=True):
            button = PictureButton(avatar_icon(writer.avatar), phrase, f"writer_{writer.id}", big, caption=True)
            button.setMinimumWidth(width)
            # A long name shows its start: every writer's picture keeps the grid's column.
            button.set_caption_width(width - CAPTION_EDGES)
            button.clicked.connect(lambda _=False, wid=writer.id: self.writer_chosen.emit(wid))
            if writer.name:
                # Said in the writer's own voice: the screen is in the last writer's language
                # until the next child chooses, and "Sofía" in the English voice is not her name.
                button.setProperty("spokenLanguage", writer.language)
            self.writer_buttons.append(button)
        if not self.library.read_only:  # look only: a new writer could not be kept
            add = PictureButton("add_writer", translate("Writers", "New writer"), "addWriter", big, caption=True)
            span = self._add_span(width)
            add.setMinimumWidth(width * span + self.grid.spacing() * (span - 1))
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
        height = self._height()
        spacing = self.grid.spacing()
        best, seen = most, 0
        for big in range(most, self.button_size - 1, -2):
            cells = count + (self._add_span(big + 24) if self._adding else 0)
            rows = -(-cells // self._columns(big))
            pitch = self._pitch(big)
            if rows * pitch - spacing <= height:
                return big
            shown = max(1, (height - ROOM + spacing) // pitch) * self._columns(big)
            if shown > seen:
                best, seen = big, shown
        return best

    def _height(self) -> int:
        margins = self.grid.contentsMargins()
        return self.writers_scroll.height() - margins.top() - margins.bottom()

    def _pitch(self, big: int) -> int:
        """A row of writers: the pictures and the names' letters, every glyph whole."""
        letters = self.writer_buttons[0].font() if getattr(self, "writer_buttons", None) else self.font()
        return captioned_height(big, TALLEST_AND_DEEPEST, letters) + self.grid.spacing()

    def _caption_advance(self, words: str) -> int:
        self.grown_up_button.ensurePolished()  # the style sheet's caption font
        return self.grown_up_button.fontMetrics().horizontalAdvance(words)

    def _add_span(self, cell: int) -> int:
        """Columns "New writer" takes: two where its name is wider than a column `cell` px wide."""
        return 1 if self._caption_advance(translate("Writers", "New writer")) + CAPTION_EDGES <= cell else 2

    def _cell_width(self, big: int) -> int:
        """A column's width for pictures `big` px: wide enough for the widest name where
        there is room for it, in more rows where the screen has them (a class seen whole
        stays seen whole; one that scrolls takes no more rows). Every writer's column is
        as wide (the grid keeps its columns); a name wider still shows its start."""
        plain = big + 24
        names = self._phrases
        if not names or not self.isVisible():
            return plain
        wanted = max(self._caption_advance(name) for name in names) + CAPTION_EDGES + 4  # a part pixel
        if wanted <= plain:
            return plain
        cells = len(names) + (self._add_span(plain) if self._adding else 0)
        spacing = self.grid.spacing()
        rows = max(-(-cells // self._columns(big)), (self._height() + spacing) // self._pitch(big))

        def widest(cells: int) -> int:  # the widest columns that keep the class in `rows` rows
            return (self._room() + spacing) // -(-cells // rows) - spacing

        width = min(wanted, widest(cells))
        if self._adding and self._add_span(plain) == 2:
            # In wider columns "New writer" may take one, leaving more room to the names.
            one = min(wanted, widest(len(names) + 1))
            if self._add_span(one) == 1:
                width = max(width, one)
        return max(plain, width)

    def _room(self) -> int:
        margins = self.grid.contentsMargins()
        return self.writers_scroll.width() - margins.left() - margins.right() - WRITERS_BAR_PX

    def _columns(self, big: int | None = None) -> int:
        """Columns of pictures `big` px (None: of the columns shown now)."""
        cell = big + 24 if big is not None else self._cell
        return max(1, min(WRITER_COLUMNS, (self._room() + self.grid.spacing()) // (cell + self.grid.spacing())))

    def _place(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        columns = self._placed_columns = self._columns()
        at = 0
        for button in self.writer_buttons:
            span = min(columns, self._add_span(self._cell)) if button.objectName() == "addWriter" else 1
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
        if self._big() != self._shown_big or self._cell_width(self._shown_big) != self._cell:
            self.refresh()  # a class seen whole on this screen, or bigger pictures or names again
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
