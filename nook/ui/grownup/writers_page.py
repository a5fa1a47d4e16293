"""Writers, for grown-ups: rename, change picture, put in order, archive and bring back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nook.core import word_wall
from nook.core.library import Change, Library, What
from nook.i18n import translate
from nook.speech import Voice
from nook.ui.grownup.id_list import chosen_id, refill
from nook.ui.grownup.pickers import say
from nook.ui.grownup.wording import Phrases
from nook.ui.kit.calm_inputs import CalmComboBox
from nook.ui.kit.icons import avatar_icon, avatar_list, icon
from nook.ui.kit.plain import PlainLabel, plain_tip
from nook.ui.language import available_languages, native_name
from nook.ui.operations import Operations

WRITER_ROLE = Qt.ItemDataRole.UserRole


class WritersPage(QWidget):
    """One list of every writer (archived ones too) and what a grown-up can change."""

    def __init__(
        self, library: Library, ops: Operations, parent: QWidget | None = None, voice: Voice | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("writersPage")
        self.phrases = Phrases(self)
        self.phrases.add(lambda page: page.setAccessibleName(translate("GrownUp", "Writers")))
        self.library = library
        self.ops = ops
        self.list = QListWidget()
        self.list.setObjectName("writersAdminList")
        self.phrases.add(lambda page: page.list.setAccessibleName(translate("GrownUp", "Writers")))
        self.list.setIconSize(QSize(48, 48))
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("writerRenameEdit")
        self.phrases.add(lambda page: page.name_edit.setAccessibleName(translate("GrownUp", "Name")))
        self.name_edit.setMaxLength(60)
        # A name typed is kept when the grown-up goes on (to another writer, section, or out
        # of the corner), as a picture or a language chosen is: only Enter or Rename kept it.
        self.name_edit.editingFinished.connect(self._rename_if_changed)
        self.rename_button = QPushButton(icon("rename"), "")
        self.rename_button.setObjectName("writerRename")
        self.phrases.add(lambda page: say(page.rename_button, translate("GrownUp", "Rename")))
        self.rename_button.clicked.connect(self.rename)
        self.archive_button = QPushButton(icon("archive"), "")
        self.archive_button.setObjectName("writerArchive")
        self.phrases.add(lambda page: say(page.archive_button, translate("GrownUp", "Archive")))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.up_button = QPushButton(icon("move_left"), "")
        self.up_button.setObjectName("writerEarlier")
        self.phrases.add(lambda page: say(page.up_button, translate("GrownUp", "Earlier")))
        self.up_button.clicked.connect(lambda: self.move_writer(-1))
        self.down_button = QPushButton(icon("move_right"), "")
        self.down_button.setObjectName("writerLater")
        self.phrases.add(lambda page: say(page.down_button, translate("GrownUp", "Later")))
        self.down_button.clicked.connect(lambda: self.move_writer(1))
        # A teacher setting up a class types the names one after another; each gets a
        # picture nobody has yet (the child may change it, or the teacher here).
        self.new_name = QLineEdit()
        self.new_name.setObjectName("writerNewName")
        self.phrases.add(lambda page: page.new_name.setAccessibleName(translate("GrownUp", "New writer's name")))
        self.phrases.add(lambda page: page.new_name.setPlaceholderText(translate("GrownUp", "Name, then Enter")))
        self.new_name.setMaxLength(60)
        self.new_name.returnPressed.connect(self.add_writer)
        self.add_button = QPushButton(icon("add_writer"), "")
        self.add_button.setObjectName("writerAdd")
        self.phrases.add(lambda page: page.add_button.setText(translate("GrownUp", "Add")))
        self.phrases.add(lambda page: page.add_button.setAccessibleName(translate("GrownUp", "Add writer")))
        self.add_button.clicked.connect(self.add_writer)
        self.names_button = QPushButton(icon("word_wall"), "")
        self.names_button.setObjectName("writerNamesToWordWall")
        self.phrases.add(lambda page: say(page.names_button, translate("GrownUp", "Put every name on the word wall")))
        self.names_button.clicked.connect(self.names_to_the_word_wall)

        # The writer's language: their screens, voice, sticker names, cards and banks.
        self.language_box = CalmComboBox()
        self.language_box.setObjectName("writerLanguage")
        self.phrases.add(lambda page: page.language_box.setAccessibleName(translate("GrownUp", "Language")))
        for code in available_languages(voice if voice is not None else Voice(self)):
            self.language_box.addItem(native_name(code), code)
        self.language_box.activated.connect(self._language_chosen)

        self.avatars = QListWidget()
        self.avatars.setObjectName("writerAvatarChoice")
        self.phrases.add(lambda page: page.avatars.setAccessibleName(translate("GrownUp", "Picture")))
        self.avatars.setViewMode(QListWidget.ViewMode.IconMode)
        self.avatars.setIconSize(QSize(48, 48))
        self.avatars.setGridSize(QSize(60, 60))
        self.avatars.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.avatars.setMovement(QListWidget.Movement.Static)
        for avatar in avatar_list():
            item = QListWidgetItem(avatar_icon(avatar["id"]), "")
            item.setData(WRITER_ROLE, avatar["id"])
            item.setToolTip(plain_tip(avatar["name"]))
            self.avatars.addItem(item)
        self.avatars.itemClicked.connect(self._avatar_clicked)

        name_row = QHBoxLayout()
        name_label = PlainLabel()
        self.phrases.add(lambda _page: name_label.setText(translate("GrownUp", "Name")))
        name_row.addWidget(name_label)
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.rename_button)
        order_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.archive_button):
            order_row.addWidget(button)
        order_row.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(name_row)
        language_row = QHBoxLayout()
        language_label = PlainLabel()
        self.phrases.add(lambda _page: language_label.setText(translate("GrownUp", "Language")))
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_box, 1)
        right.addLayout(language_row)
        picture_label = PlainLabel()
        self.phrases.add(lambda _page: picture_label.setText(translate("GrownUp", "Picture")))
        right.addWidget(picture_label)
        right.addWidget(self.avatars, 1)
        right.addLayout(order_row)
        archived_note = PlainLabel()
        archived_note.setWordWrap(True)  # a longer language would cut it off
        self.phrases.add(
            lambda _page: archived_note.setText(
                translate("GrownUp", "An archived writer leaves \u201cWho is writing?\u201d; their pieces are kept.")
            )
        )
        right.addWidget(archived_note)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        left.addLayout(add_row)
        left.addWidget(self.names_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        ops.changed.connect(self._on_change)
        self.refresh()

    def retranslate(self) -> None:
        """Say the page's phrases again in the language now installed."""
        self.phrases.say_again()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def writer_id(self) -> str | None:
        return chosen_id(self.list)

    def refresh(self) -> None:
        refill(
            self.list,
            (
                (
                    avatar_icon(w.avatar),
                    (w.name or translate("GrownUp", "(no name)"))
                    + ("   " + translate("GrownUp", "(archived)") if w.archived else ""),
                    w.id,
                )
                for w in self.library.writers(include_archived=True)
            ),
            first_if_none=True,
        )
        self._show_current()

    def _show_current(self) -> None:
        writer = self.library.writer(self.writer_id) if self.writer_id else None
        for widget in (
            self.name_edit,
            self.rename_button,
            self.archive_button,
            self.avatars,
            self.language_box,
            self.up_button,
            self.down_button,
        ):
            widget.setEnabled(writer is not None)
        if writer is None:
            self.name_edit.clear()
            return
        self.name_edit.setText(writer.name)
        if self.language_box.findData(writer.language) < 0:  # a language this computer cannot speak now
            self.language_box.addItem(native_name(writer.language), writer.language)
        self.language_box.setCurrentIndex(self.language_box.findData(writer.language))
        say(
            self.archive_button,
            translate("GrownUp", "Bring back") if writer.archived else translate("GrownUp", "Archive"),
        )
        for row in range(self.avatars.count()):
            if self.avatars.item(row).data(WRITER_ROLE) == writer.avatar:
                self.avatars.setCurrentRow(row)

    def names_to_the_word_wall(self) -> None:
        """Every writer's name into the class's bank, named in the corner's language."""
        class_name = translate("GrownUp", "Our class", "the word-wall bank of the writers' names")
        self.ops.store(self, word_wall.add_writer_names, self.library, None, class_name)

    def add_writer(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.new_name.setFocus()
            return
        taken = {w.avatar for w in self.library.writers(include_archived=True)}
        avatars = [a["id"] for a in avatar_list()]
        free = [a for a in avatars if a not in taken] or avatars
        writer = self.ops.run(self, self.library.add_writer, name, free[0])
        self.refresh()
        if writer is None:
            return
        self.new_name.clear()
        for row in range(self.list.count()):
            if self.list.item(row).data(WRITER_ROLE) == writer.id:
                self.list.setCurrentRow(row)

    def rename(self) -> None:
        if self.writer_id:
            self._store(self.library.update_writer, self.writer_id, name=self.name_edit.text())

    def _rename_if_changed(self) -> None:
        writer = self.library.writer(self.writer_id) if self.writer_id else None
        if writer is not None and self.name_edit.text() != writer.name:
            self.rename()

    def _language_chosen(self, index: int) -> None:
        code = self.language_box.itemData(index)
        if self.writer_id and code:
            self._store(self.library.update_writer, self.writer_id, language=code)

    def _avatar_clicked(self, item: QListWidgetItem) -> None:
        if self.writer_id:
            self._store(self.library.update_writer, self.writer_id, avatar=item.data(WRITER_ROLE))

    def toggle_archived(self) -> None:
        writer = self.library.writer(self.writer_id) if self.writer_id else None
        if writer is not None:
            self._store(self.library.update_writer, writer.id, archived=not writer.archived)

    def move_writer(self, step: int) -> None:
        writers = self.library.writers(include_archived=True)
        ids = [w.id for w in writers]
        if self.writer_id not in ids:
            return
        index = ids.index(self.writer_id)
        target = max(0, min(len(ids) - 1, index + step))
        ids.insert(target, ids.pop(index))

        def reorder() -> None:
            for position, writer_id in enumerate(ids):
                self.library.update_writer(writer_id, position=position)

        self._store(reorder)

    def _store(self, change: Callable[..., object], *args: Any, **kwargs: Any) -> None:
        """Store a change to the writers, then show the list once: a reorder changes every
        writer, and refreshing for each of those announcements would redo the list N times."""
        self.ops.store(self, change, *args, **kwargs)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.what is What.WRITER and change.initiator is not self:  # its own: see _store
            self.refresh()
