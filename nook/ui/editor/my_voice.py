"""My voice on a page: a big microphone, a countdown, a level meter and a running time
while recording, then play it, record again, or throw it away.

The panel does not change the page itself: it stores a finished recording's bytes in the
library and hands the `Recording` to the editor (`recorded`), which puts it on the page
as an undoable change like any other; throwing away (`thrown_away`) is the same. So an
undo brings a thrown-away voice back, and a backpack carries what the page shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from nook.core import recordings
from nook.core.library import Library
from nook.core.recordings import Recording
from nook.i18n import translate
from nook.speech.recorder import Take, VoiceRecorder
from nook.speech.recording_player import RecordingPlayer
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon
from nook.ui.kit.level_meter import LevelMeter
from nook.ui.kit.plain import PlainLabel
from nook.ui.kit.second_tap import SameTap
from nook.ui.operations import Operations

log = logging.getLogger(__name__)

COUNTDOWN_FROM = 3
COUNTDOWN_STEP_MS = 700

# Why recording cannot happen: the oops bubble shows (and the voice says) its words.
NO_MICROPHONE = "no_microphone"
SWITCHED_OFF = "no_recording"
DID_NOT_WORK = "recording_failed"


def countdown_picture(number: int, size: int) -> QPixmap:
    """A big number in a circle: a child who cannot read numbers yet sees it shrink."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    share = 0.55 + 0.45 * number / COUNTDOWN_FROM
    side = size * share
    rect = QRectF((size - side) / 2, (size - side) / 2, side, side)
    painter.setBrush(QColor(theme.COUNTDOWN_FILL))
    painter.setPen(QPen(QColor(theme.COUNTDOWN_EDGE), 3))
    painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(12, int(side * 0.6)))
    painter.setFont(font)
    painter.setPen(QColor(theme.COUNTDOWN_NUMBER))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.end()
    return pixmap


def running_time(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class MyVoicePanel(QFrame):
    """The recording controls for the page being made."""

    recorded = Signal(str, object)  # page id, Recording
    thrown_away = Signal(str)  # page id
    problem = Signal(str)  # why, for the oops bubble: no_microphone, no_recording, recording_failed
    counting = Signal()  # a take is about to begin: whatever the app is saying must stop

    def __init__(
        self,
        library: Library,
        recorder: VoiceRecorder,
        player: RecordingPlayer,
        may_record: Callable[[], bool],
        button_size: int = 64,
        countdown_step_ms: int = COUNTDOWN_STEP_MS,
        parent: QWidget | None = None,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myVoicePanel")
        self.library = library
        # Storing a take goes through the window's door (a panel on its own gets its own).
        self.operations = operations if operations is not None else Operations(library, self)
        self.recorder = recorder
        self.player = player
        self.may_record = may_record
        self.button_size = button_size
        self.page_id: str | None = None
        self.recording: Recording | None = None
        self._recording_page: str | None = None
        self._countdown = 0

        self.record_button = self._button("microphone", "recordButton", self._record_tapped)
        self.countdown = PlainLabel()
        self.countdown.setObjectName("recordCountdown")
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown.setFixedSize(QSize(button_size, button_size))
        self.meter = LevelMeter(max(32, button_size * 2 // 3))
        self.time_label = PlainLabel("0:00")
        self.time_label.setObjectName("recordTime")
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.time_label.font()
        font.setPixelSize(max(18, button_size // 2))
        font.setBold(True)
        self.time_label.setFont(font)
        self.stop_button = self._button("stop", "stopRecordingButton", self.stop)
        self.play_button = self._button("play", "playRecordingButton", self._play_tapped)
        self.play_tap = SameTap()  # (a double tap on it played, then stopped at once)
        self.again_button = self._button("record_again", "recordAgainButton", self._record_tapped)
        self.throw_button = self._button("trash", "throwAwayRecordingButton", self._throw_away)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Stop first, where the microphone was tapped: where the bar has no room for all
        # three (96 px on a netbook), the meter and the time go behind its arrow, not stop.
        for widget in (
            self.record_button,
            self.countdown,
            self.stop_button,
            self.meter,
            self.time_label,
            self.play_button,
            self.again_button,
            self.throw_button,
        ):
            layout.addWidget(widget)

        self._tick = QTimer(self)
        self._tick.setInterval(countdown_step_ms)
        self._tick.timeout.connect(self._count_down)
        recorder.started.connect(self._recording_started)
        recorder.level.connect(self.meter.set_level)
        recorder.elapsed.connect(lambda ms: self.time_label.setText(running_time(ms)))
        recorder.finished.connect(self._finished)
        recorder.failed.connect(self._failed)
        player.done.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        """Say every phrase again in the language now installed."""
        self.setAccessibleName(translate("Editor", "My voice"))
        self.time_label.setAccessibleName(translate("Editor", "Time"))
        self.stop_button.set_phrase(translate("Editor", "Stop recording"))
        self.again_button.set_phrase(translate("Editor", "Record again"))
        self.throw_button.set_phrase(translate("Editor", "Throw away my voice"))
        self._show()  # the record and play buttons say what they do now

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _button(self, icon_name: str, name: str, slot: Callable[[], Any]) -> PictureButton:
        button = PictureButton(icon_name, "", name, self.button_size)
        button.clicked.connect(slot)
        return button

    # -- what the panel shows ------------------------------------------------------------
    @property
    def state(self) -> str:
        """idle, counting, waiting (the microphone opens), recording, saving, ready or playing."""
        if self._countdown:
            return "counting"
        if self.recorder.busy:
            if self._recording_page is None:
                return "saving"
            return "recording" if self.recorder.elapsed_ms > 0 else "waiting"
        if self.player.playing:
            return "playing"
        return "ready" if self.recording is not None else "idle"

    def can_record(self) -> bool:
        return self.may_record() and self.recorder.problem() is None

    def _show(self) -> None:
        state = self.state
        self.record_button.setVisible(state == "idle")
        if state == "idle":
            allowed = self.can_record()
            self.record_button.setIcon(icon("microphone" if allowed else "no_microphone"))
            if allowed:
                why = translate("Editor", "Record my voice")
            elif self.may_record():
                why = translate("Editor", "No microphone")
            else:
                why = translate("Editor", "No recording")
            self.record_button.set_phrase(why)
        self.countdown.setVisible(state == "counting")
        busy = state in ("waiting", "recording")
        self.meter.setVisible(busy)
        self.time_label.setVisible(busy)
        self.stop_button.setVisible(busy)
        has = state in ("ready", "playing")
        self.play_button.setVisible(has)
        self.play_button.setIcon(icon("stop" if state == "playing" else "play"))
        self.play_button.set_phrase(
            translate("Editor", "Stop my voice") if state == "playing" else translate("Editor", "Play my voice")
        )
        self.again_button.setVisible(has)
        self.throw_button.setVisible(has)
        self.setEnabled(self.page_id is not None)

    def show_page(self, page_id: str | None, recording: Recording | None) -> None:
        """The editor shows another page, or this page's recording changed (an undo)."""
        if page_id != self.page_id and self.player.playing:
            self.player.stop()
        if page_id != self.page_id and self._countdown:
            self._cancel_countdown()
        self.page_id = page_id
        self.recording = recording
        self._show()

    # -- acts ---------------------------------------------------------------------------
    def _record_tapped(self) -> None:
        # While the voice plays, "Record again" is there too: the voice stops for the new take.
        if self.page_id is None or self.state not in ("idle", "ready", "playing"):
            return
        if not self.may_record():
            self.problem.emit(SWITCHED_OFF)
            return
        reason = self.recorder.problem()
        if reason is not None:
            log.info("no recording: %s", reason)
            self.problem.emit(NO_MICROPHONE)
            self._show()
            return
        self.player.stop()
        self.counting.emit()
        self._countdown = COUNTDOWN_FROM
        self._recording_page = self.page_id
        self._paint_countdown()
        self._tick.start()
        self._show()

    def _paint_countdown(self) -> None:
        self.countdown.setPixmap(countdown_picture(self._countdown, self.countdown.width()))
        self.countdown.setAccessibleName(str(self._countdown))

    def _count_down(self) -> None:
        self._countdown -= 1
        if self._countdown > 0:
            self._paint_countdown()
            return
        self._tick.stop()
        self.time_label.setText(running_time(0))
        self.meter.set_level(0.0)
        if not self.recorder.start():
            self._recording_page = None
        self._show()

    def _cancel_countdown(self) -> None:
        self._tick.stop()
        self._countdown = 0
        self._recording_page = None

    def _recording_started(self) -> None:
        self._show()

    def stop(self) -> None:
        """Stop recording (the tap on stop); the recording is kept once it is whole."""
        if self._countdown:
            self._cancel_countdown()
            self._show()
            return
        self.recorder.stop()
        self._show()

    def finish_now(self) -> None:
        """The piece is closing: keep what was recorded whole, or nothing."""
        if self._countdown:
            self._cancel_countdown()
        if self.recorder.busy:
            self.recorder.finish_now()  # `finished` runs _finished before this returns
        self.player.stop()

    def _finished(self, take: Take) -> None:
        page_id, self._recording_page = self._recording_page, None
        if page_id is None:
            self._show()
            return
        try:
            recording = self.operations.run(self, recordings.store, self.library, take.data)
        except recordings.NotARecording as exc:
            log.warning("a finished recording was not whole: %s", exc)
            self.problem.emit(DID_NOT_WORK)
            self._show()
            return
        if recording is None:  # not stored: the window has said oops
            self._show()
            return
        if page_id == self.page_id:
            self.recording = recording
        self.recorded.emit(page_id, recording)
        self._show()

    def _failed(self, reason: str) -> None:
        log.warning("recording: %s", reason)
        self._recording_page = None
        self.problem.emit(NO_MICROPHONE if self.recorder.problem() else DID_NOT_WORK)
        self._show()

    def _play_tapped(self) -> None:
        if self.player.playing:
            if self.play_tap.undo_now():  # not a double tap's second tap
                self.player.stop()
            return
        if self.recording is None:
            return
        data = self.library.media(self.recording.media)
        if data is None:
            self.problem.emit(DID_NOT_WORK)
            return
        self.play_tap.did()
        self.player.play(data, self.recording.ms)
        self._show()

    def _throw_away(self) -> None:
        if self.page_id is None or self.recording is None:
            return
        self.player.stop()
        self.recording = None
        self.thrown_away.emit(self.page_id)
        self._show()
