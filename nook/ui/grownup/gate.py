"""The grown-up gate: the same small question everywhere a grown-up action is needed.

A multiplication asked in words ("What is seven times eight?") answered on number
buttons: a grown-up passes in a few seconds; a kindergartner who cannot read the words
(or multiply) will not get through by tapping, and three wrong answers close the gate.
"""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from nook.i18n import translate
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.plain import PlainLabel

FACTORS = range(3, 10)  # 9 .. 81: two digits, beyond what a 4-8 year old can tap by luck
TRIES = 3
KEY_WIDTH, KEY_HEIGHT = 56, 48


def number_word(number: int) -> str:
    """A factor (3 to 9) in words, in the language now installed."""
    words = (
        translate("GrownUp", "zero"),
        translate("GrownUp", "one"),
        translate("GrownUp", "two"),
        translate("GrownUp", "three"),
        translate("GrownUp", "four"),
        translate("GrownUp", "five"),
        translate("GrownUp", "six"),
        translate("GrownUp", "seven"),
        translate("GrownUp", "eight"),
        translate("GrownUp", "nine"),
    )
    return words[number]


def _key(text: str, name: str) -> QPushButton:
    """One key of the gate's pad: every key the same size, saying what it shows."""
    key = QPushButton(text)
    key.setObjectName(name)
    key.setAccessibleName(text)
    key.setMinimumSize(KEY_WIDTH, KEY_HEIGHT)
    key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    key.setAutoDefault(False)
    return key


def question_for(a: int, b: int) -> str:
    return translate("GrownUp", "Grown-ups: what is {a} times {b}?").format(a=number_word(a), b=number_word(b))


class GateDialog(QDialog):
    """Asks a multiplication in words; accepts on the right answer, rejects after three wrong."""

    def __init__(self, parent: QWidget | None = None, rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grownUpGate")
        self.setAccessibleName(translate("GrownUp", "For grown-ups"))
        self.setWindowTitle(translate("GrownUp", "For grown-ups"))
        self.setModal(True)
        self.setMinimumWidth(380)
        self._rng = rng or random.SystemRandom()
        self.wrong = 0
        self.expected = 0

        self.question = PlainLabel()
        self.question.setObjectName("gateQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet(theme.GATE_QUESTION)
        self.answer = PlainLabel()
        self.answer.setObjectName("gateAnswer")
        self.answer.setAccessibleName(translate("GrownUp", "Answer"))
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setMinimumHeight(48)
        self.answer.setStyleSheet(theme.GATE_ANSWER)
        self.feedback = PlainLabel()
        self.feedback.setObjectName("gateFeedback")
        self.feedback.setStyleSheet(theme.GATE_FEEDBACK)

        pad = QGridLayout()
        self.digit_buttons: list[QPushButton] = []
        for digit in range(10):
            button = _key(str(digit), f"gateDigit{digit}")
            button.clicked.connect(lambda _=False, d=digit: self.type_digit(d))
            self.digit_buttons.append(button)
            row, column = (3, 1) if digit == 0 else ((digit - 1) // 3, (digit - 1) % 3)
            pad.addWidget(button, row, column)
        # Clear and OK are keys like the digits, as big (Clear was once shorter).
        clear = _key(translate("GrownUp", "Clear"), "gateClear")
        clear.clicked.connect(lambda: self.answer.clear())
        pad.addWidget(clear, 3, 0)
        self.ok_button = _key(translate("GrownUp", "OK"), "gateOk")
        self.ok_button.clicked.connect(self.check)
        pad.addWidget(self.ok_button, 3, 2)

        self.cancel_button = PictureButton("back", translate("GrownUp", "Back"), "gateCancel", 64)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.answer)
        layout.addWidget(self.feedback)
        layout.addLayout(pad)
        layout.addLayout(bottom)
        self.new_question()

    def new_question(self) -> None:
        a, b = self._rng.choice(FACTORS), self._rng.choice(FACTORS)
        self.expected = a * b
        self.question.setText(question_for(a, b))
        self.question.setAccessibleName(self.question.text())
        self.answer.clear()

    def type_digit(self, digit: int) -> None:
        if len(self.answer.text()) < 3:
            self.answer.setText(self.answer.text() + str(digit))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        text = event.text()
        # isdecimal, not isdigit: "²" (a French keyboard's first key) is a digit to Python
        # that int() refuses; an Arabic-Indic "٣" is decimal and int() reads it as 3.
        if text.isdecimal() and len(text) == 1:
            self.type_digit(int(text))
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check()
        elif event.key() == Qt.Key.Key_Backspace:
            self.answer.setText(self.answer.text()[:-1])
        else:
            super().keyPressEvent(event)

    def check(self) -> None:
        if self.answer.text() and int(self.answer.text()) == self.expected:
            self.accept()
            return
        self.wrong += 1
        if self.wrong >= TRIES:
            self.reject()
            return
        self.feedback.setText(translate("GrownUp", "Not quite. Here is another one."))
        self.new_question()


def ask_grown_up(parent: QWidget | None = None) -> bool:
    """Show the gate (modal); True only when a grown-up answered it."""
    dialog = GateDialog(parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
