"""The grown-up corner's word wall page at 1024x600 (issue 10): in Spanish its buttons'
words, the word boxes and the sections' names fit, and each starter bank says its
language, so a teacher tells the English "Colours" from the Spanish "Colores"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow

SCREEN = QRect(0, 0, 1024, 600)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def page_in(qtbot, nook_app, library: Library):
    windows = []

    def opener(language: str):
        writer = library.add_writer("Sofía", "fox", language=language)
        library.set_setting("language", language)
        window = MainWindow(library, make_voice("silent"), screen_area=SCREEN)
        qtbot.addWidget(window)
        window.show()
        window.show_shelf(writer.id)
        corner = window.grown_up.open_without_gate()
        corner.show_section("Word wall")
        _settle()
        windows.append(window)
        return corner

    yield opener
    for window in windows:
        window.close()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_word_wall_page_is_not_squeezed(page_in, language: str) -> None:
    corner = page_in(language)
    page = corner.word_wall_page
    squeezed = []
    for button in page.findChildren(QPushButton):
        if button.isVisible() and button.width() < button.sizeHint().width():
            squeezed.append(
                f"{button.objectName()} {button.text()!r}: {button.width()} of {button.sizeHint().width()} px"
            )
    for edit in page.findChildren(QLineEdit):
        if edit.isVisible() and edit.width() < 200:
            squeezed.append(f"{edit.objectName()}: {edit.width()} px")
    if corner.nav.horizontalScrollBar().isVisible():
        squeezed.append("the sections' names are wider than their list")
    assert squeezed == []


def test_each_starter_bank_says_its_language(page_in) -> None:
    corner = page_in("es")
    page = corner.word_wall_page
    names = [page.banks.item(n).text() for n in range(page.banks.count())]
    assert "Colours (English)" in names and "Colores (Español)" in names, names


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_bank_buttons_are_seen_whole_without_scrolling(page_in, language: str) -> None:
    # At 1024x600 the banks' list grew as tall as the scrolling page, so "+ New bank"
    # ("+ Banco nuevo") was cut at the screen's bottom edge, or below it (English).
    corner = page_in(language)
    page = corner.word_wall_page
    parts = [page.banks, page.bank_name, page.add_bank_button, page.rename_bank_button]
    parts += [page.hide_bank_button, page.delete_bank_button]
    unseen = [
        f"{part.objectName()}: {part.visibleRegion().boundingRect().height()} of {part.height()} px seen"
        for part in parts
        if part.visibleRegion().boundingRect().size() != part.size()
    ]
    assert unseen == []
    assert page.banks.height() >= 170  # a few banks in sight
    # Asked "Delete the bank?", the question and its buttons are seen whole too, and the
    # words' column keeps its room (the question once widened the banks' column over it).
    words_width = page.words.width()
    page.delete_bank_button.click()
    _settle()
    asked = [page.confirm.question, page.confirm.yes, page.confirm.no, page.add_bank_button]
    assert [
        p.objectName() or type(p).__name__ for p in asked if p.visibleRegion().boundingRect().size() != p.size()
    ] == []
    question = page.confirm.question
    assert question.height() >= question.heightForWidth(question.width())  # all of its lines
    assert page.words.width() == words_width
