"""The grown-up gate: wrong answers refused, a right one lets a grown-up through."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from shelf_helpers import answer_gate, answer_to, click, find

from nook.core.library import Library
from nook.speech import ForwardingVoice
from nook.ui.grownup.gate import TRIES, GateDialog, ask_grown_up
from nook.ui.main_window import MainWindow


def make_gate(qtbot, seed: int = 1) -> GateDialog:
    dialog = GateDialog(rng=random.Random(seed))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_question_is_asked_in_words(qtbot, nook_app) -> None:
    dialog = make_gate(qtbot)
    question = find(dialog, "gateQuestion").text()
    assert "times" in question and not any(ch.isdigit() for ch in question)
    assert 9 <= answer_to(question) <= 81


def test_right_answer_lets_a_grown_up_through(qtbot, nook_app) -> None:
    dialog = make_gate(qtbot)
    with qtbot.waitSignal(dialog.accepted):
        answer_gate(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_wrong_answers_are_refused_and_the_gate_closes_after_three(qtbot, nook_app) -> None:
    dialog = make_gate(qtbot, seed=7)
    first = find(dialog, "gateQuestion").text()
    answer_gate(qtbot, dialog, answer=answer_to(first) + 1)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert find(dialog, "gateAnswer").text() == ""  # a new question, a clean slate
    for _ in range(TRIES - 2):
        answer_gate(qtbot, dialog, answer=0)
        assert dialog.isVisible()
    with qtbot.waitSignal(dialog.rejected):
        answer_gate(qtbot, dialog, answer=1)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_random_tapping_does_not_get_through(qtbot, nook_app) -> None:
    """A child mashing number buttons: many tries, (almost) never in."""
    tapper = random.Random(3)
    passed = 0
    for seed in range(60):
        dialog = GateDialog(rng=random.Random(seed))
        qtbot.addWidget(dialog)
        while dialog.result() == 0 and dialog.wrong < TRIES:
            for _ in range(tapper.randint(1, 3)):
                dialog.digit_buttons[tapper.randint(0, 9)].click()
            dialog.ok_button.click()
        passed += dialog.result() == QDialog.DialogCode.Accepted
    assert passed <= 2


def test_back_button_closes_the_gate(qtbot, nook_app) -> None:
    dialog = make_gate(qtbot)
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, find(dialog, "gateCancel"))


def test_keyboard_answer(qtbot, nook_app) -> None:
    dialog = make_gate(qtbot)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClicks(dialog, str(answer_to(find(dialog, "gateQuestion").text())))
        qtbot.keyClick(dialog, "\r")


def _answer_modal(qtbot, right: bool) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, GateDialog)
    if right:
        answer_gate(qtbot, dialog)
    else:
        click(qtbot, find(dialog, "gateCancel"))


def test_ask_grown_up_is_modal_and_returns_the_answer(qtbot, nook_app) -> None:
    QTimer.singleShot(0, lambda: _answer_modal(qtbot, True))
    assert ask_grown_up(None) is True
    QTimer.singleShot(0, lambda: _answer_modal(qtbot, False))
    assert ask_grown_up(None) is False


def test_grown_up_button_opens_the_corner_only_through_the_gate(qtbot, nook_app, library: Library) -> None:
    writer = library.add_writer("Maya", "fox")
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    QTimer.singleShot(0, lambda: _answer_modal(qtbot, False))
    click(qtbot, find(window.shelf_screen, "grownUpCorner"))
    assert window.screens.currentWidget() is window.shelf_screen
    assert not window.grown_up.is_open
    assert QApplication.activeModalWidget() is None  # the refused gate is gone, not left open
    QTimer.singleShot(0, lambda: _answer_modal(qtbot, True))
    click(qtbot, find(window.shelf_screen, "grownUpCorner"))
    assert window.grown_up.is_open
    corner = window.screens.currentWidget()
    assert corner.objectName() == "grownUpCorner"
    click(qtbot, find(corner, "leaveGrownUpCorner"))
    assert window.screens.currentWidget() is window.shelf_screen
    assert not window.grown_up.is_open
    # The same gate guards the corner from "Who is writing?".
    window.show_writers()
    QTimer.singleShot(0, lambda: _answer_modal(qtbot, True))
    click(qtbot, find(window.writers_screen, "grownUpCornerFromWriters"))
    assert window.grown_up.is_open
    window.close()


def test_every_key_of_the_pad_is_as_big_as_the_digits(qtbot, nook_app) -> None:
    """Seen at 1024x600: Clear was shorter than the keys beside it (a smaller target,
    and a pad that looked broken)."""
    dialog = make_gate(qtbot)
    qtbot.waitExposed(dialog)
    digit = find(dialog, "gateDigit5").size()
    for name in ("gateClear", "gateOk", "gateDigit0"):
        key = find(dialog, name)
        assert key.height() == digit.height(), name
        assert abs(key.width() - digit.width()) <= 1, name  # the columns share the room to a pixel
    click(qtbot, find(dialog, "gateDigit4"))
    click(qtbot, find(dialog, "gateClear"))
    assert find(dialog, "gateAnswer").text() == ""


def test_keys_that_are_not_plain_digits_type_nothing(qtbot, nook_app) -> None:
    """A French keyboard's first key types "²", which Python calls a digit but int() refuses:
    the gate raised ValueError inside Qt's key handler (seen on the walk: a traceback on
    every press; sent by an in-process key event, the process died). Such keys type nothing,
    and the answer typed after them still lets a grown-up through."""
    dialog = make_gate(qtbot)
    dialog.activateWindow()
    qtbot.keyClicks(dialog, "²³¹½")
    assert find(dialog, "gateAnswer").text() == ""
    qtbot.keyClicks(dialog, str(answer_to(find(dialog, "gateQuestion").text())))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
