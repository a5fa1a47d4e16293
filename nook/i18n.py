"""The one way a phrase reaches a person: ``translate(context, text)``.

Every phrase a child or grown-up reads or hears (labels, accessible names, tool tips,
oops messages, read-aloud prompts, the PDF's "by …" line) is written as::

    translate("Shelf", "My shelf")
    translate("Shelf", "{name}'s shelf").format(name=writer_name)
    translate("Growth", "%n word(s)", None, count)

``pyside6-lupdate`` finds these calls by the name ``translate`` with a literal context
and text, so the context and text must be string literals at the call site. Named
``{placeholders}`` are filled with ``str.format`` after translating (a translator can
move them); plurals use Qt's ``%n`` with the count as the fourth argument. The core
layer has no Qt and so no phrases: it returns facts, and the screens word them.

A file made for someone else speaks their language, not the screen's: a Spanish writer's
book exported while the grown-up corner is in English says "por Ana". Its maker words it
inside ``with phrases_in("es"):`` (this thread only; the screen's language is untouched
and no widget is told anything), and dates and numbers follow ``locale()``.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

SOURCE = "en"  # the language the phrases are written in
# The locale a language's dates and numbers follow, where it is not the plain code:
# our Spanish is Latin American (its voice is espeak-ng's es-419 too).
LOCALES = {"en": "en_US", "es": "es_419"}

_asked: ContextVar[str | None] = ContextVar("nook_phrases_in", default=None)
_installed = SOURCE  # the language the application's translators speak (nook.ui.language)
_translators: dict[tuple[str, str], QTranslator | None] = {}
_loading = threading.Lock()
_PERCENT_N = re.compile(r"%(L?)n")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The phrase in the language asked for (``phrases_in``), else the one installed
    (the source English when none is)."""
    code = _asked.get()
    if code is None or code == _installed:
        said = QCoreApplication.translate(context, text, disambiguation, n)
        if code is None or n < 0 or said != _fill_count(text, n, code):
            return said
        # Asked for before the window installs any translator (a rescue said on the terminal
        # at a start): the language's own file spells the count, not "3 piece(s)".
    translator = _translator(code)
    found = translator.translate(context, text, disambiguation, n) if translator is not None else ""
    return _fill_count(found or text, n, code)


@contextmanager
def phrases_in(code: str | None) -> Iterator[None]:
    """Word every phrase of the block (in this thread) in ``code`` ("es", "es-419");
    None: the language installed; a language without a translation: the source English."""
    token = _asked.set(code.split("-")[0].lower() if code else None)
    try:
        yield
    finally:
        _asked.reset(token)


FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"
_RIGHT_TO_LEFT = frozenset(("R", "AL", "AN"))  # Hebrew, Arabic letters, Arabic digits


def isolated(text: str) -> str:
    """A name or title someone typed, set into a phrase as a unit of its own direction.

    An Arabic or Hebrew name in an English or Spanish sentence otherwise pulls the
    punctuation and numbers beside it over to its side: "سارة (3):" showed as "(3):"
    left of the name, a list "سارة, دانة" backwards. Wrapped in FIRST STRONG ISOLATE ...
    POP DIRECTIONAL ISOLATE (U+2068, U+2069), its letters keep their own order and the
    sentence keeps its own around it. The marks draw as nothing and espeak-ng says
    nothing for them; a name wholly in left-to-right letters (nearly every name here,
    the phrases being English and Spanish) is returned as it is. Names themselves carry
    no direction controls (models.tidy_name), so the isolate always closes."""
    if text.startswith(FIRST_STRONG_ISOLATE) and text.endswith(POP_DIRECTIONAL_ISOLATE):
        return text  # (a label made with it, set into a phrase)
    if any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in text):
        return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
    return text


def locale() -> QLocale:
    """The locale dates and numbers are written in: the asked language's, else the default."""
    code = _asked.get()
    if code is None or code == _installed:
        return QLocale()
    return locale_for(code)


def locale_for(code: str) -> QLocale:
    return QLocale(LOCALES.get(code, code))


def set_installed(code: str) -> None:
    """Note the language the application's translators now speak (nook.ui.language)."""
    global _installed
    _installed = code


def installed() -> str:
    return _installed


def current_language() -> str:
    """The language phrases are worded in here and now: the asked one, else the installed."""
    return _asked.get() or _installed


class KeptTranslator(QTranslator):
    """A translator that reads its .qm file into memory it keeps. Qt's own ``load(file)``
    maps the file and reads phrases from it for as long as the translator lives: a file
    rewritten under a running app (an install, a developer's ``translations``) crashed
    it (SIGBUS in QTranslator). Loaded from bytes, Qt reads this copy, which lives as
    long as the translator does."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kept = b""

    def load_file(self, name: str, folder: str | Path) -> bool:
        """Load ``folder/name.qm``; False if it is not there, unreadable or not a .qm."""
        try:
            data = (Path(folder) / f"{name}.qm").read_bytes()
        except OSError:
            return False
        self._kept = data  # Qt keeps a pointer into these bytes, not a copy
        if self.load(data):
            return True
        self._kept = b""
        return False


def _translator(code: str) -> QTranslator | None:
    from nook.assets import translations_dir

    folder = str(translations_dir())
    with _loading:
        if (folder, code) not in _translators:
            translator = KeptTranslator()
            app = QCoreApplication.instance()
            if app is not None:  # kept for the life of the app, whichever thread asked first
                translator.moveToThread(app.thread())
            _translators[folder, code] = translator if translator.load_file(f"nook_{code}", folder) else None
        return _translators[folder, code]


def _fill_count(text: str, n: int, code: str) -> str:
    """%n (and %Ln, the count as the language writes numbers) filled in, as Qt does."""
    if n < 0 or "%" not in text:
        return text
    return _PERCENT_N.sub(lambda m: locale_for(code).toString(n) if m.group(1) else str(n), text)
