"""A teacher scrolling the class book page with the wheel leaves its dates alone: the
page scrolled until "From this day" came under the pointer, and the next notches turned
the date back three months (seen under Xvfb), as the settings page's sliders once did."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from nook.core.library import Library
from nook.speech.silent import SilentVoice
from nook.ui.grownup.class_book_page import ClassBookPage
from tests.wheel import turn_wheel


def test_the_wheel_over_a_date_scrolls_the_page_and_leaves_the_date(qtbot, library: Library) -> None:
    library.add_writer("Maya", "fox")
    page = ClassBookPage(library, SilentVoice())
    qtbot.addWidget(page)
    page.resize(700, 300)  # short: the page scrolls
    page.show()
    qtbot.waitExposed(page)
    bar = page.findChild(QScrollArea).verticalScrollBar()
    assert bar.maximum() > 0
    for edit in (page.since, page.until):
        before, scrolled = edit.date(), bar.value()
        turn_wheel(edit, 3 if bar.value() < bar.maximum() else -3)
        assert edit.date() == before and not edit.hasFocus()
        assert bar.value() != scrolled  # the page moved instead
