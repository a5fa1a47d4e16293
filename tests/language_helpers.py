"""Translations made in a test: a .ts written from a dict and compiled by lrelease."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent


def translation_tools() -> ModuleType:
    """packaging/translations.py (a script, not a package: ``packaging`` is taken on PyPI)."""
    spec = importlib.util.spec_from_file_location("nook_translation_tools", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_qm(
    folder: Path, code: str, phrases: dict[tuple[str, str], str], comments: dict[tuple[str, str], str] | None = None
) -> Path:
    """``nook_<code>.qm`` in ``folder`` translating (context, source) -> text."""
    comments = comments or {}
    contexts: dict[str, list[str]] = {}
    for (context, source), text in phrases.items():
        comment = comments.get((context, source))
        note = f"<comment>{escape(comment)}</comment>" if comment else ""
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>{note}<translation>{escape(text)}</translation></message>"
        )
    body = "".join(f"<context><name>{escape(c)}</name>{''.join(m)}</context>" for c, m in contexts.items())
    return _ts_and_qm(
        folder / f"nook_{code}.ts",
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{code}">{body}</TS>',
    )


# The .qm released from each .ts text in this process: each lrelease is a process of its own
# (~0.3 s, several per test in the language tests), and the same text gives the same file.
_RELEASED: dict[str, bytes] = {}


def _ts_and_qm(ts: Path, text: str) -> Path:
    """Writes ``text`` to ``ts`` and its .qm beside it (lrelease's, once per distinct text)."""
    ts.write_text(text, encoding="utf-8")
    qm = ts.with_suffix(".qm")
    if text in _RELEASED:
        qm.write_bytes(_RELEASED[text])
    else:
        translation_tools().release(ts, qm)
        _RELEASED[text] = qm.read_bytes()
    return qm


# -- reading the committed .ts files -------------------------------------------------------

TRANSLATIONS = ROOT / "nook" / "translations"


class Message:
    """One phrase of a .ts: its key, whether it is a plural, and what a translator gave."""

    def __init__(self, context: str, source: str, comment: str, numerus: bool, forms: list[str], kind: str) -> None:
        self.context, self.source, self.comment = context, source, comment
        self.numerus, self.forms, self.kind = numerus, forms, kind  # kind: "", "unfinished", "vanished", ...

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_ts(path: Path) -> list[Message]:
    import xml.etree.ElementTree as ElementTree

    messages = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms, kind = [], "unfinished"
            elif numerus:
                forms, kind = [f.text or "" for f in translation.iter("numerusform")], translation.get("type") or ""
            else:
                forms, kind = [translation.text or ""], translation.get("type") or ""
            messages.append(
                Message(name, message.findtext("source") or "", message.findtext("comment") or "", numerus, forms, kind)
            )
    return messages


# -- the pseudo-locale ------------------------------------------------------------------------

PSEUDO = "xx"  # a language code no real language has
_ACCENTS = str.maketrans("aeiouyAEIOUYcnsCNS", "áéíóúýÁÉÍÓÚÝçñšÇÑŠ")
_KEEP = re.compile(r"(\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d|&&|\n)")


def pseudo(text: str) -> str:
    """``text`` as a longer language would have it: bracketed, accented, ~40 % longer;
    placeholders, %n and line breaks kept as they are."""
    if not text:
        return text
    parts = [part if _KEEP.fullmatch(part) else part.translate(_ACCENTS) for part in _KEEP.split(text)]
    letters = sum(len(p) for p in parts if not _KEEP.fullmatch(p))
    return "[" + "".join(parts) + " " + "~" * max(1, round(letters * 0.4) - 1) + "]"


def write_pseudo(folder: Path, code: str = PSEUDO) -> Path:
    """``nook_<code>.qm`` in ``folder`` translating every phrase of the app into its pseudo form."""
    source = next(p for p in sorted(TRANSLATIONS.glob("nook_*.ts")) if not p.name.endswith("_en.ts"))
    contexts: dict[str, list[str]] = {}
    for message in read_ts(source):
        note = f"<comment>{escape(message.comment)}</comment>" if message.comment else ""
        if message.numerus:
            forms = "".join(
                f"<numerusform>{escape(pseudo(message.source.replace('(s)', ending)))}</numerusform>"
                for ending in ("", "s")
            )
            contexts.setdefault(message.context, []).append(
                f'<message numerus="yes"><source>{escape(message.source)}</source>{note}'
                f"<translation>{forms}</translation></message>"
            )
        else:
            contexts.setdefault(message.context, []).append(
                f"<message><source>{escape(message.source)}</source>{note}"
                f"<translation>{escape(pseudo(message.source))}</translation></message>"
            )
    body = "".join(f"<context><name>{escape(c)}</name>{''.join(m)}</context>" for c, m in contexts.items())
    # English's plural rule (two forms): the pseudo-locale is English made longer.
    return _ts_and_qm(
        folder / f"nook_{code}.ts",
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">{body}</TS>',
    )
