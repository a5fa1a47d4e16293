"""Idea cards, for grown-ups: add your own, change words, kind and picture, hide any.

A card's words, kind or picture changed in the editor are kept when the grown-up goes on
to another card or leaves the page, as Save keeps them (a teacher who changed a card's
words and chose the next one lost them). "Add as new card" takes the editor's words for
the new card only: the card chosen before stays as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from nook.core import ideas
from nook.core.library import Change, Library, What
from nook.core.models import KINDS
from nook.i18n import installed, translate
from nook.ui.grownup.id_list import chosen_id, refill
from nook.ui.grownup.long_page import scrolling_body
from nook.ui.grownup.pickers import StickerPicker, picture_icon, say
from nook.ui.grownup.wording import Phrases, kind_name
from nook.ui.kit.calm_inputs import CalmComboBox
from nook.ui.kit.flow import FlowLayout
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel, plain_tip
from nook.ui.operations import Operations

ID_ROLE = Qt.ItemDataRole.UserRole
CARDS_SHOWN = 6

Shown = tuple[str, str, str, str | None]  # a card's id, and its words, kind and picture as shown


class IdeasPage(QWidget):
    """The list of cards and one editor below it for the chosen card or a new one."""

    def __init__(self, library: Library, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ideasPage")
        self.library = library
        self.phrases = Phrases(self)
        self.phrases.add(lambda page: page.setAccessibleName(translate("GrownUp", "Idea cards")))
        self.ops = ops
        self._picture: str | None = None
        self._shown: Shown | None = None  # the card in the editor, as it was when shown
        self._choosing = False  # between one card and the next (see _chosen)
        self.show_hidden = QCheckBox()
        self.show_hidden.setObjectName("ideasShowHidden")
        self.phrases.add(lambda page: say(page.show_hidden, translate("GrownUp", "Show hidden cards too")))
        self.show_hidden.setChecked(True)
        self.show_hidden.toggled.connect(self.refresh)
        self.list = QListWidget()
        self.list.setObjectName("ideasList")
        self.phrases.add(lambda page: page.list.setAccessibleName(translate("GrownUp", "Idea cards")))
        self.list.setIconSize(QSize(36, 36))
        self.list.currentItemChanged.connect(self._chosen)

        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("ideaText")
        self.text_edit.setMaxLength(ideas.TEXT_LIMIT)
        self.phrases.add(lambda page: page.text_edit.setAccessibleName(translate("GrownUp", "Idea words")))
        self.phrases.add(
            lambda page: page.text_edit.setPlaceholderText(translate("GrownUp", "Make a sign for your bedroom door"))
        )
        self.kind = CalmComboBox()
        self.kind.setObjectName("ideaKind")
        for kind in KINDS:
            self.kind.addItem(icon(kind), kind, kind)
        self.phrases.add(lambda page: page._name_kinds())
        self.picture_label = PlainLabel()
        self.picture_label.setObjectName("ideaPicture")
        self.picture_label.setFixedSize(40, 40)
        self.save_button = QPushButton(icon("ok"), "")
        self.save_button.setObjectName("ideaSave")
        self.phrases.add(lambda page: say(page.save_button, translate("GrownUp", "Save changes")))
        self.save_button.clicked.connect(self.save)
        self.add_button = QPushButton(icon("plus"), "")
        self.add_button.setObjectName("ideaAdd")
        self.phrases.add(lambda page: say(page.add_button, translate("GrownUp", "Add as new card")))
        self.add_button.clicked.connect(self.add)
        self.hide_button = QPushButton(icon("eye"), "")
        self.hide_button.setObjectName("ideaHide")
        self.phrases.add(lambda page: say(page.hide_button, translate("GrownUp", "Hide")))
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.delete_button = QPushButton(icon("delete_forever"), "")
        self.delete_button.setObjectName("ideaDelete")
        self.phrases.add(lambda page: say(page.delete_button, translate("GrownUp", "Delete")))
        self.phrases.add(
            lambda page: page.delete_button.setToolTip(
                plain_tip(
                    translate("GrownUp", "Only cards a grown-up made can be deleted; bundled cards can be hidden.")
                )
            )
        )
        self.delete_button.clicked.connect(self.delete)
        self.picker = StickerPicker()
        self.picker.picked.connect(self._picked)

        editor = QHBoxLayout()
        editor.addWidget(self.picture_label)
        editor.addWidget(self.kind)
        editor.addWidget(self.text_edit, 1)
        # The buttons wrap onto a second row rather than widen the page past a netbook's
        # screen (in Spanish, with the page's scroll bar shown, they did by 8 pixels).
        buttons = FlowLayout(spacing=6)
        for button in (self.save_button, self.add_button, self.hide_button, self.delete_button):
            buttons.addWidget(button)
        # Six cards at least in sight (two and a half were, at 1024x600 in Spanish, above
        # the editor and the picker): the page scrolls for the rest.
        self.list.setMinimumHeight(CARDS_SHOWN * (self.list.iconSize().height() + 4) + 2 * self.list.frameWidth())
        layout = scrolling_body(self)
        invitation = PlainLabel()
        invitation.setWordWrap(True)  # a longer language would cut it off
        self.phrases.add(
            lambda _page: invitation.setText(
                translate("GrownUp", "Idea cards are an invitation: children may look at them, and never have to.")
            )
        )
        layout.addWidget(invitation)
        layout.addWidget(self.show_hidden)
        layout.addWidget(self.list, 2)
        layout.addLayout(editor)
        layout.addLayout(buttons)
        layout.addWidget(self.picker, 1)
        ops.changed.connect(self._on_change)
        self.refresh()

    def _name_kinds(self) -> None:
        self.kind.setAccessibleName(translate("GrownUp", "Kind"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kind_name(str(self.kind.itemData(index))))

    def retranslate(self) -> None:
        """Say the page's phrases again in the language now installed."""
        self.phrases.say_again()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def card_id(self) -> str | None:
        return chosen_id(self.list)

    def refresh(self) -> None:
        cards = ideas.cards(self.library, include_hidden=self.show_hidden.isChecked())
        refill(
            self.list,
            (
                (
                    picture_icon(card.picture),
                    f"[{kind_name(card.kind)}]  {ideas.words_in(card, installed())}"
                    + ("   " + translate("GrownUp", "(hidden)") if card.hidden else ""),
                    card.id,
                )
                for card in cards
            ),
        )
        self._show_current()

    def _show_current(self) -> None:
        card = ideas.card(self.library, self.card_id) if self.card_id else None
        for button in (self.save_button, self.hide_button, self.delete_button):
            button.setEnabled(card is not None)
        if card is None:
            self._shown = None
            return
        say(self.hide_button, translate("GrownUp", "Show") if card.hidden else translate("GrownUp", "Hide"))
        self.delete_button.setEnabled(not card.builtin)
        if self._changed() and self._shown is not None and self._shown[0] == card.id:
            return  # the card shown again (the list filled anew): the changes made stay
        # The corner's language: a bundled card in its words, or a grown-up's words for it.
        self.text_edit.setText(ideas.words_in(card, installed()))
        self.kind.setCurrentIndex(max(0, self.kind.findData(card.kind)))
        self._picked(card.picture)
        self._shown = self._in_editor(card.id)

    def _in_editor(self, card_id: str) -> Shown:
        return (card_id, self.text_edit.text(), str(self.kind.currentData()), self._picture)

    def _changed(self) -> bool:
        """The card in the editor has words, a kind or a picture not yet kept."""
        shown = self._shown
        return shown is not None and self._in_editor(shown[0]) != shown

    def _chosen(self, _current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        """On to another card: the one left keeps what was changed in it."""
        left = previous.data(ID_ROLE) if previous is not None else None
        self._choosing = True
        try:
            if left is not None:
                self._keep(left)
        finally:
            self._choosing = False
        self._show_current()

    def _keep(self, card_id: str) -> None:
        """Store the editor's changes to `card_id` if it is the card they were made to."""
        if self._shown is None or self._shown[0] != card_id or not self._changed():
            return
        if not self.text_edit.text().strip():
            return  # a card has words: emptied, it keeps the ones it had
        if self.ops.store(
            self,
            ideas.update_card,
            self.library,
            card_id,
            installed(),  # new words for a bundled card are this language's only
            text=self.text_edit.text(),
            kind=self.kind.currentData(),
            picture=self._picture,
        ):
            self._shown = self._in_editor(card_id)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        """Leaving the page (another section, or out of the corner) keeps the changes too."""
        if self._shown is not None:
            self._keep(self._shown[0])
        super().hideEvent(event)

    def _picked(self, picture: str | None) -> None:
        self._picture = picture
        self.picture_label.setPixmap(picture_icon(picture).pixmap(36, 36) if picture else icon("idea").pixmap(36, 36))

    def save(self) -> None:
        if self.card_id:
            self._keep(self.card_id)

    def add(self) -> None:
        if not self.text_edit.text().strip():
            self.text_edit.setFocus()
            return
        self._shown = None  # the words are the new card's: the card chosen stays as it was
        card = self.ops.run(
            self, ideas.add_card, self.library, self.kind.currentData(), self.text_edit.text(), self._picture
        )
        if card is None:
            return
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == card.id:
                self.list.setCurrentRow(row)

    def toggle_hidden(self) -> None:
        card = ideas.card(self.library, self.card_id) if self.card_id else None
        if card is not None:
            self.ops.store(self, ideas.hide_card, self.library, card.id, not card.hidden)

    def delete(self) -> None:
        if self.card_id:
            self._shown = None  # its changes go with it
            self.ops.store(self, ideas.delete_card, self.library, self.card_id)

    def _on_change(self, change: Change) -> None:
        if change.what is What.IDEAS:
            if self._choosing:
                # Kept on the way to another card: the list is not filled anew while it
                # is telling of the choice (its rows would go from under it).
                QTimer.singleShot(0, self, self.refresh)
            else:
                self.refresh()
