"""Idea cards in a Spanish grown-up corner: the bundled cards in Spanish, and a teacher's
new words for one are the Spanish writers' only (the English card is untouched)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from shelf_helpers import click, find

from nook.assets import translations_dir
from nook.core import ideas
from nook.core.library import Library
from nook.ui.grownup.ideas_page import IdeasPage
from nook.ui.language import LanguageSwitch
from nook.ui.operations import Operations
from nook.ui.shelf.idea_cards import IdeasPanel


@pytest.fixture
def spanish(qapp) -> Iterator[LanguageSwitch]:
    switch = LanguageSwitch(folder=translations_dir())
    switch.use("es")
    yield switch
    switch.remove()


def rows(page: IdeasPage) -> list[str]:
    return [page.list.item(n).text() for n in range(page.list.count())]


def child_words(qtbot, library: Library, ops: Operations, voice, language: str) -> dict[str, str]:
    panel = IdeasPanel(library, ops, voice)
    qtbot.addWidget(panel)
    panel.set_language(language)
    return {button.card.id: button.accessibleName() for button in panel.cards}


def test_a_spanish_corner_shows_and_edits_the_cards_in_spanish(qtbot, nook_app, library: Library, voice, spanish):
    ops = Operations(library)
    page = IdeasPage(library, ops)
    qtbot.addWidget(page)
    page.show()
    assert any(row.endswith("Haz un libro sobre tu mascota") for row in rows(page))
    assert not any("Make a book about your pet" in row for row in rows(page))
    (pet,) = [n for n in range(page.list.count()) if rows(page)[n].endswith("Haz un libro sobre tu mascota")]
    page.list.setCurrentRow(pet)
    assert find(page, "ideaText").text() == "Haz un libro sobre tu mascota"
    find(page, "ideaText").setText("Haz un libro sobre el hámster de la clase")  # QTest types no "á"
    click(qtbot, find(page, "ideaSave"))
    assert rows(page)[pet].endswith("Haz un libro sobre el hámster de la clase")
    # The English card is as it was, for English writers; Spanish writers read her words.
    assert ideas.card(library, "pet_book").text == "Make a book about your pet"
    assert child_words(qtbot, library, ops, voice, "en")["pet_book"] == "Make a book about your pet"
    assert child_words(qtbot, library, ops, voice, "es")["pet_book"] == "Haz un libro sobre el hámster de la clase"
