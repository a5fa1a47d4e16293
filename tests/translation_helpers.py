"""A test language: every phrase of some contexts comes back marked «like this».

Installing it is what installing a real language does (Qt sends every widget a
LanguageChange), so a screen that shows the marks has put its phrases through
translation and followed a live change; a phrase left unmarked bypassed it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator


def marked(phrase: str) -> str:
    return f"«{phrase}»"


class MarkingTranslator(QTranslator):
    """Translates every phrase of `contexts` into itself between « and »."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context not in self.contexts:
            return ""  # untranslated: Qt shows the source text
        self.asked.add((context, source_text))
        return marked(source_text)  # a %n stays: Qt fills it in after translating

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API: an empty translator sends no LanguageChange
        return False


@contextmanager
def translated(*contexts: str) -> Iterator[MarkingTranslator]:
    """The marking language installed for `contexts` while the block runs, then removed."""
    translator = MarkingTranslator(set(contexts))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


@contextmanager
def in_english() -> Iterator[None]:
    """The app's own English translation installed (it spells out the plural forms:
    "1 piece", "3 pieces"), then removed."""
    from nook.assets import translations_dir

    translator = QTranslator()
    assert translator.load("nook_en", str(translations_dir()))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
