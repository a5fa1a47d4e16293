"""The backpack page's packing box: whose pieces, which of them (all ticked to start
with), Tick all / Tick none, and the button that packs them (the page does the packing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from nook.core.library import Library
from nook.i18n import isolated, translate
from nook.ui.grownup.id_list import refill_choice
from nook.ui.grownup.pickers import say
from nook.ui.grownup.wording import Phrases, kind_name, writer_label
from nook.ui.kit.calm_inputs import NamesComboBox
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel

# Pieces the list shows at once, at least (fewer if the writer has fewer, never under
# three): at 1024x600 it showed about two, then five and a half, and a teacher ticking a
# writer's forty pieces scrolled a keyhole. The page scrolls for what is below.
SHOWN_ROWS = 8
FEWEST_ROWS = 3


class PackingBox(QGroupBox):
    """Pack a backpack: a writer, their pieces to tick, and the pack button."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.phrases = Phrases(self)
        self.phrases.add(lambda box: box.setTitle(translate("GrownUp", "Pack a backpack")))
        self.writer_choice = NamesComboBox()
        self.writer_choice.setObjectName("backpackWriter")
        self.phrases.add(lambda box: box.writer_choice.setAccessibleName(translate("GrownUp", "Whose pieces")))
        self.writer_choice.currentIndexChanged.connect(self.fill_pieces)
        self.piece_list = QListWidget()
        self.piece_list.setObjectName("backpackPieces")
        self.phrases.add(lambda box: box.piece_list.setAccessibleName(translate("GrownUp", "Pieces to pack")))
        self.all_button = QPushButton()
        self.phrases.add(lambda box: say(box.all_button, translate("GrownUp", "Tick all")))
        self.all_button.setObjectName("backpackTickAll")
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button = QPushButton()
        self.phrases.add(lambda box: say(box.none_button, translate("GrownUp", "Tick none")))
        self.none_button.setObjectName("backpackTickNone")
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        self.pack_button = QPushButton(icon("backpack"), "")
        self.pack_button.setObjectName("packBackpack")
        self.phrases.add(lambda box: say(box.pack_button, translate("GrownUp", "Pack the backpack…")))
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        ticks.addWidget(self.pack_button)
        form = QFormLayout()
        writer_words = PlainLabel()
        form.addRow(writer_words, self.writer_choice)
        self.phrases.add(lambda _box: writer_words.setText(translate("GrownUp", "Writer:")))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.piece_list, 1)
        layout.addLayout(ticks)

    def retranslate(self) -> None:
        """Say the box's phrases again, and the pieces' kinds, in the language now installed."""
        self.phrases.say_again()
        self.refresh()

    def refresh(self) -> None:
        """The writers and the chosen writer's pieces again (after a change)."""
        refill_choice(self.writer_choice, ((writer_label(w.name, w.avatar), w.id) for w in self.library.writers()))
        self.fill_pieces()

    def fill_pieces(self) -> None:
        self.piece_list.clear()
        writer_id = self.writer_choice.currentData()
        if writer_id is None:
            self.pack_button.setEnabled(False)
            self._show_rows(FEWEST_ROWS)
            return
        # Worked out once, not per piece: Qt's flags cost a little each in Python (58 ms
        # of a first showing for a writer of 1,000 pieces).
        checkable = QListWidgetItem().flags() | Qt.ItemFlag.ItemIsUserCheckable
        ticked, untitled = Qt.CheckState.Checked, translate("GrownUp", "(no words yet)")
        for piece in self.library.pieces(writer_id):
            star = " ★" if piece.finished else ""
            item = QListWidgetItem(f"{isolated(piece.title) or untitled} — {kind_name(piece.kind)}{star}")
            item.setData(Qt.ItemDataRole.UserRole, piece.id)
            item.setFlags(checkable)
            item.setCheckState(ticked)
            self.piece_list.addItem(item)
        self.pack_button.setEnabled(self.piece_list.count() > 0)
        self._show_rows(max(FEWEST_ROWS, min(self.piece_list.count(), SHOWN_ROWS)))

    def _show_rows(self, rows: int) -> None:
        """The list as tall as `rows` rows at least (the rows' own height, in its font)."""
        row = self.piece_list.sizeHintForRow(0) if self.piece_list.count() else -1
        if row <= 0:
            row = self.piece_list.fontMetrics().height() + 4
        self.piece_list.setMinimumHeight(rows * row + 2 * self.piece_list.frameWidth())

    def tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.piece_list.count()):
            self.piece_list.item(row).setCheckState(state)

    def chosen_pieces(self) -> list[str]:
        """The ticked pieces' ids, in the list's order."""
        items = (self.piece_list.item(row) for row in range(self.piece_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]
