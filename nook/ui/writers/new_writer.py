"""'New writer' on the writers screen: a name, the writer's language where there is a
choice, and a picture to tap. Built when first wanted (most starts go straight to a
shelf); the part of `WritersScreen` that makes a writer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
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

from nook.core.library import Library
from nook.i18n import translate
from nook.speech import Voice
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
NAME_BOX_LEAST = 64  # px: the name box is a big target however small the buttons are


class NewWriterPart(QWidget):
    """The "New writer" page of the writers screen (its base class)."""

    writer_chosen = Signal(str)
    # A child tapped a language for the writer they are making: the window switches to it
    # at once, so they see and hear their choice.
    language_chosen = Signal(str)

    # The screen's, set before this page is wanted.
    library: Library
    ops: Operations
    voice: Voice
    button_size: int
    pages: QStackedWidget
    _outer: QVBoxLayout
    ask_grown_up: Callable[[QWidget | None], bool]
    current_language: Callable[[], str]
    language_choice: LanguageChoice | None
    avatar_buttons: QButtonGroup | None
    _picture_px: int

    def retranslate(self) -> None:
        raise NotImplementedError

    def show_writers(self) -> None:
        raise NotImplementedError

    def _retranslate_adding(self) -> None:
        """The new-writer page's phrases in the language now installed (once it is built)."""
        if self.avatar_buttons is None:
            return
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
        # As tall as a line of its letters needs, and a big target (64 px) at the least:
        # at the button's size it was 192 px tall for one line on a netbook's screen.
        self.name_edit.setMinimumHeight(min(self.button_size, NAME_BOX_LEAST))
        self.name_edit.setStyleSheet(theme.NAME_BOX)
        self.name_edit.returnPressed.connect(self.ask_for_picture)  # Enter: what comes next
        top.addWidget(self.name_edit, 1, Qt.AlignmentFlag.AlignVCenter)
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

    def _picture_size(self, back: int | None = None) -> int:
        """Pictures and languages are 1.6 buttons big, less where the screen is too short
        for a language and a whole row of pictures, with the arrow to the next rows, under
        the name (192 px buttons on a netbook left no picture to tap at all); `back`: the
        back button's size beside the name (the button size unless given)."""
        wanted = int(self.button_size * 1.6)
        holder = self.avatar_scroll.widget() if self.avatar_buttons is not None else None
        if holder is None or self.avatar_buttons is None or not self.isVisible():
            return wanted  # not built yet: fitted once it is
        outer = self._add_layout
        spacing = max(0, outer.spacing())
        margins = outer.contentsMargins()
        used = margins.top() + margins.bottom() + self._outer.contentsMargins().top() * 2
        back = self.button_size if back is None else back
        name_row = max(back, self.name_edit.minimumHeight(), self.name_edit.sizeHint().height())
        used += name_row + self.hint.sizeHint().height()
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

    def _back_size(self) -> int:
        """The back button beside the name: the child's button size, or where the pictures
        must give way (192 px on a netbook), the biggest it can be and still no bigger than
        they are. Its 192 px row squeezed the pictures, the page's one task, to 86 px."""
        if self._picture_size(self.button_size) >= self.button_size:
            return self.button_size
        low, high = min(self.button_size, NAME_BOX_LEAST), self.button_size  # (low always fits)
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (middle, high) if self._picture_size(middle) >= middle else (low, middle)
        return low

    def _fit_pictures(self) -> None:
        if self.avatar_buttons is None:
            return
        back = self._back_size()
        if back != self.back_button.width():
            self.back_button.set_target_size(back)
        size = self._picture_size(back)
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

    def add_writer(self, avatar_id: str) -> None:
        language = self.language_choice.language if self.language_choice is not None else None
        language = language or self.current_language()
        writer = self.ops.run(self, self.library.add_writer, self.name_edit.text(), avatar_id, language=language)
        if writer is None:
            return
        self.pages.setCurrentIndex(0)
        self.writer_chosen.emit(writer.id)
