"""``phrases_in``: a file made for someone else is worded in their language (the real
Spanish translation), in this thread only, while the screen goes on speaking its own."""

from __future__ import annotations

import threading

from PySide6.QtCore import QDate

from nook.i18n import locale, phrases_in, translate
from nook.ui.language import LanguageSwitch


def test_a_block_is_worded_in_the_language_asked_for_and_then_the_installed_one_again(nook_app) -> None:
    with phrases_in("es"):
        assert translate("Export", "{title} by {name}") == "{title}, por {name}"
        assert translate("GrownUp", "%n word(s)", None, 1) == "1 palabra"
        assert translate("GrownUp", "%n word(s)", None, 3) == "3 palabras"
        assert locale().toString(QDate(2026, 12, 2), "MMMM") == "diciembre"
        with phrases_in("vi"):  # no translation: the source English
            assert translate("Export", "Book") == "Book"
            assert translate("GrownUp", "%n word(s)", None, 3) == "3 word(s)"
    assert translate("Export", "{title} by {name}") == "{title} by {name}"


def test_english_asked_for_while_the_screen_speaks_spanish(nook_app) -> None:
    switch = LanguageSwitch.shared()
    switch.use("es")
    try:
        with phrases_in("en"):
            assert translate("Export", "Book") == "Book"
            assert translate("GrownUp", "%n word(s)", None, 1) == "1 word"  # English's own plural forms
        assert translate("Export", "Book") == "Libro"
    finally:
        switch.use("en")


def test_another_thread_is_not_worded_by_this_ones_block(nook_app) -> None:
    heard: list[str] = []
    asked, answered = threading.Event(), threading.Event()

    def meanwhile() -> None:
        asked.wait(10)
        heard.append(translate("Export", "Book"))
        answered.set()

    other = threading.Thread(target=meanwhile)
    other.start()
    with phrases_in("es"):
        asked.set()
        answered.wait(10)
        heard.append(translate("Export", "Book"))
    other.join(10)
    assert heard == ["Book", "Libro"]
    assert locale().toString(QDate(2026, 12, 2), "MMMM") == "December"  # the block's locale ended with it


def test_english_asked_for_before_any_translation_is_installed_spells_its_plurals(nook_app) -> None:
    """A rescue at a start is said on the terminal before the window installs a language:
    "everything that could be read (3 piece(s))" (seen on the walk, stderr). English asked
    for is the English file's, whether or not it is the language installed."""
    from nook.core.notices import Notice
    from nook.i18n import installed
    from nook.ui.trouble_words import notice_words

    switch = LanguageSwitch.shared()
    was = switch.current
    switch.remove()  # as at a start: no translator yet
    try:
        assert installed() == "en"
        with phrases_in("en"):
            words = notice_words(Notice("rescued", {"kept": "/x/library.db.damaged-1", "pieces": 3}))
            assert "(3 pieces)" in words
            assert translate("GrownUp", "%n word(s)", None, 1) == "1 word"
    finally:
        switch.use(was)
