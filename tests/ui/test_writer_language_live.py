"""The language belongs to the writer: chosen when they are made (by a child who cannot
read), switched live with the writer, the grown-up corner in its own, the voice following."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from nook.core.library import Library
from nook.speech import ForwardingVoice
from nook.speech.silent import SilentVoice
from nook.speech.voice import VoiceInfo
from nook.ui.grownup.writers_page import WritersPage
from nook.ui.language import LanguageSwitch
from nook.ui.main_window import MainWindow
from nook.ui.writers.language_choice import LanguageChoice
from tests.language_helpers import write_qm

SPANISH = {
    ("Writers", "Who is writing?"): "¿Quién escribe?",
    ("Writers", "New writer"): "Escritor nuevo",
    ("Writers", "Tap your picture"): "Toca tu dibujo",
    ("Language", "English"): "Español",
    ("Language", "Hello!"): "¡Hola!",
}
COMMENTS = {
    ("Language", "English"): "the name of this language, written in this language",
    ("Language", "Hello!"): "a greeting in the picture that stands for this language",
}


class Bilingual(SilentVoice):
    """A silent engine with one English and one Latin American Spanish voice."""

    def voices(self, language: str = "en") -> list[VoiceInfo]:
        known = {"en": "gmw/en-US", "es": "roa/es-419"}
        return [VoiceInfo(known[language], language, language)] if language in known else []


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's translations folder, with a little Spanish made here (the real one is
    lang-es's to fill): everything that lists or names languages looks in it."""
    out = tmp_path / "translations"
    out.mkdir()
    write_qm(out, "en", {})
    write_qm(out, "es", SPANISH, COMMENTS)
    monkeypatch.setattr("nook.ui.language.translations_dir", lambda: out)
    return out


@pytest.fixture
def engine(qapp) -> Bilingual:
    return Bilingual(word_ms=1)


@pytest.fixture
def window(qtbot, nook_app, library: Library, folder: Path, engine: Bilingual) -> Iterator[MainWindow]:
    voice = ForwardingVoice()
    voice.attach(engine)
    switch = LanguageSwitch(folder=folder)
    window = MainWindow(library, voice, languages=switch)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    switch.remove()


def heading(window: MainWindow) -> str:
    return window.writers_screen.heading.text()


def test_a_spanish_writer_then_an_english_writer_switch_everything_live(
    qtbot, window: MainWindow, library: Library, engine: Bilingual
) -> None:
    luis = library.add_writer("Luis", "owl", language="es")
    ana = library.add_writer("Ana", "fox", language="en")
    window.show_writers()
    assert heading(window) == "Who is writing?"
    window.writers_screen.writer_chosen.emit(luis.id)
    assert window.languages.current == "es" and window.voice.language == "es"
    assert engine.voice_id == "roa/es-419"
    assert QLocale().name() == "es_419"
    window.show_writers()
    qtbot.waitUntil(lambda: heading(window) == "¿Quién escribe?")
    assert window.writers_screen.accessibleName() == "¿Quién escribe?"  # what the talking buttons say
    assert window.writers_screen.writer_buttons[-1].text() == "Escritor nuevo"
    window.writers_screen.writer_chosen.emit(ana.id)
    window.show_writers()
    qtbot.waitUntil(lambda: heading(window) == "Who is writing?")
    assert engine.voice_id == "gmw/en-US" and QLocale().name() == "en_US"


def test_a_child_who_cannot_read_picks_spanish_by_ear_and_the_new_writer_has_it(
    qtbot, window: MainWindow, library: Library, engine: Bilingual
) -> None:
    window.show_writers()
    window.writers_screen.start_adding()
    choice = window.writers_screen.findChild(LanguageChoice)
    assert choice is not None and set(choice.buttons) == {"en", "es"}
    english, spanish = choice.buttons["en"], choice.buttons["es"]
    assert (english.accessibleName(), spanish.accessibleName()) == ("English", "Español")
    assert english.isChecked()  # the language the app speaks now
    assert spanish.property("spokenLanguage") == "es"  # the talking buttons say it in Spanish
    assert not spanish.icon().isNull() and spanish.icon().pixmap(64).width() > 0
    qtbot.mouseClick(spanish, Qt.MouseButton.LeftButton)
    assert spanish.isChecked()
    qtbot.waitUntil(lambda: window.writers_screen.hint.text() == "Toca tu dibujo")  # the screen turns Spanish
    fox = window.writers_screen.findChild(QWidget, "avatar_fox")
    assert fox.accessibleName() == "zorro"  # the pictures say their names in Spanish too
    qtbot.waitUntil(lambda: "Español" in engine.spoken)
    assert engine.spoken_with[engine.spoken.index("Español")] == "roa/es-419"  # said in its own voice
    avatar = window.writers_screen.avatar_buttons.buttons()[0]
    qtbot.mouseClick(avatar, Qt.MouseButton.LeftButton)
    (made,) = library.writers()
    assert made.language == "es"
    assert window.writer_id == made.id and window.languages.current == "es"


def test_only_english_when_no_other_language_can_be_spoken(qtbot, nook_app, library: Library, folder: Path) -> None:
    class EnglishOnly(Bilingual):
        def voices(self, language: str = "en") -> list[VoiceInfo]:
            return super().voices(language) if language == "en" else []

    voice = ForwardingVoice()
    voice.attach(EnglishOnly(word_ms=1))
    switch = LanguageSwitch(folder=folder)
    window = MainWindow(library, voice, languages=switch)
    qtbot.addWidget(window)
    window.show_writers()
    window.writers_screen.start_adding()
    assert window.writers_screen.findChild(LanguageChoice) is None  # nothing to choose: as before
    window.close()
    switch.remove()


def test_the_grown_up_corner_speaks_its_own_language_and_gives_the_writer_theirs_back(
    qtbot, window: MainWindow, library: Library
) -> None:
    luis = library.add_writer("Luis", "owl", language="es")
    window.show_shelf(luis.id)
    assert window.languages.current == "es"
    window.grown_up.gate = lambda parent: True
    assert window.grown_up.open()
    assert window.languages.current == "en"  # everyone's language: the corner's
    library.set_setting("language", "es")  # the grown-up switches the corner to Spanish
    assert window.languages.current == "es"
    library.set_setting("language", "en")
    window.grown_up.close()
    assert window.languages.current == "es" and window.voice.language == "es"


def test_the_writers_page_changes_a_writers_language_and_their_screens_follow(
    qtbot, window: MainWindow, library: Library
) -> None:
    ana = library.add_writer("Ana", "fox", language="en")
    window.show_shelf(ana.id)
    page = WritersPage(library, window.ops, voice=window.voice)
    qtbot.addWidget(page)
    box = page.language_box
    assert [box.itemData(i) for i in range(box.count())] == ["en", "es"]
    assert box.itemText(1) == "Español"
    box.setCurrentIndex(1)
    box.activated.emit(1)
    assert library.writer(ana.id).language == "es"
    assert window.languages.current == "es"
