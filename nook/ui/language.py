"""Which language the app speaks now: Qt translators in, the locale for dates and numbers.

A language is a code (``en``, ``es``) naming ``nook/translations/nook_<code>.qm``. The
languages a writer may have are those with a translation *and* a voice on this computer
that can speak it, so that a child who cannot read still hears every button in their
language; English, the language the phrases are written in, is always there.

Installing a translator makes Qt send every widget a ``LanguageChange`` event; widgets
that stay alive set their phrases again in ``retranslate()`` (see nook/i18n.py).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from nook.assets import translations_dir
from nook.i18n import SOURCE, KeptTranslator, locale_for, set_installed, translate

if TYPE_CHECKING:
    from nook.core.library import Library
    from nook.speech import Voice

log = logging.getLogger(__name__)


def translated_languages(folder: Path | None = None) -> list[str]:
    """Every language with a compiled translation, English first."""
    folder = folder if folder is not None else translations_dir()
    codes = {qm.stem.removeprefix("nook_") for qm in folder.glob("nook_*.qm")}
    codes.add(SOURCE)
    return [SOURCE, *sorted(codes - {SOURCE})]


def available_languages(voice: Voice, folder: Path | None = None) -> list[str]:
    """The languages a writer may choose: a translation and a voice that speaks it.

    A computer that cannot speak at all (no engine, or before it has started) cannot
    speak English either; then every translated language is offered, as words on screen
    are still worth having."""
    codes = translated_languages(folder)
    if not voice.is_available():
        return codes
    return [code for code in codes if code == SOURCE or voice.voices(code)]


def plain_code(value: str) -> str | None:
    """A language code from a locale name ("es_MX.UTF-8" is "es"); None for C and POSIX."""
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return None if code in ("", "c", "posix") else code


def computer_language(folder: Path | None = None) -> str | None:
    """The computer's language, read as GNU gettext reads it for messages: the list in
    LANGUAGE ("es_MX:es") where it is set, else LC_ALL, LC_MESSAGES, LANG, the first set
    ("es_MX.UTF-8" is "es").

    The first of its languages with a translation; English (the language the phrases are
    written in) when it names only others; None when it names none (unset, C, POSIX: a
    script's), for the caller to choose. LANGUAGE is not read when the locale is C, as
    gettext does not. The environment is read at each call, unlike QLocale.system(),
    which Qt reads once per process and which takes only the first of LANGUAGE's list.
    """
    locale = next((os.environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(name)), "")
    if plain_code(locale) is None:
        return None
    translated = translated_languages(folder)
    for name in os.environ.get("LANGUAGE", "").split(":") if os.environ.get("LANGUAGE") else [locale]:
        code = plain_code(name)
        if code in translated:
            return code
    return SOURCE


def start_in_the_computers_language(library: Library) -> None:
    """A library made just now starts in the computer's language where Writing Nook has a
    translation for it (a Spanish family's computer: Spanish from the first screen, and a
    new writer's language chosen as Spanish). A library already used keeps its own."""
    code = computer_language()
    if code is not None and code != library.setting("language"):
        library.set_setting("language", code)


def current_language_name() -> str:
    """The name of the language now installed, in itself. The phrase a translator fills
    with their language's own name ("Español") is this one."""
    return translate("Language", "English", "the name of this language, written in this language")


def greeting(code: str, folder: Path | None = None) -> str:
    """A language's "Hello!" in itself, drawn in the picture that stands for it."""
    if code == SOURCE:
        return "Hello!"
    translator = KeptTranslator()
    if translator.load_file(f"nook_{code}", folder if folder is not None else translations_dir()):
        own = translator.translate("Language", "Hello!", "a greeting in the picture that stands for this language")
        if own:
            return own
    return code.upper()


def current_greeting() -> str:
    """The phrase a translator fills with their language's greeting ("¡Hola!")."""
    return translate("Language", "Hello!", "a greeting in the picture that stands for this language")


def native_name(code: str, folder: Path | None = None) -> str:
    """A language's name in itself ("English", "Español"): what its button says, in its voice.

    It is a phrase of that language's own translation (see ``current_language_name``), so
    a new language brings its name with it; until a translator gives it, Qt's name for
    the language in itself stands in ("Español latinoamericano", "Tiếng Việt")."""
    if code == SOURCE:
        return "English"
    translator = KeptTranslator()
    if translator.load_file(f"nook_{code}", folder if folder is not None else translations_dir()):
        own = translator.translate("Language", "English", "the name of this language, written in this language")
        if own:
            return own
    own = locale_for(code).nativeLanguageName() or QLocale.languageToString(locale_for(code).language())
    return own[:1].upper() + own[1:]


class LanguageSwitch(QObject):
    """Installs the translators of one language at a time into the application."""

    _shared: LanguageSwitch | None = None

    @classmethod
    def shared(cls) -> LanguageSwitch:
        """The application's own switch. Translators belong to the application, not to a
        window: one owned by a window would be removed as the window is destroyed, and
        Qt would then ask the window's half-destroyed screens to translate themselves."""
        if cls._shared is None:
            cls._shared = cls(QCoreApplication.instance())
        return cls._shared

    def __init__(self, parent: QObject | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self._folder = folder if folder is not None else translations_dir()
        self._installed: list[QTranslator] = []
        self._current: str | None = None

    @property
    def current(self) -> str:
        return self._current or SOURCE

    @property
    def chosen(self) -> bool:
        """Whether a language was put in (else Qt speaks the source English untranslated)."""
        return self._current is not None

    def use(self, code: str | None) -> None:
        """Speak ``code`` from now on (unknown or None: English). Nothing happens when it
        is already the language, so choosing the same writer again repaints nothing."""
        code = code or SOURCE
        if code not in translated_languages(self._folder):
            log.warning("no translation for language %r; using English", code)
            code = SOURCE
        if code == self._current:
            return
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        # Qt's own phrases (the text box's menu, standard buttons) where Qt has them.
        qt_own = KeptTranslator(self)
        if code != SOURCE and qt_own.load_file(
            f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._installed.append(qt_own)
        # Ours after Qt's: the translator installed last is asked first, so where ours
        # words a phrase of Qt's own (the file dialog's, nook/ui/qt_phrases.py) it is ours.
        own = KeptTranslator(self)
        # English has a file too: it spells out the plural phrases ("1 word", "2 words").
        if own.load_file(f"nook_{code}", self._folder):
            self._installed.append(own)
        elif code != SOURCE:
            log.warning("the translation for %r could not be loaded", code)
        QLocale.setDefault(locale_for(code))
        self._current = code
        set_installed(code)
        if app is not None:
            for translator in self._installed:
                QCoreApplication.installTranslator(translator)
            # Qt posts LanguageChange to every window; deliver it now, while the screens
            # and what they read from are certainly there, not at some later turn.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def remove(self) -> None:
        """Back to the source English with no translator at all (used when the app closes)."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        self._current = None
        set_installed(SOURCE)
        QLocale.setDefault(locale_for(SOURCE))
