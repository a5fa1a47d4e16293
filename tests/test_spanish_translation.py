"""Spanish as Spanish is written: ¿…? and ¡…! open what they close, both plural forms
are given, and the compiled .qm speaks it. (That every phrase has Spanish with the same
placeholders is tests/test_translation_completeness.py, with "es" in COMPLETE.)"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator

from nook.assets import translations_dir

SPANISH_PLURAL_FORMS = 2  # "1 palabra", "2 palabras"


def messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(translations_dir() / "nook_es.ts").getroot()
    return [(context.findtext("name") or "", message) for context in root for message in context.iter("message")]


def test_there_are_phrases_to_translate() -> None:
    assert len(messages()) >= 100


def test_spanish_punctuation_and_plural_forms() -> None:
    """¿…? and ¡…!: a Spanish question or exclamation opens with its mark; a plural has both forms."""
    problems = []
    for context, message in messages():
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        finished = translation.get("type") != "unfinished"
        whole = len(forms) == SPANISH_PLURAL_FORMS and all(f.strip() for f in forms)
        if message.get("numerus") == "yes" and finished and not whole:
            problems.append(f"{context}: needs {SPANISH_PLURAL_FORMS} plural forms: {message.findtext('source')!r}")
        for text in forms:
            for opening, closing in (("¿", "?"), ("¡", "!")):
                if text.count(closing) > text.count(opening):
                    problems.append(f"{context}: {text!r} closes {closing} without {opening}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("context", "source", "n", "spanish"),
    [
        ("Editor", "Read to me", -1, "Léemelo"),
        ("Editor", "I'm finished!", -1, "¡Terminé!"),
        # The sign's looks, by name (a child hears them): every one.
        ("Editor", "Plain sign", -1, "Letrero sencillo"),
        ("Editor", "Warning sign", -1, "Letrero de cuidado"),
        ("Editor", "Stop sign", -1, "Letrero de alto"),
        ("Editor", "Welcome sign", -1, "Letrero de bienvenida"),
        ("Editor", "Party sign", -1, "Letrero de fiesta"),
        ("Language", "English", -1, "Español"),
    ],
)
def test_the_compiled_translation_speaks_spanish(context: str, source: str, n: int, spanish: str) -> None:
    translator = QTranslator()
    assert translator.load("nook_es", str(translations_dir()))
    comment = "the name of this language, written in this language" if context == "Language" else None
    assert translator.translate(context, source, comment, n) == spanish


def test_plural_forms_follow_the_count() -> None:
    # A translated plural (newer ones may still wait for their Spanish).
    plural = [
        (c, m) for c, m in messages() if m.get("numerus") == "yes" and m.find("translation").get("type") != "unfinished"
    ]
    assert plural
    translator = QTranslator()
    assert translator.load("nook_es", str(translations_dir()))
    context, message = plural[0]
    source = message.findtext("source") or ""
    one, other = (f.text or "" for f in message.find("translation").iter("numerusform"))
    # The translator picks the form; QCoreApplication.translate then puts the count in.
    assert translator.translate(context, source, None, 1) == one
    assert translator.translate(context, source, None, 3) == other
    assert one != other
