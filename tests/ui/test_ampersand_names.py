"""A name with "&" in it shows its "&". Seen on the walk (Xvfb 1024x600, a class of 25):
"Tom & Jerry" on "Who is writing?" read "Tom _...": Qt took the "&" of a button's text
as the mark of a keyboard shortcut, drew the letter after it underlined and dropped the
"&" (and "Rock &Roll" made Alt+R choose that writer)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QKeySequence

from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.kit.buttons import PictureButton
from nook.ui.operations import Operations
from nook.ui.writers.screen import WritersScreen


def drawn(text: str) -> str:
    """The letters Qt draws for a button's text: "&x" is x (underlined), "&&" is "&"."""
    return re.sub(r"&(.)", r"\1", text, flags=re.DOTALL)


@pytest.mark.parametrize("name", ["Tom & Jerry", "Rock &Roll", "&&&", "Ana"])
def test_a_writer_called_with_an_ampersand_shows_it(qtbot, library: Library, name: str) -> None:
    writer = library.add_writer(name, "fox")
    ops = Operations(library)
    screen = WritersScreen(library, ops, 96, voice=SilentVoice(word_ms=5))
    qtbot.addWidget(screen)
    button = screen.findChild(PictureButton, f"writer_{writer.id}")
    assert QKeySequence.mnemonic(button.text()).isEmpty()  # no Alt+letter chooses them
    assert drawn(button.text()).split() == name.split()  # every letter shown
    assert button.accessibleName() == name  # and said as it is
    ops.detach()


def test_a_long_caption_with_an_ampersand_keeps_it_when_cut_or_wrapped(qtbot) -> None:
    phrase = "Salt & pepper & vinegar & oil & sugar & spice"
    cut = PictureButton("ok", phrase, "cut", 64, caption=True)
    qtbot.addWidget(cut)
    cut.set_caption_width(120)
    assert QKeySequence.mnemonic(cut.text()).isEmpty()
    shown = drawn(cut.text())
    assert shown.endswith("…") and phrase.startswith(shown.removesuffix("…")) and "&" in shown
    wrapped = PictureButton("ok", phrase, "wrapped", 64, caption=True)
    qtbot.addWidget(wrapped)
    wrapped.set_width(140)
    assert QKeySequence.mnemonic(wrapped.text()).isEmpty()
    assert drawn(wrapped.text()).split() == phrase.split()


def test_a_word_wall_word_with_an_ampersand_shows_it(qtbot) -> None:
    """The class's names become a word-wall bank ("Our class"): "Tom & Jerry" as a word card
    read "Tom _Jerry" too (the card is a tool button of its own)."""
    from PySide6.QtGui import QIcon

    from nook.core.word_wall import BankWord
    from nook.ui.editor.word_wall import WordButton

    card = WordButton(BankWord("w1", "b1", "Tom & Jerry", None, 0), QIcon(), 96)
    qtbot.addWidget(card)
    assert QKeySequence.mnemonic(card.text()).isEmpty()
    assert drawn(card.text()) == "Tom & Jerry" and card.accessibleName() == "Tom & Jerry"
