"""A teacher changes an idea card's words in the grown-up corner and chooses the next
card, or leaves the corner: the words are kept, as Save keeps them (they were lost: only
Save stored them). "Add as new card" still leaves the card chosen before as it was."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from shelf_helpers import click, find

from nook.core import ideas
from nook.core.library import Library
from nook.speech import ForwardingVoice
from nook.ui.main_window import MainWindow


def _row_of(page, card_id: str) -> int:
    return next(n for n in range(page.list.count()) if page.list.item(n).data(Qt.ItemDataRole.UserRole) == card_id)


def test_a_card_changed_keeps_its_words_when_the_teacher_goes_on(qtbot, nook_app, library: Library) -> None:
    first = ideas.add_card(library, "book", "Make a book about the sea", None)
    second = ideas.add_card(library, "sign", "Make a sign for the door", None)
    window = MainWindow(library, ForwardingVoice(), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    corner = window.grown_up.open_without_gate()
    corner.show_section("Idea cards")
    page = corner.ideas_page
    edit = find(page, "ideaText")

    def choose(card_id: str) -> None:
        page.list.scrollToItem(page.list.item(_row_of(page, card_id)))
        row = page.list.visualItemRect(page.list.item(_row_of(page, card_id)))
        qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
        assert page.card_id == card_id

    def retype(words: str) -> None:
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
        edit.selectAll()
        qtbot.keyClicks(QApplication.focusWidget(), words)

    choose(first.id)
    retype("Make a book about the deep sea")
    page.kind.setCurrentIndex(page.kind.findData("list"))
    choose(second.id)  # on to the next card
    kept = ideas.card(library, first.id)
    assert (kept.text, kept.kind) == ("Make a book about the deep sea", "list")
    assert edit.text() == "Make a sign for the door"
    qtbot.waitUntil(lambda: page.list.item(_row_of(page, first.id)).text().endswith("the deep sea"))
    choose(first.id)
    assert edit.text() == "Make a book about the deep sea"

    # Words typed for a new card are the new card's only.
    retype("Make a list of sea animals")
    click(qtbot, find(page, "ideaAdd"))
    assert ideas.card(library, first.id).text == "Make a book about the deep sea"
    (made,) = [c for c in ideas.cards(library) if c.text == "Make a list of sea animals"]
    assert page.card_id == made.id

    choose(second.id)
    retype("Make a sign for our door")
    click(qtbot, find(corner, "leaveGrownUpCorner"))  # and out of the corner
    assert ideas.card(library, second.id).text == "Make a sign for our door"
    window.close()
