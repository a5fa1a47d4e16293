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
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The phrase in the language now installed (the source English when none is)."""
    return QCoreApplication.translate(context, text, disambiguation, n)
