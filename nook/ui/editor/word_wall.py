"""The child's word wall, opened from the editor: banks of words with pictures.

One tap on a word says it and puts it in the child's words (`word_chosen`): a
five-year-old taps once and looks for the word, and a second tap nothing asked for
was a dead end. Hearing it as it lands ties the word to its sound.
Banks are the grown-up's (nook.core.word_wall); the panel reads them
again each time it is shown, so a bank made in the grown-up corner is there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nook.core import word_wall
from nook.core.library import Library
from nook.core.word_wall import BankWord
from nook.i18n import translate
from nook.speech import Voice
from nook.ui.grownup.pickers import picture_icon
from nook.ui.kit import theme
from nook.ui.kit.buttons import TALLEST_AND_DEEPEST, PictureButton, caption_height, shown_as_is
from nook.ui.kit.edge_arrow import ROOM as ARROW_ROOM
from nook.ui.kit.edge_arrow import edge_arrow
from nook.ui.kit.flow import FlowLayout
from nook.ui.kit.plain import plain_tip
from nook.ui.kit.roles import ChoiceGroup
from nook.ui.kit.rows import button_pitch, by_rows
from nook.ui.kit.said_once import SaidOnce

CHOSEN_BORDER = 4  # a chosen card's border is 2 px thicker each side (see the theme)
WORD_GAP = 4  # between cards: two short words fit the panel as two colours do


class WordButton(QToolButton):
    """A word with its picture above it (or just the word, big, if it has none)."""

    def __init__(self, word: BankWord, icon: QIcon, button_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.word = word
        self.setObjectName(f"word_{word.id}")
        self.setAccessibleName(word.word)
        self.setToolTip(plain_tip(word.word))
        self.setText(shown_as_is(word.word))  # "Tom & Jerry" with its "&", no shortcut
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if not icon.isNull():
            self.setIcon(icon)
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        else:
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button_size = button_size
        self.letters = 0  # px
        self.set_target_size(button_size)

    def set_target_size(self, button_size: int, letters: int | None = None) -> None:
        """As tall as a card, as wide as its word or picture needs (never narrower than a
        button): short words then stand side by side beside the page."""
        self.button_size = button_size
        # A picture a little smaller than a button's leaves a card with a short word a
        # button wide: two stand side by side in the panel beside the page.
        side = int(button_size * 0.72)
        self.setIconSize(QSize(side, side))
        self.letters = letters or theme.word_card_letters(button_size)
        self.setStyleSheet(theme.word_card(button_size, self.letters))
        self.ensurePolished()  # the card's letters and border, for measuring the word
        # What the card's style needs round the word or picture, and the thicker border
        # a chosen card has.
        needed = self.sizeHint().width() + CHOSEN_BORDER
        # As tall as a picture and a line of the card's letters need (the tallest accents
        # and deepest tails: every card of a size is as tall, with a picture or not), with
        # a chosen card's border; its own word's, should it need more. A card 1.75 buttons
        # tall left a netbook's wall room for one word.
        usual = QFont(self.font())  # a card's letters at this size, smaller or not: cards stand even
        usual.setPixelSize(theme.word_card_letters(button_size))
        tall = max(
            button_size,
            caption_height(side, TALLEST_AND_DEEPEST, usual) + CHOSEN_BORDER,
            caption_height(side if not self.icon().isNull() else 0, self.text(), self.font()) + CHOSEN_BORDER,
        )
        self.setFixedSize(max(button_size, needed), tall)

    def fit_within(self, room: int, least: int = theme.WORD_CARD_LEAST) -> None:
        """A word longer than a row of the wall is shown whole in smaller letters (a long
        word at 96 px was cut by the scroll bar), no smaller than `least`, and in its own
        size again where it fits."""
        letters = theme.word_card_letters(self.button_size)
        if self.letters != letters:
            self.set_target_size(self.button_size, letters)
        while self.width() > room and letters > least:
            letters = max(least, letters - 2)
            self.set_target_size(self.button_size, letters)


class BanksStrip(QScrollArea):
    """The banks' scroll area, asking for the rows of banks it is to show (`wanted` px):
    a QScrollArea asks for the size its content had when it was first laid out, and at
    48 px the strip kept a row and a bit, the second bank behind the words."""

    wanted = 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = super().sizeHint()
        return QSize(hint.width(), self.wanted) if self.wanted else hint


class WordWallPanel(QWidget):
    """Bank pictures along the top, the chosen bank's words below."""

    word_chosen = Signal(str)
    closed = Signal()

    def __init__(
        self,
        library: Library,
        voice: Voice,
        button_size: int = 64,
        parent: QWidget | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wordWallPanel")
        self.language = language  # the writer's: which starter banks they see
        self.library = library
        self.voice = voice
        self._said = SaidOnce(voice, self)  # a doubled tap: the word heard once, whole
        # True while the child's voice is being recorded: the word goes in, unsaid.
        self.quiet: Callable[[], bool] = lambda: False
        self.button_size = button_size
        self.bank_id: str | None = None
        self.bank_buttons: dict[str, PictureButton] = {}
        self.word_buttons: list[WordButton] = []

        self.close_button = PictureButton("close", "", "closeWordWall", button_size)
        self.close_button.clicked.connect(self.closed.emit)
        # Banks wrap onto rows (no thin scroll bar for small hands), as the words do.
        self.banks_holder = QWidget()
        self.banks_holder.setObjectName("wordWallBanks")
        self.banks_grid = QGridLayout(self.banks_holder)
        self.banks_grid.setContentsMargins(0, 0, 0, 0)
        self.banks_grid.setSpacing(10)
        # The panel's width decides how many banks fit on a row, never the other way.
        self.banks_holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bank_group = ChoiceGroup(self)
        self.bank_group.setExclusive(True)

        self.words_holder = QWidget()
        self.words_holder.setObjectName("wordWallWords")
        # Words flow: as many to a row as fit the panel's width.
        self.words_flow = FlowLayout(self.words_holder, spacing=WORD_GAP)
        words_scroll = QScrollArea()
        # The controls inside take the keyboard, not the area (it has nothing to say).
        words_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        words_scroll.setObjectName("wordWallWordsScroll")
        words_scroll.setWidgetResizable(True)
        words_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        words_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        words_scroll.setWidget(self.words_holder)
        self.words_scroll = words_scroll

        # The panel is as narrow as the colours beside the page (the page keeps its size
        # and place when the wall opens): the banks may then stand in one column, so they
        # scroll in a strip of about two rows and leave the words the rest.
        banks_scroll = BanksStrip()
        banks_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        banks_scroll.setObjectName("wordWallBanksScroll")
        banks_scroll.setWidgetResizable(True)
        banks_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        banks_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        banks_scroll.setWidget(self.banks_holder)
        self.banks_scroll = banks_scroll
        for area in (banks_scroll, words_scroll):
            theme.see_through(area)  # the paper shows through (the theme's rules, by a property)
        # Scroll bars a child can take hold of (Qt's own is a few pixels thin). The banks
        # keep theirs: a bank stands alone in its row beside either bar.
        by_rows(banks_scroll, lambda: button_pitch(self.banks_holder))
        theme.big_bar(banks_scroll.verticalScrollBar())
        theme.big_bar(words_scroll.verticalScrollBar())
        # Where the big bar would leave fewer words to a row, and there is room under a
        # row of words, a big arrow under them shows the next ones instead (see _fit_way_on).
        words_rows = by_rows(words_scroll, lambda: button_pitch(self.words_holder))
        self.words_arrow = edge_arrow(words_scroll, words_rows, vertical=True)
        self._words_whole = words_rows.whole
        self._arrow_kept = (ARROW_ROOM, self.words_arrow.place)
        self._by_arrow = True
        self._use_arrow(False)

        layout = self._column = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the panel's whole width for the words
        layout.addWidget(banks_scroll)
        layout.addWidget(words_scroll, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Say the wall's own phrases again in the language now installed (the banks'
        names and words are the grown-up's or the starter banks' words, not phrases)."""
        self.setAccessibleName(translate("Editor", "Word wall"))
        self.close_button.set_phrase(translate("Editor", "Close the word wall"))
        self.banks_holder.setAccessibleName(translate("Editor", "Word banks"))
        self.banks_scroll.setAccessibleName(translate("Editor", "Word banks"))
        self.words_scroll.setAccessibleName(translate("Editor", "Words"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the banks again (keeping the chosen one if it is still there)."""
        for button in self.bank_buttons.values():
            self.bank_group.removeButton(button)
            button.setParent(None)
            button.deleteLater()
        self.bank_buttons = {}
        banks = word_wall.banks_for_language(self.library, self.language)
        for bank in banks:
            button = PictureButton(
                picture_icon(bank.picture, self.library),
                bank.name,
                f"bank_{bank.builtin or bank.id}",
                self.button_size,
                caption=True,
            )
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, bid=bank.id: self.show_bank(bid))
            self.bank_group.addButton(button)
            self.bank_buttons[bank.id] = button
        ids = [b.id for b in banks]
        self._place()
        self.show_bank(self.bank_id if self.bank_id in ids else (ids[0] if ids else None))

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.refresh()

    def show_bank(self, bank_id: str | None) -> None:
        self.bank_id = bank_id
        if bank_id in self.bank_buttons:
            self.bank_buttons[bank_id].setChecked(True)
        for button in self.word_buttons:
            # Out of the panel now, deleted later: a card left standing where it was would
            # be taken for one of the rows the words scroll by (kit/rows.py).
            button.setParent(None)
            button.deleteLater()
        self.word_buttons = []
        while self.words_flow.count():
            self.words_flow.takeAt(0)
        if bank_id is None:
            return
        for word in word_wall.words(self.library, bank_id):
            button = WordButton(word, picture_icon(word.picture, self.library), self.button_size)
            button.clicked.connect(lambda _=False, b=button: self.tap(b))
            self.word_buttons.append(button)
        self._place()

    def _place(self) -> None:
        # A column as wide as the longest bank name needs, in a caption's least letters.
        least = max((bank.least_width() for bank in self.bank_buttons.values()), default=0)
        column = max(int(self.button_size * 1.9), least) + 12
        while self.banks_grid.count():
            self.banks_grid.takeAt(0)
        room = self.banks_scroll.width() - theme.SMALLEST_TARGET  # beside the big bar
        bank_columns = max(1, room // column)
        # A bank alone in its row is as wide as the row, never cut by the bar beside it,
        # and its name has the room to be seen whole.
        bank_width = column - 12 if bank_columns > 1 else max(self.button_size, room)
        for bank in self.bank_buttons.values():
            bank.set_width(bank_width)
        # Two whole rows of banks: a part of a third is never shown (only whole buttons
        # are, kit/rows.py), and the words below have the room it took.
        tile = max((bank.sizeHint().height() for bank in self.bank_buttons.values()), default=0)
        strip = two_rows = 2 * max(tile, self.button_size) + self.banks_grid.verticalSpacing()
        if bank_columns == 1 and self.height() - two_rows < self._two_rows_of_words():
            # A short panel (a netbook at 96 px): one bank in sight, with its bar, and the
            # words the room (two rows of banks left them one word, alone in its row).
            strip = max(tile, self.button_size)
        self.banks_scroll.setMaximumHeight(strip)
        self.banks_scroll.wanted = strip
        self.banks_scroll.updateGeometry()
        self._pair_words()
        self._fit_way_on(self.height() - strip - max(0, self._column.spacing()))
        # The close button is the last tile after the banks, so it never takes a column.
        tiles: list[QWidget] = [*self.bank_buttons.values(), self.close_button]
        for number, tile_widget in enumerate(tiles):
            self.banks_grid.addWidget(tile_widget, number // bank_columns, number % bank_columns)
            tile_widget.show()
        # Every row as tall as a bank's (the close button's too): scrolled to the end, the
        # strip then rests on whole rows (a bank was cut in two above the last row).
        for row in range(self.banks_grid.rowCount()):
            self.banks_grid.setRowMinimumHeight(row, tile)
        for number in range(self.banks_grid.columnCount()):
            self.banks_grid.setColumnStretch(number, 1 if number == bank_columns else 0)
        room = self.width() - (0 if self._by_arrow else theme.SMALLEST_TARGET)
        for button in self.word_buttons:
            if button.width() > room or (
                not self._pairs() and button.letters != theme.word_card_letters(self.button_size)
            ):
                button.fit_within(room)
        if self.words_flow.count() != len(self.word_buttons):
            while self.words_flow.count():
                self.words_flow.takeAt(0)
            for button in self.word_buttons:
                self.words_flow.addWidget(button)
                button.show()

    def _pairs(self) -> bool:
        """Two cards a button wide fit a row without the bar, and one beside it."""
        return 2 * self.button_size + WORD_GAP <= self.width() < 2 * self.button_size + WORD_GAP + theme.SMALLEST_TARGET

    def _pair_words(self) -> None:
        """In a panel where two cards a button wide fit a row (a netbook at 96 px), a
        word a little wider ("orange", "purple", Spanish "naranja", "amarillo") is in
        letters up to two fifths smaller, so short words stand two a row, not one; a
        longer word keeps its letters. (At a third smaller "naranja" was 3 px too wide
        and stood alone: a Spanish child saw two colours at a time, an English one four.)"""
        if not self._pairs():
            return
        half = (self.width() - WORD_GAP) // 2
        letters = theme.word_card_letters(self.button_size)
        for button in self.word_buttons:
            button.fit_within(half, least=max(theme.WORD_CARD_LEAST, letters * 3 // 5))
            if button.width() > half:
                button.fit_within(self.width())  # alone in its row: its own letters

    def _two_rows_of_words(self) -> int:
        """The height two rows of cards take, with the big arrow under them."""
        tall = max((button.height() for button in self.word_buttons[:1]), default=self.button_size * 2)
        return 2 * tall + WORD_GAP + ARROW_ROOM

    def tap(self, button: WordButton) -> None:
        """Say the word and put it in; the word stays lit as the last one chosen."""
        for other in self.word_buttons:
            other.setChecked(other is button)
        if not self.quiet():
            self._said.say(button.word.word)
        self.word_chosen.emit(button.word.word)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        # Three words across: room beside the page in the editor, which matters more.
        column = int(self.button_size * 1.9) + 12
        return QSize(3 * column + 48, int(self.button_size * 7))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._place()

    def _fit_way_on(self, height: int) -> None:
        """The words' big bar, unless a big arrow under them shows more words in the
        words' `height` (the bar takes a card's room from each row: in a panel as narrow
        as the colours, short words at 48 px, and at 96 px on a netbook, are one a row
        beside it and two a row without it)."""
        tall = max((button.height() for button in self.word_buttons[:1]), default=self.button_size * 2)
        with_bar = self._cards_in_sight(self.width() - theme.SMALLEST_TARGET, height, tall)
        with_arrow = self._cards_in_sight(self.width(), height - ARROW_ROOM - WORD_GAP, tall)
        self._use_arrow(with_arrow > with_bar)

    def _cards_in_sight(self, width: int, height: int, tall: int) -> int:
        """How many of the first cards stand whole in `width` x `height`, flowed in rows."""
        rows = max(0, (height + WORD_GAP) // (tall + WORD_GAP))
        seen, row, used = 0, 0, 0
        for button in self.word_buttons:
            if used and used + WORD_GAP + button.width() > width:
                row, used = row + 1, 0
            if row >= rows:
                break
            used += (WORD_GAP if used else 0) + button.width()
            seen += 1
        return seen

    def _use_arrow(self, arrow: bool) -> None:
        if arrow == self._by_arrow:
            return
        self._by_arrow = arrow
        whole = self._words_whole
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if arrow else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.words_scroll.setVerticalScrollBarPolicy(policy)
        if whole is not None:
            whole.arrow_room, whole.fitted = self._arrow_kept if arrow else (0, None)
            whole.fit()
        if not arrow:
            self.words_arrow.hide()
