""" "Read to me" and "Stop": one place in the editor's top bar, shared.

While the piece is read aloud "Stop" stands where "Read to me" was (the bar keeps room
for undo on a netbook). A child's double tap on "Read to me" would land its second tap
on "Stop": the window drops such a second tap (kit/second_tap.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from nook.i18n import translate
from nook.ui.editor.reading import Reading
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon


class ReadButtons(QObject):
    """The two buttons (`read`, `stop`) the screen places side by side; one shows at a time."""

    def __init__(self, reading: Reading, button_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        self.read = PictureButton("read_aloud", "", "readAloud", button_size)
        self.read.clicked.connect(lambda _=False: reading.read_to_me())
        self.stop = PictureButton("stop", "", "stopReading", button_size)
        self.stop.clicked.connect(lambda _=False: reading.stop())
        self.stop.hide()
        reading.busy_changed.connect(self._busy_changed)
        reading.speaks_changed.connect(self.show_speaks)
        self.show_speaks()

    def retranslate(self) -> None:
        self.read.set_phrase(translate("Editor", "Read to me"))
        self.stop.set_phrase(translate("Editor", "Stop"))

    def show_speaks(self) -> None:
        """The buttons show "no sound" and rest while the voice cannot speak."""
        speaks = self.reading.speaks
        self.read.setIcon(icon("read_aloud" if speaks else "no_sound"))
        self.stop.setIcon(icon("stop" if speaks else "no_sound"))
        self.read.setEnabled(speaks)
        self.stop.setEnabled(speaks)

    def _busy_changed(self, busy: bool) -> None:
        self.read.setVisible(not busy)
        self.stop.setVisible(busy)
