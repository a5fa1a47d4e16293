"""Talking buttons: a control says its name when the pointer rests on it or on a long press."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nook.ui.kit.talking import TalkingButtons

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def panel(qtbot):
    window = QWidget()
    layout = QHBoxLayout(window)
    new_book = QPushButton("", objectName="new_book")
    new_book.setAccessibleName("New book")
    new_book.setFixedSize(120, 80)
    read_to_me = QPushButton(objectName="read_to_me")
    read_to_me.setAccessibleName("Read to me")
    read_to_me.setFixedSize(120, 80)
    inner = QVBoxLayout(read_to_me)
    icon = QLabel("icon", read_to_me)  # no name of its own: speaks for its button
    inner.addWidget(icon)
    quiet = QPushButton(objectName="quiet")
    quiet.setAccessibleName("Quiet button")
    quiet.setProperty("talking", False)
    quiet.setFixedSize(120, 80)
    for button in (new_book, read_to_me, quiet):
        layout.addWidget(button)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, new_book, read_to_me, icon, quiet


@pytest.fixture
def make_talking(silent_voice):
    """Talking buttons on the silent voice, taken off the application after the test.
    Each keeps the rests it ended (``rests``) so a test waits for one, not for a time."""
    made: list[TalkingButtons] = []

    def make(enabled=lambda: True, **delays) -> TalkingButtons:
        talking = TalkingButtons(silent_voice, enabled, **delays)
        talking.rests = []
        talking._rest.timeout.connect(lambda: talking.rests.append(list(silent_voice.spoken)))
        made.append(talking)
        return talking

    yield make
    for talking in made:
        talking.uninstall()


def rest_on(widget, pos: QPoint | None = None) -> None:
    """The pointer arrives on the widget and stays. It comes from a pixel away: Qt sends
    no move to where the pointer already is, and an earlier test in the same process
    (whichever ran before on this worker) may have left it exactly there."""
    target = pos if pos is not None else widget.rect().center()
    QTest.mouseMove(widget, target + QPoint(1, 1))
    QTest.mouseMove(widget, target)


def press(widget) -> None:
    """A finger down on the widget's middle, where the platform puts it: on its window
    (Qt then gives it to the widget there)."""
    window = widget.window()
    QTest.mousePress(window.windowHandle(), LEFT, NO_KEYS, widget.mapTo(window, widget.rect().center()))


def release(widget) -> None:
    window = widget.window()
    QTest.mouseRelease(window.windowHandle(), LEFT, NO_KEYS, widget.mapTo(window, widget.rect().center()))


def quick_tap(widget) -> None:
    """The pointer arrives and presses at once: no rest first."""
    QTest.mouseMove(widget, widget.rect().center())
    press(widget)
    release(widget)


def test_resting_on_a_button_says_its_name_once(qtbot, silent_voice, panel, make_talking) -> None:
    window, new_book, read_to_me, icon, quiet = panel
    talking = make_talking(rest_ms=50)
    rest_on(new_book)
    qtbot.waitUntil(lambda: silent_voice.spoken == ["New book"], timeout=3000)
    rested = len(talking.rests)
    rest_on(new_book, new_book.rect().center() + QPoint(3, 2))  # still on it
    qtbot.waitUntil(lambda: len(talking.rests) > rested, timeout=3000)
    assert silent_voice.spoken == ["New book"]
    rest_on(icon)  # the label inside "Read to me" speaks for its button
    qtbot.waitUntil(lambda: silent_voice.spoken == ["New book", "Read to me"], timeout=3000)
    rest_on(new_book)  # back again: a new request, so said again
    qtbot.waitUntil(lambda: silent_voice.spoken == ["New book", "Read to me", "New book"], timeout=3000)


def test_opted_out_and_disabled_say_nothing(qtbot, silent_voice, panel, make_talking) -> None:
    window, new_book, read_to_me, icon, quiet = panel
    enabled = {"on": True}
    talking = make_talking(lambda: enabled["on"], rest_ms=50)
    rest_on(quiet)
    qtbot.waitUntil(lambda: len(talking.rests) == 1, timeout=3000)
    assert silent_voice.spoken == []
    enabled["on"] = False
    rest_on(new_book)
    rest_on(new_book, new_book.rect().center() + QPoint(2, 2))
    enabled["on"] = True
    rest_on(read_to_me)
    qtbot.waitUntil(lambda: silent_voice.spoken == ["Read to me"], timeout=3000)


def test_long_press_says_the_name(qtbot, silent_voice, panel, make_talking) -> None:
    window, new_book, read_to_me, icon, quiet = panel
    talking = make_talking(rest_ms=60_000, long_press_ms=100)  # only a long press speaks
    clicks: list[str] = []
    new_book.clicked.connect(lambda: clicks.append("New book"))
    read_to_me.clicked.connect(lambda: clicks.append("Read to me"))
    press(new_book)
    qtbot.waitUntil(lambda: silent_voice.spoken == ["New book"], timeout=3000)
    release(new_book)
    assert clicks == []  # asking what a button is does not press it
    # a quick click is not a long press: it presses, and says nothing
    press(read_to_me)
    release(read_to_me)
    assert clicks == ["Read to me"] and not talking._press.isActive()
    assert silent_voice.spoken == ["New book"]


def test_a_long_press_on_a_window_not_yet_in_front_says_the_name(qtbot, silent_voice, panel, make_talking) -> None:
    """Seen on the walk (Xvfb, no window manager): the first press after the app opened,
    a long one on "Read to me", read the page instead of saying the button's name: no
    window was active yet (the press itself makes it so), the talking buttons took no
    notice of the press, and its release pressed the button. A press is looked at
    whether or not the window is in front yet; whether to answer is asked when it has
    been long (then it is)."""
    window, new_book, read_to_me, icon, quiet = panel
    front = {"yes": False}
    make_talking(lambda: front["yes"], rest_ms=60_000, long_press_ms=100)
    clicks: list[str] = []
    new_book.clicked.connect(lambda: clicks.append("New book"))
    press(new_book)
    front["yes"] = True  # the press brought the window in front
    qtbot.waitUntil(lambda: silent_voice.spoken == ["New book"], timeout=3000)
    release(new_book)
    assert clicks == []


def test_a_quick_tap_on_a_busy_app_is_still_a_tap(qtbot, silent_voice, panel, make_talking) -> None:
    """The app is busy between a tap's press and its release (a page drawn, a language put
    in): the long press noticed late is looked at again once the queue has had its turn,
    and the release waiting there makes it the tap it was ("New book" was missed under Xvfb)."""
    window, new_book, read_to_me, icon, quiet = panel
    talking = make_talking(rest_ms=60_000, long_press_ms=50)
    clicks: list[str] = []
    new_book.clicked.connect(lambda: clicks.append("New book"))
    press(new_book)
    busy = QElapsedTimer()
    busy.start()
    while busy.elapsed() < 4 * 50:  # the UI thread at work: no event is looked at meanwhile
        pass
    QApplication.processEvents()  # the long press timer comes due, late
    release(new_book)
    assert clicks == ["New book"]
    qtbot.waitUntil(lambda: not talking._settle.isActive() and not talking._press.isActive(), timeout=3000)
    assert silent_voice.spoken == []  # a tap is a choice, not a question


STORY = "one two three four five six seven eight nine ten"


def test_a_quick_tap_is_a_choice_not_a_question(qtbot, silent_voice, panel, make_talking) -> None:
    window, new_book, read_to_me, icon, quiet = panel
    talking = make_talking(rest_ms=50)
    quick_tap(new_book)
    assert not talking._rest.isActive()  # the press cancelled the rest it would have ended
    rest_on(new_book, new_book.rect().center() + QPoint(2, 1))  # a wobble after the tap
    qtbot.waitUntil(lambda: len(talking.rests) == 1, timeout=3000)
    rest_on(read_to_me)  # then on to the next control, which is asked about
    qtbot.waitUntil(lambda: silent_voice.spoken == ["Read to me"], timeout=3000)


def test_names_never_cut_off_reading_a_child_started(qtbot, silent_voice, panel, make_talking) -> None:
    window, new_book, read_to_me, icon, quiet = panel
    silent_voice.word_ms = 40  # the story lasts many rests
    talking = make_talking(rest_ms=30, long_press_ms=30)
    read_to_me.clicked.connect(lambda: silent_voice.say(STORY))
    heard: list[str] = []
    silent_voice.word.connect(lambda _u, start, length: heard.append(STORY[start : start + length]))
    quick_tap(read_to_me)
    rest_on(new_book)  # resting on another control while the story is read
    qtbot.waitUntil(lambda: len(talking.rests) == 1, timeout=3000)
    press(new_book)  # and a long press
    qtbot.waitUntil(lambda: heard[-1:] == ["ten"] and not silent_voice.is_speaking(), timeout=5000)
    release(new_book)
    assert talking.rests[0] == [STORY]  # the rest came while the story was being read
    assert silent_voice.spoken == [STORY]
    rest_on(read_to_me)  # after the story, names are said again
    qtbot.waitUntil(lambda: silent_voice.spoken[-1:] == ["Read to me"], timeout=3000)


def test_a_talking_buttons_own_name_gives_way_to_the_next(qtbot, silent_voice, panel, make_talking) -> None:
    window, new_book, read_to_me, icon, quiet = panel
    silent_voice.word_ms = 400  # names still being said when the next rest ends
    make_talking(rest_ms=30)
    rest_on(new_book)
    qtbot.waitUntil(lambda: silent_voice.spoken == ["New book"], timeout=3000)
    rest_on(read_to_me)  # moving on interrupts our own name, not a child's reading
    qtbot.waitUntil(lambda: silent_voice.spoken == ["New book", "Read to me"], timeout=3000)


def test_a_button_naming_a_language_says_it_in_that_languages_voice(qtbot, panel) -> None:
    from nook.speech import ForwardingVoice
    from nook.speech.silent import SilentVoice
    from nook.speech.voice import VoiceInfo

    class Bilingual(SilentVoice):
        def voices(self, language: str = "en") -> list[VoiceInfo]:
            return [VoiceInfo(f"voice-{language}", language, language)] if language in ("en", "es") else []

    window, new_book, read_to_me, icon, quiet = panel
    engine = Bilingual(word_ms=1)
    voice = ForwardingVoice()
    voice.attach(engine)
    read_to_me.setAccessibleName("Español")
    read_to_me.setProperty("spokenLanguage", "es")
    talking = TalkingButtons(voice, lambda: True, rest_ms=50)
    try:
        # Off-centre: an earlier test may have left the pointer at the centre (no move then).
        rest_on(read_to_me, read_to_me.rect().center() + QPoint(7, 5))
        qtbot.waitUntil(lambda: engine.spoken == ["Español"], timeout=3000)
        qtbot.waitUntil(lambda: not voice.is_speaking(), timeout=3000)
        rest_on(new_book, new_book.rect().center() + QPoint(7, 5))
        qtbot.waitUntil(lambda: engine.spoken == ["Español", "New book"], timeout=3000)
        assert engine.spoken_with == ["voice-es", "voice-en"]
    finally:
        talking.uninstall()
        voice.shutdown()


def _window_with(qtbot, name: str) -> tuple[QWidget, QPushButton]:
    window = QWidget()
    window.setObjectName(name + "Window")
    button = QPushButton(objectName=name)
    button.setAccessibleName(name)
    button.setFixedSize(120, 80)
    QHBoxLayout(window).addWidget(button)
    qtbot.addWidget(window)
    return window, button


def _rest_on(widget: QWidget, nudge: QPoint) -> None:
    # From a pixel away: Qt sends no move to where the pointer already is.
    QTest.mouseMove(widget, widget.rect().center() + nudge + QPoint(1, 1))
    QTest.mouseMove(widget, widget.rect().center() + nudge)


def test_a_window_shown_after_the_talking_buttons_talks_too(qtbot, silent_voice) -> None:
    """They listen on each window of the app (issue 13), and look again for windows as
    the pointer leaves one or a window takes the keyboard."""
    first, here = _window_with(qtbot, "Here")
    first.show()
    qtbot.waitExposed(first)
    talking = TalkingButtons(silent_voice, lambda: True, rest_ms=30)
    try:
        _rest_on(here, QPoint(3, 2))
        qtbot.waitUntil(lambda: silent_voice.spoken == ["Here"], timeout=3000)
        second, there = _window_with(qtbot, "There")  # made and shown after them
        second.move(first.geometry().right() + 40, first.y())
        second.show()
        qtbot.waitExposed(second)
        _rest_on(there, QPoint(4, 3))
        qtbot.waitUntil(lambda: silent_voice.spoken == ["Here", "There"], timeout=3000)
    finally:
        talking.uninstall()
