"""Installing a language: Qt's translators in and out, LanguageChange, the locale, the list."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QLabel

from nook.i18n import translate
from nook.speech.silent import SilentVoice
from nook.speech.voice import Voice, VoiceInfo
from nook.ui.language import LanguageSwitch, available_languages, native_name, translated_languages
from tests.language_helpers import write_qm


class Greeting(QLabel):
    """A long-lived widget as COMMON.md asks: its phrase set again on LanguageChange."""

    def __init__(self) -> None:
        super().__init__()
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("Test", "Hello"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SpeaksOnly(SilentVoice):
    """A voice that can speak the given languages and no others."""

    def __init__(self, languages: set[str]) -> None:
        super().__init__()
        self.languages = languages

    def is_available(self) -> bool:
        return True

    def voices(self, language: str = "en") -> list[VoiceInfo]:
        return [VoiceInfo(f"v/{language}", language, language)] if language in self.languages else []


@pytest.fixture(scope="module")
def built_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test translations, built once (each is a run of Qt's lrelease)."""
    built = tmp_path_factory.mktemp("translations")
    write_qm(built, "en", {})
    write_qm(
        built,
        "es",
        {("Test", "Hello"): "Hola", ("Language", "English"): "Español"},
        {("Language", "English"): "the name of this language, written in this language"},
    )
    write_qm(built, "vi", {("Test", "Hello"): "Xin chào"})
    return built


@pytest.fixture
def folder(tmp_path: Path, built_translations: Path) -> Path:
    """A folder of this test's own holding the test translations."""
    for made in built_translations.iterdir():
        shutil.copyfile(made, tmp_path / made.name)
    return tmp_path


@pytest.fixture
def switch(qapp, folder: Path) -> Iterator[LanguageSwitch]:
    languages = LanguageSwitch(folder=folder)
    yield languages
    languages.remove()


def test_a_language_switches_live_widgets_and_the_locale_and_back(qtbot, switch: LanguageSwitch) -> None:
    label = Greeting()
    qtbot.addWidget(label)
    assert label.text() == "Hello"
    switch.use("es")
    qtbot.waitUntil(lambda: label.text() == "Hola")
    assert switch.current == "es"
    assert QLocale().name() == "es_419"
    assert QLocale().monthName(1) == "enero"  # dates follow the language
    switch.use("en")
    qtbot.waitUntil(lambda: label.text() == "Hello")
    assert QLocale().name() == "en_US"


def test_qts_own_phrases_come_in_with_spanish(switch: LanguageSwitch) -> None:
    switch.use("es")
    # QLineEdit's menu is Qt's phrase, translated by qtbase_es where Qt ships it.
    assert translate("QLineEdit", "&Undo") != "&Undo"


def test_an_unknown_language_falls_back_to_english(qtbot, switch: LanguageSwitch, app_log) -> None:
    app_log.expect("no translation for language 'xx'")
    switch.use("es")
    switch.use("xx")
    assert switch.current == "en"
    assert translate("Test", "Hello") == "Hello"


def test_the_languages_offered_have_a_translation_and_a_voice(folder: Path) -> None:
    assert translated_languages(folder) == ["en", "es", "vi"]
    assert available_languages(SpeaksOnly({"en", "es"}), folder) == ["en", "es"]
    assert available_languages(SpeaksOnly({"es"}), folder) == ["en", "es"]  # English always
    assert available_languages(SpeaksOnly({"en"}), folder) == ["en"]
    # A computer that cannot speak at all: the words on screen are still worth having.
    assert available_languages(Voice(), folder) == ["en", "es", "vi"]


def test_each_language_is_named_in_itself(folder: Path) -> None:
    assert native_name("es", folder) == "Español"
    assert native_name("en", folder) == "English"
    assert native_name("vi", folder) == "Tiếng Việt"  # not given yet: Qt's name for it in itself


def test_the_app_ships_english_and_spanish() -> None:
    assert translated_languages()[:2] == ["en", "es"]
