"""A friendly "oops": a big picture and a few words, spoken, that never blocks the child."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCursor, QHideEvent, QPointerEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QWidget

from nook.i18n import translate
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel


def oops_message(reason: str) -> str:
    """The words for `reason` (a photo refused, a recording gone wrong ...), in the
    language now installed; an unknown reason gets "could not open that"."""
    messages = {
        "not_a_picture": translate("Editor", "Oops! That is not a picture."),
        "damaged": translate("Editor", "Oops! That picture is broken."),
        "too_big": translate("Editor", "Oops! That picture is too big."),
        "unreadable": translate("Editor", "Oops! I could not open that."),
        "too_much_text": translate("Editor", "That is a lot of words! I kept the first part."),
        "no_photos": translate("Editor", "Ask a grown-up to add photos."),
        "no_sticker": translate("Editor", "Tap a sticker first, then tap your page."),
        "no_microphone": translate("Editor", "I can't hear a microphone. Ask a grown-up to plug one in."),
        "no_recording": translate("Editor", "Recording is switched off. Ask a grown-up."),
        "recording_failed": translate("Editor", "Oops, that recording did not work. Try again!"),
        "no_words": translate("Editor", "There are no words on this page yet."),
        "not_stored": translate("Editor", "Oops! I could not keep that just now. Ask a grown-up."),
    }
    return messages.get(reason, messages["unreadable"])


SHOW_MS = 6000
# After the bubble goes, a tap where it was is the child's tap on it (the tick, a second
# tap), never a tap on the page behind: those taps are kept from the page this long.
GUARD_MS = 1200

_TAPS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
)


class OopsBubble(QFrame):
    """Floats over the editor for a few seconds; a tap on its tick goes on at once. One
    that offers the grown-ups' door waits for the grown-up the child fetches, until a
    tap on it or a tap elsewhere, which only sends it away (on the sponge it went
    through and cleared the page)."""

    def __init__(
        self,
        button_size: int,
        parent: QWidget,
        show_ms: int = SHOW_MS,
        grace_ms: int = GUARD_MS,
        beside: QWidget | None = None,
    ) -> None:
        """`beside`: a panel the bubble stands beside, never over (the editor's side panel:
        the sticker box a hint sends the child to, the colours, the word wall)."""
        super().__init__(parent)
        self.beside = beside
        self.setObjectName("oopsBubble")
        self.setStyleSheet(theme.OOPS)
        self.picture = PlainLabel()
        self.picture.setObjectName("oopsPicture")
        side = max(96, button_size * 2)
        self.picture.setPixmap(icon("oops").pixmap(QSize(side, side)))
        self.message = PlainLabel()
        self.message.setObjectName("oopsMessage")
        self.message.setWordWrap(True)
        self.ok = PictureButton("ok", "", "oopsOk", button_size)
        self.ok.clicked.connect(self.hide)
        # A small door for the grown-up the child fetched ("ask a grown-up"): the gate
        # is behind it, never in front of the child's own tap.
        self.grown_up_button = PictureButton("lock", "", "oopsForGrownUps", max(48, button_size * 3 // 4))
        self.grown_up_button.clicked.connect(self._for_grown_ups)
        self.grown_up_button.hide()
        self._grown_up_action: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.picture)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.grown_up_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.ok, 0, Qt.AlignmentFlag.AlignVCenter)
        self.stay = QTimer(self)
        self.stay.setSingleShot(True)
        self.stay.setInterval(show_ms)
        self.stay.timeout.connect(self._stay_over)
        self._guarded = QRect()  # where the bubble was, on the screen, while its taps are kept
        self._guard = QTimer(self)
        self._guard.setSingleShot(True)
        self._guard.setInterval(grace_ms)
        self._guard.timeout.connect(self._end_guard)
        self._waiting = False  # for a grown-up: no stay, the child's next tap elsewhere ends it
        self._swallowing = False  # the rest of the tap that sent a waiting bubble away
        self.reason = ""
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Say every phrase again in the language now installed (a message showing too)."""
        self.ok.set_phrase(translate("Editor", "OK"))
        self.grown_up_button.set_phrase(translate("Editor", "For grown-ups"))
        if self.reason:
            text = oops_message(self.reason)
            self.message.setText(text)
            self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_reason(self, reason: str) -> str:
        """Show the message for `reason`; returns the words (for the voice to say)."""
        self.reason = reason
        return self.show_text(oops_message(reason))

    def show_text(self, text: str) -> str:
        """Show these (already translated) words; returns them, for the voice to say."""
        self._grown_up_action = None
        self._waiting = False
        self.grown_up_button.hide()
        self.message.setText(text)
        self.setAccessibleName(text)
        parent = self.parentWidget()
        if parent is not None:
            free = self._free_area(parent)
            self.setFixedWidth(max(300, min(620, free.width() - 40)))
            self.adjustSize()
            x = free.left() + (free.width() - self.width()) // 2
            x = max(0, min(x, parent.width() - self.width()))
            self.move(x, max(10, (parent.height() - self.height()) // 3))
        self._end_guard()
        self.show()
        self.raise_()
        self.stay.start()
        return text

    def _free_area(self, parent: QWidget) -> QRect:
        """Where the bubble may stand in `parent`: its whole width, less the panel it
        stands beside (centred on the editor, it lay 37 px over the sticker box on a
        1024 px screen, over the search and the first category the hint points to)."""
        free = parent.rect()
        beside = self.beside
        if beside is not None and beside.isVisible():
            panel = QRect(beside.mapTo(parent, QPoint(0, 0)), beside.size())
            if panel.center().x() >= free.center().x():
                free.setRight(panel.left() - 1)
            else:
                free.setLeft(panel.right() + 1)
        return free

    def offer_grown_up(self, action: Callable[[], None]) -> None:
        """Show the grown-ups' door on the bubble shown now; `action` runs when it is tapped."""
        self._grown_up_action = action
        self.grown_up_button.show()
        # It went after 6 s, usually before the grown-up reached the computer.
        self.stay.stop()
        self._waiting = True
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _stay_over(self) -> None:
        # A pointer resting on the bubble is a child reaching for it: it waits for them.
        if self.isVisible() and self.rect().contains(self.mapFromGlobal(QCursor.pos())):
            self.stay.start()
        else:
            self.hide()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        self.stay.stop()
        app = QApplication.instance()
        if self._waiting:
            self._waiting = False
            if app is not None and not self._guard.isActive() and not self._swallowing:
                app.removeEventFilter(self)
        parent = self.parentWidget()
        # Only when the bubble itself went (its stay over, a tap): a screen left with the
        # bubble on it keeps no taps on the next screen.
        if app is not None and parent is not None and parent.isVisible() and self.width() > 0:
            self._guarded = QRect(self.mapToGlobal(QPoint(0, 0)), self.size())
            if not self._guard.isActive():
                app.installEventFilter(self)
            self._guard.start()

    def guarding(self) -> bool:
        """Taps where the bubble was are still kept from the page."""
        return self._guard.isActive()

    def _end_guard(self) -> None:
        self._guard.stop()
        app = QApplication.instance()
        if app is not None and not self._swallowing:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            self._waiting
            and event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
            and isinstance(event, QPointerEvent)
            and self.isVisible()
        ):
            shown = QRect(self.mapToGlobal(QPoint(0, 0)), self.size())
            if not any(shown.contains(point.globalPosition().toPoint()) for point in event.points()):
                # A tap that sends the bubble away does only that, up to its release.
                self._swallowing = True
                self.hide()
                return True
        if self._swallowing and self._swallowed(event):
            return True
        if (
            event.type() in _TAPS
            and isinstance(event, QPointerEvent)
            and self._guard.isActive()
            and any(self._guarded.contains(point.globalPosition().toPoint()) for point in event.points())
        ):
            return True  # meant for the bubble that just went
        return super().eventFilter(watched, event)

    def _swallowed(self, event: QEvent) -> bool:
        """Whether `event` is part of the tap that sent the waiting bubble away."""
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._stop_swallowing()  # a new tap: that one's release was lost (a grab)
            return False
        if kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
            self._stop_swallowing()
            return True
        return kind in (*_TAPS, QEvent.Type.MouseMove)

    def _stop_swallowing(self) -> None:
        self._swallowing = False
        app = QApplication.instance()
        if app is not None and not self._guard.isActive():
            app.removeEventFilter(self)

    def _for_grown_ups(self) -> None:
        action, self._grown_up_action = self._grown_up_action, None
        self.hide()
        if action is not None:
            action()
