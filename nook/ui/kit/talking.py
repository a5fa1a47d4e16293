"""Talking buttons: every control says its name when a pre-reader asks.

Asking is resting the pointer on a control for a moment, or a long press (a finger
on a touch screen has no hover). The name said is the control's ``accessibleName``,
the same phrase screen readers and tests use; a widget without one speaks for the
nearest ancestor that has one (the icon inside a button speaks for the button).

A child's tap is quick: the pointer arrives and presses at once, so a press cancels
the rest that was pending (a control pressed is a control chosen, not a question),
and the control pressed stays answered until the pointer leaves it. The names are
the lowest-priority speech in the app: while the voice says something a child
started (reading aloud, show time, a tapped word, the typing echo), or while a
recording is made or played, the talking buttons keep quiet rather than cut it off.

Listened for where the platform delivers the pointer: on each of the app's windows
(once per move or tap, before Qt picks the widget), not on the whole application.
An application filter sent every event of every widget through Python: ~10,000 for
each piece opened (the widgets being made, styled, laid out, painted) and a dozen a
move while a child draws (the paints under the finger), for the few a window gets.
The windows are looked for again as they come (kit/every_window.py), and at a press.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from shiboken6 import isValid

from nook.speech import Voice
from nook.ui.kit.every_window import EveryWindow

REST_MS = 600
LONG_PRESS_MS = 600
MOVE_TOLERANCE = 12  # px a finger may wobble during a long press
# A long press noticed this late (the app was busy) may have been a quick tap whose
# release is still waiting in the queue: it is looked at again a moment later.
LATE = 1.5
SETTLE_MS = 40

_POINTER_EVENTS = {QEvent.Type.MouseMove, QEvent.Type.Enter}
_LOOKED_AT = {*_POINTER_EVENTS, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.Leave}


def talking_name(widget: QWidget | None) -> tuple[QWidget | None, str]:
    """The widget that speaks for ``widget`` and its name; (None, "") if none or opted out.

    A widget opts out (with everything inside it) by setting the dynamic property
    ``talking`` to False.
    """
    while widget is not None:
        if widget.property("talking") is False:
            return None, ""
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "")  # a dialog's own button ("OK", "Cancel")
        if name:
            return widget, name
        if widget.isWindow():
            break  # a dialog's nameless part never says the name of the window behind it
        widget = widget.parentWidget()
    return None, ""


class TalkingButtons(QObject):
    """Speaks a control's name on rest or long press: a filter on each of the app's windows."""

    def __init__(
        self,
        voice: Voice,
        enabled: Callable[[], bool],
        parent: QObject | None = None,
        *,
        rest_ms: int = REST_MS,
        long_press_ms: int = LONG_PRESS_MS,
        child_sound: Callable[[], bool] = lambda: False,
    ) -> None:
        """``child_sound``: True while a sound a child started plays through something
        other than the voice (a recording being made or played): names keep quiet."""
        super().__init__(parent)
        self._voice = voice
        self._enabled = enabled
        self._child_sound = child_sound
        self._pointer: QPoint | None = None
        self._spoken: QWidget | None = None  # said last, and the pointer is still on it
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(rest_ms)
        self._rest.timeout.connect(self._on_rest)
        self._press = QTimer(self)
        self._press.setSingleShot(True)
        self._press.setInterval(long_press_ms)
        self._press.timeout.connect(self._on_long_press)
        self._pressed: QWidget | None = None
        self._press_at: QPoint | None = None
        self._press_clock = QElapsedTimer()
        self._looked_again = False  # a late long press is looked at again once
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_long_press)
        self._own = 0  # the name being said now, if any (a talking button's own utterance)
        self._last_finished = 0
        self._windows = EveryWindow(self, self)
        self.looked_at = 0  # events that went through Python here (for tests and benchmarks)
        voice.finished.connect(self._on_voice_finished)
        self.install()

    def install(self) -> None:
        """Listen to every window of the app, those to come too (done on construction)."""
        self._windows.start()

    def uninstall(self) -> None:
        self._windows.stop()
        self._rest.stop()
        self._press.stop()
        self._settle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        self.looked_at += 1
        kind = event.type()
        if kind in _LOOKED_AT and isinstance(watched, QWindow):
            self._pointer_event(event, kind)
        return False

    # -- internals -------------------------------------------------------------
    def _pointer_event(self, event: QEvent, kind: QEvent.Type) -> None:
        if kind in (QEvent.Type.Leave, QEvent.Type.MouseButtonPress):
            self._windows.watch()  # the pointer went to a window not looked at yet (a popup)?
        if not self._enabled() and kind != QEvent.Type.MouseButtonPress:
            # (A press is looked at all the same: on a window not yet in front, the press
            # itself brings it there, and a long one is answered if it then is.)
            self._rest.stop()
            self._press.stop()
            if kind == QEvent.Type.MouseButtonRelease:
                self._settle.stop()
                self._pressed = None  # (else the rests after it waited for another release)
            return
        if kind == QEvent.Type.Leave:
            self._spoken = None  # the pointer left the window, and the control said
            return
        position = getattr(event, "globalPosition", None)
        if position is None:
            return
        point = position().toPoint()
        self._left_the_spoken(point)
        if kind == QEvent.Type.MouseButtonPress:
            self._rest.stop()  # a tap chooses; it does not ask what the control is
            self._pressed = QApplication.widgetAt(point)  # where Qt delivers the press
            self._press_at = point
            self._pointer = point
            self._spoken = talking_name(self._pressed)[0]  # answered until the pointer leaves it
            self._press.start()
            self._press_clock.start()
            self._looked_again = False
            self._settle.stop()
        elif kind == QEvent.Type.MouseButtonRelease:
            self._press.stop()
            self._settle.stop()  # lifted before the app looked again: it was a tap
            self._pressed = None
        elif (
            self._press.isActive()
            and self._press_at is not None
            and (point - self._press_at).manhattanLength() > MOVE_TOLERANCE
        ):
            self._press.stop()
        if kind in _POINTER_EVENTS and point != self._pointer:
            self._pointer = point
            if self._pressed is None:
                self._rest.start()  # the pointer moved: wait for it to rest again

    def _left_the_spoken(self, point: QPoint) -> None:
        """The control said last is answered until the pointer leaves it."""
        spoken = self._spoken
        if spoken is not None and (
            not isValid(spoken) or not spoken.isVisible() or not spoken.rect().contains(spoken.mapFromGlobal(point))
        ):
            self._spoken = None

    def _on_rest(self) -> None:
        if self._pointer is None or self._pressed is not None or not self._enabled():
            return
        self._speak_for(QApplication.widgetAt(self._pointer))

    def _child_is_listening(self) -> bool:
        """The voice says something a child started (not one of our names), or a
        recording is being made or played."""
        return (self._voice.is_speaking() and not self._own) or self._child_sound()

    def _on_voice_finished(self, utterance: int) -> None:
        self._last_finished = utterance
        if utterance == self._own:
            self._own = 0

    def _on_long_press(self) -> None:
        late = self._press_clock.elapsed() > LATE * self._press.interval()
        if self._pressed is not None and late and not self._looked_again:
            # The app was busy (a page drawn, a language put in): a quick tap's release may
            # be waiting behind this. Once the queue has had its turn, a finger still down
            # is a long press; a finger lifted was a tap, and the button acts on it.
            self._looked_again = True
            self._settle.start()
            return
        if self._pressed is not None and self._enabled() and not self._child_is_listening():
            self._spoken = None  # a long press is a question, asked again on purpose
            self._speak_for(self._pressed)
            # A long press asks "what is this?": the button must not then act on release
            # (a pre-reader on a touch screen would trash a piece to hear "Put in the
            # trash"). A button that is no longer down ignores the release.
            widget: QWidget | None = self._pressed
            while widget is not None and not isinstance(widget, QAbstractButton):
                widget = widget.parentWidget()
            if widget is not None:
                widget.setDown(False)

    def _speak_for(self, widget: QWidget | None) -> None:
        speaker, name = talking_name(widget)
        if speaker is None:
            self._spoken = None
            return
        if speaker is self._spoken:
            return  # still resting on it (or it was just pressed): once is enough
        if self._child_is_listening():
            return  # never over reading: the next rest, after it, may say the name
        self._spoken = speaker
        # A control naming a language (the language choice) says it in that language's voice.
        language = speaker.property("spokenLanguage")
        utterance = self._voice.say(name, language if isinstance(language, str) else None)
        # A voice that cannot speak finishes at once, even inside say().
        self._own = 0 if utterance == self._last_finished else utterance
