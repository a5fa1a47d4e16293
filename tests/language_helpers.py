"""Translations made in a test: a .ts written from a dict and compiled by lrelease."""

from __future__ import annotations

import importlib.util
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
    ts = folder / f"nook_{code}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{code}">{body}</TS>',
        encoding="utf-8",
    )
    qm = ts.with_suffix(".qm")
    translation_tools().release(ts, qm)
    return qm
