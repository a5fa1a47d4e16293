"""Word wall, for grown-ups: make banks ("Our class", "Animals"), words with pictures."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nook.core import images, word_wall
from nook.core.library import Change, Library, What
from nook.core.safe_files import read_regular
from nook.i18n import isolated, translate
from nook.ui.grownup.id_list import chosen_id, refill
from nook.ui.grownup.pickers import ConfirmBar, StickerPicker, picture_icon, say
from nook.ui.grownup.wording import Phrases
from nook.ui.kit import theme
from nook.ui.kit.flow import FlowLayout
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel
from nook.ui.language import native_name
from nook.ui.operations import Operations

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
PHOTO_SIDE = 512  # photos on the word wall are small pictures, not prints
LIST_HEIGHT = 170  # the banks and the words: a few rows seen, however long the buttons' words


def _refusal_words(error: OSError | images.PhotoRefused) -> str:
    """Why a photo for a word was refused, as the editor tells a child (too big, not a
    picture): "could not be opened" for a photo too big sent a grown-up to try again."""
    reason = getattr(error, "reason", "")
    if reason == "too_big":
        return translate("GrownUp", "That photo is too big.")
    if reason == "not_a_picture":
        return translate("GrownUp", "That file is not a picture.")
    return translate("GrownUp", "That photo could not be opened.")


def _flow(*widgets: QWidget) -> FlowLayout:
    """A row of the page's buttons that wraps onto a second row rather than squeeze them."""
    row = FlowLayout(spacing=6)
    for widget in widgets:
        row.addWidget(widget)
    return row


def _button(icon_name: str, name: str) -> QPushButton:
    button = QPushButton(icon(icon_name), "")
    button.setObjectName(name)
    return button


class WordWallPage(QWidget):
    """Banks on the left, the chosen bank's words on the right."""

    def __init__(self, library: Library, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordWallPage")
        self.library = library
        self.phrases = Phrases(self)
        self.phrases.add(lambda page: page.setAccessibleName(translate("GrownUp", "Word wall")))
        self.ops = ops
        self._picture: str | None = None

        self.banks = QListWidget()
        self.banks.setObjectName("bankList")
        self.phrases.add(lambda page: page.banks.setAccessibleName(translate("GrownUp", "Word banks")))
        self.banks.setIconSize(QSize(36, 36))
        self.banks.currentItemChanged.connect(lambda *_: self._show_words())
        self.bank_name = QLineEdit()
        self.bank_name.setObjectName("bankName")
        self.phrases.add(lambda page: page.bank_name.setAccessibleName(translate("GrownUp", "Bank name")))
        self.phrases.add(lambda page: page.bank_name.setPlaceholderText(translate("GrownUp", "New bank: Dinosaurs")))
        self.bank_name.returnPressed.connect(self.add_bank)
        self.add_bank_button = _button("plus", "bankAdd")
        self.phrases.add(lambda page: say(page.add_bank_button, translate("GrownUp", "New bank")))
        self.add_bank_button.clicked.connect(self.add_bank)
        self.rename_bank_button = _button("rename", "bankRename")
        self.phrases.add(lambda page: say(page.rename_bank_button, translate("GrownUp", "Rename")))
        self.rename_bank_button.clicked.connect(self.rename_bank)
        self.hide_bank_button = _button("eye", "bankHide")
        self.phrases.add(lambda page: say(page.hide_bank_button, translate("GrownUp", "Hide")))
        self.hide_bank_button.clicked.connect(self.toggle_hidden)
        self.delete_bank_button = _button("delete_forever", "bankDelete")
        self.phrases.add(lambda page: say(page.delete_bank_button, translate("GrownUp", "Delete\u2026")))
        self.delete_bank_button.clicked.connect(self._ask_delete)
        self.bank_picture_button = _button("sticker", "bankPicture")
        self.phrases.add(lambda page: say(page.bank_picture_button, translate("GrownUp", "Use picture for bank")))
        self.bank_picture_button.clicked.connect(self.set_bank_picture)
        self.confirm = ConfirmBar("bankConfirm", lambda: translate("GrownUp", "Yes, delete the bank"))
        self.confirm.confirmed.connect(self.delete_bank)

        self.words = QListWidget()
        self.words.setObjectName("bankWords")
        self.phrases.add(lambda page: page.words.setAccessibleName(translate("GrownUp", "Words")))
        self.words.setIconSize(QSize(32, 32))
        self.word_edit = QLineEdit()
        self.word_edit.setObjectName("wordEdit")
        self.phrases.add(lambda page: page.word_edit.setAccessibleName(translate("GrownUp", "New word")))
        self.phrases.add(lambda page: page.word_edit.setPlaceholderText(translate("GrownUp", "A word, e.g. dinosaur")))
        self.word_edit.returnPressed.connect(self.add_word)
        self.picture_label = PlainLabel(translate("GrownUp", "No picture"))
        self.picture_label.setObjectName("wordPictureChoice")
        self.add_word_button = _button("plus", "wordAdd")
        self.phrases.add(lambda page: say(page.add_word_button, translate("GrownUp", "Add word")))
        self.add_word_button.clicked.connect(self.add_word)
        self.remove_word_button = _button("minus", "wordRemove")
        self.phrases.add(lambda page: say(page.remove_word_button, translate("GrownUp", "Remove word")))
        self.remove_word_button.clicked.connect(self.remove_word)
        self.word_up = _button("move_left", "wordEarlier")
        self.phrases.add(lambda page: say(page.word_up, translate("GrownUp", "Earlier")))
        self.word_up.clicked.connect(lambda: self.move_word(-1))
        self.word_down = _button("move_right", "wordLater")
        self.phrases.add(lambda page: say(page.word_down, translate("GrownUp", "Later")))
        self.word_down.clicked.connect(lambda: self.move_word(1))
        self.photo_button = _button("photo", "wordPhoto")
        self.phrases.add(lambda page: say(page.photo_button, translate("GrownUp", "Photo\u2026")))
        self.photo_button.clicked.connect(self.choose_photo)
        self.no_picture_button = _button("no", "wordNoPicture")
        self.phrases.add(lambda page: say(page.no_picture_button, translate("GrownUp", "No picture")))
        self.no_picture_button.clicked.connect(lambda: self.choose_picture(None))
        self.picker = StickerPicker()
        self.picker.picked.connect(self.choose_picture)

        # At 1024x600 in a longer language the page once squeezed its buttons' words to
        # "Banco nue": the buttons now wrap onto rows (FlowLayout) and the words' column
        # scrolls up and down, like any long form, rather than squeezing anything. The
        # banks' column stays whole beside it: scrolled with it, the banks' list grew as
        # tall as the words' column and pushed "+ New bank" below a netbook's screen.
        self.banks.setMinimumHeight(LIST_HEIGHT)
        self.words.setMinimumHeight(LIST_HEIGHT)
        left = QVBoxLayout()
        left.addWidget(self.banks, 1)
        left.addWidget(self.bank_name)
        left.addLayout(
            _flow(self.add_bank_button, self.rename_bank_button, self.hide_bank_button, self.delete_bank_button)
        )
        body = QWidget()
        body.setObjectName("wordWallPageBody")
        right = QVBoxLayout(body)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.words, 2)
        right.addLayout(_flow(self.word_up, self.word_down, self.remove_word_button))
        right.addWidget(self.word_edit)
        right.addLayout(_flow(self.picture_label, self.add_word_button))
        right.addLayout(_flow(self.photo_button, self.no_picture_button, self.bank_picture_button))
        right.addWidget(self.picker, 2)
        scroll = QScrollArea()
        scroll.setObjectName("wordWallPageScroll")
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        theme.see_through(scroll)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(scroll, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        # Under both columns: its question and buttons are wider than the banks' column.
        layout.addWidget(self.confirm)
        ops.changed.connect(self._on_change)
        self.refresh()

    def retranslate(self) -> None:
        """Say the page's phrases again in the language now installed."""
        self.phrases.say_again()
        if self._picture is None:
            self.picture_label.setText(translate("GrownUp", "No picture"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- banks ------------------------------------------------------------------------
    @property
    def bank_id(self) -> str | None:
        return chosen_id(self.banks)

    def refresh(self) -> None:
        banks = word_wall.banks(self.library, include_hidden=True)
        refill(
            self.banks,
            ((picture_icon(b.picture, self.library), self._bank_title(b, banks), b.id) for b in banks),
            first_if_none=True,
        )
        self._show_words()

    @staticmethod
    def _bank_title(bank: word_wall.WordBank, banks: list[word_wall.WordBank]) -> str:
        """A bank's name; a starter bank's language beside it when the library has starter
        banks in more than one ("Colours (English)", "Colores (Español)"): each writer
        sees the banks of their own language, and a teacher can tell which is which."""
        title = bank.name
        languages = {word_wall.bank_language(b) for b in banks} - {None}
        language = word_wall.bank_language(bank)
        if language is not None and len(languages) > 1:
            title += f" ({native_name(language)})"
        if bank.hidden:
            title += "   " + translate("GrownUp", "(hidden)")
        return title

    def _show_words(self) -> None:
        current_word = self.words.currentItem().data(ID_ROLE) if self.words.currentItem() else None
        self.words.clear()
        bank = word_wall.bank(self.library, self.bank_id) if self.bank_id else None
        for widget in (
            self.rename_bank_button,
            self.hide_bank_button,
            self.delete_bank_button,
            self.add_word_button,
            self.word_edit,
            self.bank_picture_button,
        ):
            widget.setEnabled(bank is not None)
        if bank is None:
            return
        say(self.hide_bank_button, translate("GrownUp", "Show") if bank.hidden else translate("GrownUp", "Hide"))
        for word in word_wall.words(self.library, bank.id):
            item = QListWidgetItem(picture_icon(word.picture, self.library), word.word)
            item.setData(ID_ROLE, word.id)
            self.words.addItem(item)
            if word.id == current_word:
                self.words.setCurrentItem(item)

    def add_bank(self) -> None:
        name = self.bank_name.text().strip()
        if not name:
            self.bank_name.setFocus()
            return
        bank = self.ops.run(self, word_wall.add_bank, self.library, name, self._picture)
        if bank is None:
            return
        self.bank_name.clear()
        self._select_bank(bank.id)

    def _select_bank(self, bank_id: str) -> None:
        for row in range(self.banks.count()):
            if self.banks.item(row).data(ID_ROLE) == bank_id:
                self.banks.setCurrentRow(row)

    def rename_bank(self) -> None:
        name = self.bank_name.text().strip()
        if self.bank_id and name:
            self.ops.store(self, word_wall.update_bank, self.library, self.bank_id, name=name)
            self.bank_name.clear()

    def toggle_hidden(self) -> None:
        bank = word_wall.bank(self.library, self.bank_id) if self.bank_id else None
        if bank is not None:
            self.ops.store(self, word_wall.update_bank, self.library, bank.id, hidden=not bank.hidden)

    def set_bank_picture(self) -> None:
        if self.bank_id:
            self.ops.store(self, word_wall.update_bank, self.library, self.bank_id, picture=self._picture)

    def _ask_delete(self) -> None:
        bank = word_wall.bank(self.library, self.bank_id) if self.bank_id else None
        if bank is not None:
            name = isolated(bank.name)
            self.confirm.ask(
                lambda: translate(
                    "GrownUp", "Delete \u201c{name}\u201d and its words? (Hide keeps it for later.)"
                ).format(name=name)
            )

    def delete_bank(self) -> None:
        if self.bank_id:
            self.ops.store(self, word_wall.delete_bank, self.library, self.bank_id)

    # -- words ------------------------------------------------------------------------
    def choose_picture(self, picture: str | None) -> None:
        """The picture the next word (or the bank) gets; also changes the chosen word's."""
        self._picture = picture
        self.picture_label.setText(translate("GrownUp", "No picture") if picture is None else "")
        if picture is not None:
            self.picture_label.setPixmap(picture_icon(picture, self.library).pixmap(32, 32))
        item = self.words.currentItem()
        if item is not None and not self.word_edit.text().strip():
            self.ops.store(self, word_wall.update_word, self.library, item.data(ID_ROLE), picture=picture)

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("GrownUp", "Choose a photo"),
            str(Path.home()),
            translate("GrownUp", "Pictures ({patterns})").format(patterns="*.png *.jpg *.jpeg *.gif *.bmp *.webp"),
        )
        if path:
            self.use_photo(path)

    def use_photo(self, path: str) -> bool:
        """Store a photo (made small, upright as it was taken) and choose it as the picture.

        Read as the editor reads photos (nook.core.images): its EXIF turn applied, a
        damaged file or a decompression bomb refused without Qt decoding it."""
        try:
            photo = self._made_small(path)
        except (OSError, images.PhotoRefused) as error:
            log.info("word picture refused: %s (%s)", path, error)
            self.picture_label.setText(_refusal_words(error))
            return False
        digest = self.ops.run(self, self.library.put_media, photo.data, photo.mime, photo.width, photo.height)
        if digest is None:
            self.picture_label.setText(translate("GrownUp", "That photo could not be stored."))
            return False
        self.choose_picture(word_wall.photo_picture(digest))
        return True

    def _made_small(self, path: str) -> images.Photo:
        """The photo read and made small in a worker (an 8000 x 8000 PNG takes seconds and
        a few hundred MB): the window keeps answering, the page saying it is busy."""
        outcome: list[images.Photo | BaseException] = []
        done = _Done()
        loop = QEventLoop()
        done.finished.connect(loop.quit)

        def work() -> None:
            try:
                outcome.append(images.prepare_photo(read_regular(path, images.MAX_FILE_BYTES), max_side=PHOTO_SIDE))
            except BaseException as error:  # noqa: BLE001 - handed to the window's thread, raised there
                outcome.append(error)
            done.finished.emit()

        self.picture_label.setText(translate("GrownUp", "Getting the photo ready…"))
        self.setEnabled(False)  # no other tap on the page meanwhile
        worker = threading.Thread(target=work, daemon=True, name="nook-word-photo")
        try:
            worker.start()
            loop.exec()
            # `done` is freed when this returns: not while the worker may still be in its
            # `emit` (a crash seen once). Its signal was its last step, so this is short.
            worker.join()
        finally:
            self.setEnabled(True)
            self.picture_label.setText("")
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def add_word(self) -> None:
        if self.bank_id and self.ops.run(
            self, word_wall.add_word, self.library, self.bank_id, self.word_edit.text(), self._picture
        ):
            self.word_edit.clear()
            self.choose_picture(None)

    def remove_word(self) -> None:
        item = self.words.currentItem()
        if item is not None:
            self.ops.store(self, word_wall.remove_word, self.library, item.data(ID_ROLE))

    def move_word(self, step: int) -> None:
        row = self.words.currentRow()
        if row >= 0:
            word_id = self.words.item(row).data(ID_ROLE)
            self.ops.store(self, word_wall.move_word, self.library, word_id, max(0, row + step))

    def _on_change(self, change: Change) -> None:
        if change.what is What.WORD_WALL:
            self.refresh()


class _Done(QObject):
    finished = Signal()  # from the worker; heard on the window's thread
