"""My voice, for grown-ups: may children record, whose voice reads show time, and per
writer how many recordings there are, the space they take, and "delete all"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from nook.core.library import Change, Library, What
from nook.i18n import isolated, translate
from nook.ui.grownup.long_page import scrolling_body
from nook.ui.grownup.pickers import say
from nook.ui.grownup.wording import Phrases, writer_label
from nook.ui.kit.plain import PlainLabel
from nook.ui.operations import Operations

READING_VOICES = ("own", "app", "own_then_app")


def reading_voice_phrase(value: str) -> str:
    phrases = {
        "own": translate("GrownUp", "The child's own recording"),
        "app": translate("GrownUp", "The app's voice"),
        "own_then_app": translate("GrownUp", "The child's recording, then the app's voice"),
    }
    return phrases.get(value, value)


def size_text(size: int) -> str:
    """A size as the language writes it ("180 KB", "1,2 MB"), in powers of 1000 like a file manager."""
    return QLocale().formattedDataSize(size, 1 if size >= 1_000_000 else 0, QLocale.DataSizeFormat.DataSizeSIFormat)


def plain_label(text: str) -> QLabel:
    return PlainLabel(text)  # a writer's name is shown as typed


class VoicePage(QWidget):
    """Recording settings and every writer's recordings. Recordings never leave this
    computer except in a backpack or an export a grown-up makes."""

    def __init__(self, library: Library, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voicePage")
        self.library = library
        self.phrases = Phrases(self)
        self.phrases.add(lambda page: page.setAccessibleName(translate("GrownUp", "My voice recordings")))
        self.ops = ops
        self._armed: str | None = None  # the writer whose "delete all" waits for a second press
        self._stale = False

        settings_group = QGroupBox()
        self.phrases.add(lambda _page: settings_group.setTitle(translate("GrownUp", "Recording")))
        form = QFormLayout(settings_group)
        self.may_record = QCheckBox()
        self.may_record.setObjectName("setting_child_may_record")
        self.phrases.add(
            lambda page: say(page.may_record, translate("GrownUp", "Children may record their voice on a page"))
        )
        self.may_record.toggled.connect(lambda on: self.ops.store(self, library.set_setting, "child_may_record", on))
        form.addRow(self.may_record)
        self.reading_voice = QComboBox()
        self.reading_voice.setObjectName("setting_reading_voice")
        for value in READING_VOICES:
            self.reading_voice.addItem("", value)
        self.phrases.add(lambda page: page._name_reading_voices())
        self.reading_voice.currentIndexChanged.connect(
            lambda _i: self.ops.store(self, library.set_setting, "reading_voice", self.reading_voice.currentData())
        )
        use_label = plain_label("")
        use_label.setWordWrap(True)  # a longer language would cut these off
        # The words over the choice, each the page's width: beside it, the words had a
        # column too narrow for Spanish and were cut (seen at 1024x600).
        form.addRow(use_label)
        form.addRow(self.reading_voice)
        self.phrases.add(lambda _page: use_label.setText(translate("GrownUp", "Show time and Read to me use")))
        stays = plain_label("")
        stays.setWordWrap(True)
        self.phrases.add(
            lambda _page: stays.setText(
                translate(
                    "GrownUp",
                    "Recordings stay in the library on this computer. They leave it only inside "
                    "a backpack or an export that a grown-up makes.",
                )
            )
        )
        form.addRow(stays)

        self.writers_group = QGroupBox()
        self.phrases.add(lambda page: page.writers_group.setTitle(translate("GrownUp", "Each writer's recordings")))
        self.grid = QGridLayout(self.writers_group)
        self.delete_buttons: dict[str, QPushButton] = {}
        self.counts: dict[str, QLabel] = {}

        layout = scrolling_body(self)  # a long page scrolls on a small screen
        layout.addWidget(settings_group)
        layout.addWidget(self.writers_group)
        layout.addStretch(1)
        ops.changed.connect(self._on_change)
        self.refresh()

    def _name_reading_voices(self) -> None:
        self.reading_voice.setAccessibleName(
            translate("GrownUp", "Show time and Read to me on a page with a recording")
        )
        for index in range(self.reading_voice.count()):
            self.reading_voice.setItemText(index, reading_voice_phrase(str(self.reading_voice.itemData(index))))

    def retranslate(self) -> None:
        """Say the page's phrases again in the language now installed."""
        self.phrases.say_again()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        for widget in (self.may_record, self.reading_voice):
            widget.blockSignals(True)
        self.may_record.setChecked(bool(self.library.setting("child_may_record")))
        self.reading_voice.setCurrentIndex(max(0, self.reading_voice.findData(self.library.setting("reading_voice"))))
        for widget in (self.may_record, self.reading_voice):
            widget.blockSignals(False)
        while self.grid.count():
            item = self.grid.takeAt(0)
            gone = item.widget() if item is not None else None
            if gone is not None:
                gone.deleteLater()
        self.delete_buttons.clear()
        self.counts.clear()
        for row, writer in enumerate(self.library.writers(include_archived=True)):
            space = self.library.recordings.space(writer.id)
            recorded = space.count  # a plain name: lupdate finds a plural only by one
            self.grid.addWidget(plain_label(writer_label(writer.name, writer.avatar)), row, 0)
            count = plain_label(
                translate("GrownUp", "%n recording(s), {size}", None, recorded).format(size=size_text(space.size))
                if space.count
                else translate("GrownUp", "no recordings")
            )
            count.setObjectName(f"voiceSpace_{writer.id}")
            self.counts[writer.id] = count
            self.grid.addWidget(count, row, 1)
            armed = self._armed == writer.id
            button = QPushButton(
                translate("GrownUp", "Yes, delete %n for good", None, recorded)
                if armed
                else translate("GrownUp", "Delete all recordings"),
            )
            button.setObjectName(f"deleteRecordings_{writer.id}")
            delete_all = translate("GrownUp", "Delete all recordings of {name}")
            button.setAccessibleName(delete_all.format(name=isolated(writer.name)))
            button.setEnabled(space.count > 0)
            button.clicked.connect(lambda _=False, w=writer.id: self.delete_all(w))
            self.delete_buttons[writer.id] = button
            self.grid.addWidget(button, row, 2)

    def delete_all(self, writer_id: str) -> None:
        """First press asks (the button says what will go); the second deletes for good."""
        if self._armed != writer_id:
            self._armed = writer_id
            self.refresh()
            return
        self._armed = None
        self.ops.store(self, self.library.recordings.delete_all, writer_id)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.initiator is self:
            return
        if change.what in (What.WRITER, What.PAGE, What.PIECE, What.TRASH, What.SETTING):
            self._armed = None
            # Counting reads every page with a voice: only for a grown-up looking at it,
            # never on each stroke a child draws while the corner sits hidden.
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
