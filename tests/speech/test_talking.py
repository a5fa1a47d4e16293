"""Talking buttons: a control says its name when the pointer rests on it or on a long press."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nook.ui.kit.talking import TalkingButtons


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


def rest_on(widget, pos: QPoint | None = None) -> None:
    QTest.mouseMove(widget, pos if pos is not None else widget.rect().center())


def test_resting_on_a_button_says_its_name_once(qtbot, silent_voice, panel) -> None:
    window, new_book, read_to_me, icon, quiet = panel
    talking = TalkingButtons(silent_voice, lambda: True)
    rest_on(new_book)
    qtbot.waitUntil(lambda: silent_voice.spoken == ["New book"], timeout=3000)
    rest_on(new_book, new_book.rect().center() + QPoint(3, 2))  # still on it
    qtbot.wait(900)
    assert silent_voice.spoken == ["New book"]
    rest_on(icon)  # the label inside "Read to me" speaks for its button
    qtbot.waitUntil(lambda: silent_voice.spoken == ["New book", "Read to me"], timeout=3000)
    rest_on(new_book)  # back again: a new request, so said again
    qtbot.waitUntil(lambda: silent_voice.spoken[-1] == "New book" and len(silent_voice.spoken) == 3, timeout=3000)
    talking.uninstall()


def test_opted_out_and_disabled_say_nothing(qtbot, silent_voice, panel) -> None:
    window, new_book, read_to_me, icon, quiet = panel
    enabled = {"on": True}
    talking = TalkingButtons(silent_voice, lambda: enabled["on"])
    rest_on(quiet)
    qtbot.wait(900)
    assert silent_voice.spoken == []
    enabled["on"] = False
    rest_on(new_book)
    qtbot.wait(900)
    assert silent_voice.spoken == []
    enabled["on"] = True
    rest_on(read_to_me)
    qtbot.waitUntil(lambda: silent_voice.spoken == ["Read to me"], timeout=3000)
    talking.uninstall()


def test_long_press_says_the_name(qtbot, silent_voice, panel) -> None:
    window, new_book, read_to_me, icon, quiet = panel
    talking = TalkingButtons(silent_voice, lambda: True, rest_ms=60_000)  # only a long press speaks
    clicks: list[str] = []
    new_book.clicked.connect(lambda: clicks.append("New book"))
    read_to_me.clicked.connect(lambda: clicks.append("Read to me"))
    QTest.mousePress(new_book, Qt.MouseButton.LeftButton, pos=new_book.rect().center())
    qtbot.waitUntil(lambda: silent_voice.spoken == ["New book"], timeout=3000)
    QTest.mouseRelease(new_book, Qt.MouseButton.LeftButton, pos=new_book.rect().center())
    assert clicks == []  # asking what a button is does not press it
    # a quick click is not a long press: it presses, and says nothing
    QTest.mouseClick(read_to_me, Qt.MouseButton.LeftButton, pos=read_to_me.rect().center())
    qtbot.wait(900)
    assert silent_voice.spoken == ["New book"]
    assert clicks == ["Read to me"]
    talking.uninstall()
