"""My voice, for grown-ups: may children record, whose voice reads show time, and per
writer how many recordings there are, the space they take, and "delete all"."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nook.core.library import Change, Library, What
from nook.ui.kit.plain import PlainLabel
from nook.ui.operations import Operations

READING_VOICES = (
    ("own", "The child's own recording"),
    ("app", "The app's voice"),
    ("own_then_app", "The child's recording, then the app's voice"),
)


def size_text(size: int) -> str:
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{size / 1000:.0f} KB"
    return f"{size / 1_000_000:.1f} MB"


def plain_label(text: str) -> QLabel:
    return PlainLabel(text)  # a writer's name is shown as typed


class VoicePage(QWidget):
    """Recording settings and every writer's recordings. Recordings never leave this
    computer except in a backpack or an export a grown-up makes."""

    def __init__(self, library: Library, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voicePage")
        self.setAccessibleName("My voice recordings")
        self.library = library
        self.ops = ops
        self._armed: str | None = None  # the writer whose "delete all" waits for a second press
        self._stale = False

        settings_group = QGroupBox("Recording")
        form = QFormLayout(settings_group)
        self.may_record = QCheckBox("Children may record their voice on a page")
        self.may_record.setObjectName("setting_child_may_record")
        self.may_record.setAccessibleName(self.may_record.text())
        self.may_record.toggled.connect(lambda on: self.ops.store(self, library.set_setting, "child_may_record", on))
        form.addRow(self.may_record)
        self.reading_voice = QComboBox()
        self.reading_voice.setObjectName("setting_reading_voice")
        self.reading_voice.setAccessibleName("Show time and Read to me on a page with a recording")
        for value, label in READING_VOICES:
            self.reading_voice.addItem(label, value)
        self.reading_voice.currentIndexChanged.connect(
            lambda _i: self.ops.store(self, library.set_setting, "reading_voice", self.reading_voice.currentData())
        )
        form.addRow("Show time and Read to me use", self.reading_voice)
        form.addRow(
            plain_label(
                "Recordings stay in the library on this computer. They leave it only inside "
                "a backpack or an export that a grown-up makes."
            )
        )

        self.writers_group = QGroupBox("Each writer's recordings")
        self.grid = QGridLayout(self.writers_group)
        self.delete_buttons: dict[str, QPushButton] = {}
        self.counts: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(settings_group)
        layout.addWidget(self.writers_group)
        layout.addStretch(1)
        ops.changed.connect(self._on_change)
        self.refresh()

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
            self.grid.addWidget(plain_label(writer.name or "(no name)"), row, 0)
            count = plain_label(
                f"{space.count} recording{'s' if space.count != 1 else ''}, {size_text(space.size)}"
                if space.count
                else "no recordings"
            )
            count.setObjectName(f"voiceSpace_{writer.id}")
            self.counts[writer.id] = count
            self.grid.addWidget(count, row, 1)
            armed = self._armed == writer.id
            button = QPushButton(
                f"Yes, delete {space.count} for good" if armed else "Delete all recordings",
            )
            button.setObjectName(f"deleteRecordings_{writer.id}")
            button.setAccessibleName(f"Delete all recordings of {writer.name}")
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
