"""Refresh the translations: every phrase in nook/ into the .ts files, each .ts into a .qm.

    python packaging/translations.py            # lupdate, then lrelease (what a developer runs)
    python packaging/translations.py --check    # exit 1 if a .ts or .qm is behind the code

``nook/translations/nook_<code>.ts`` is what a translator fills (Qt Linguist or any text
editor); ``nook_<code>.qm`` is what the app loads. Both are committed: a wheel built by
``pip install .`` (whose isolated build has no Qt tools), the PyInstaller bundle and a
clean clone's tests then all have the .qm without a build step, and a test
(tests/ui/test_translation_files.py) fails when they fall behind the code.

``nook_en.ts`` holds only the plural phrases (``%n``): English needs them spelled out
("1 word", "2 words"); every other English phrase is its own source text.

The tools are the ``pyside6-lupdate`` and ``pyside6-lrelease`` beside this Python.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "nook" / "translations"
# The language the source phrases are written in: its .ts holds only the plural forms.
SOURCE_LANGUAGE = "en"
# How many plural forms a language's translation gives (Qt's rules for it); two unless said.
PLURAL_FORMS = {"en": 2, "es": 2}

# lupdate marks a plural (numerus="yes") only for a class's ``self.tr(text, "", n)``,
# never for ``translate(context, text, disambiguation, n)``: every phrase here is a
# ``translate`` call, and by our rule a phrase with ``%n`` is a plural. So after lupdate
# such a phrase is made a plural here, keeping the forms a translator gave it before
# (English's own forms are made from the "(s)" in the phrase when nobody wrote them).
_MESSAGE = re.compile(r"    <message(?: numerus=\"yes\")?>\n(.*?)    </message>\n", re.S)
_CONTEXT = re.compile(r"<context>\n    <name>(.*?)</name>\n(.*?)</context>\n", re.S)
_TRANSLATION = re.compile(r"        <translation.*?</translation>\n", re.S)


def _key(context: str, body: str) -> tuple[str, str, str]:
    source = re.search(r"<source>(.*?)</source>", body, re.S)
    comment = re.search(r"<comment>(.*?)</comment>", body, re.S)
    return context, source.group(1) if source else "", comment.group(1) if comment else ""


def plural_forms(ts_text: str) -> dict[tuple[str, str, str], str]:
    """The translation of every plural phrase in a .ts, by (context, source, comment)."""
    forms = {}
    for context in _CONTEXT.finditer(ts_text):
        for message in _MESSAGE.finditer(context.group(2)):
            if 'numerus="yes"' in message.group(0):
                translation = _TRANSLATION.search(message.group(1))
                if translation:
                    forms[_key(context.group(1), message.group(1))] = translation.group(0)
    return forms


def _english(source: str) -> str:
    """English forms a phrase spells with "(s)": "%n word(s)" is "%n word" and "%n words".
    A phrase that needs more than that is written in nook_en.ts by hand, and kept."""
    one, many = (html.escape(source.replace("(s)", ending), quote=False) for ending in ("", "s"))
    return (
        f"        <translation>\n            <numerusform>{one}</numerusform>\n"
        f"            <numerusform>{many}</numerusform>\n        </translation>\n"
    )


def with_plurals(ts_text: str, kept: dict[tuple[str, str, str], str], language: str) -> str:
    """``ts_text`` with every ``%n`` phrase a plural (its old forms kept); the source
    language keeps only those."""
    empty = "".join("            <numerusform></numerusform>\n" for _ in range(PLURAL_FORMS.get(language, 2)))
    blank = f'        <translation type="unfinished">\n{empty}        </translation>\n'

    def context(match: re.Match[str]) -> str:
        name = match.group(1)

        def message(found: re.Match[str]) -> str:
            body = found.group(1)
            if "%n" not in html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1)):
                return "" if language == SOURCE_LANGUAGE else found.group(0)
            translation = kept.get(_key(name, body)) or (
                _english(html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1)))
                if language == SOURCE_LANGUAGE
                else blank
            )
            body = _TRANSLATION.sub(lambda _m: translation, body, count=1)
            return f'    <message numerus="yes">\n{body}    </message>\n'

        messages = _MESSAGE.sub(message, match.group(2))
        return f"<context>\n    <name>{name}</name>\n{messages}</context>\n" if "<message" in messages else ""

    return _CONTEXT.sub(context, ts_text)


def tool(name: str) -> str:
    """A Qt tool from the PySide6 beside this Python (or on PATH)."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (bash packaging/nook.sh test does)")
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python file of the app (lupdate scans files it is given, not folders, for .py)."""
    return sorted(p for p in (root / "nook").rglob("*.py") if "__pycache__" not in p.parts)


def ts_files(folder: Path = TRANSLATIONS) -> list[Path]:
    return sorted(folder.glob("nook_*.ts"))


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix("nook_")


def update(ts: Path, root: Path = ROOT) -> None:
    """Bring ``ts`` in step with the code: new phrases added (unfinished), gone ones dropped.

    No source locations are kept: they change with every edit and would make every
    engineer's change to a .ts conflict with every other's."""
    kept = plural_forms(ts.read_text(encoding="utf-8")) if ts.exists() else {}
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in source_files(root)))
    try:
        command = [tool("pyside6-lupdate"), f"@{listing.name}", "-locations", "none", "-no-obsolete", "-silent"]
        command += ["-source-language", SOURCE_LANGUAGE, "-target-language", language_of(ts)]
        subprocess.run([*command, "-ts", str(ts)], check=True)
    finally:
        Path(listing.name).unlink()
    ts.write_text(with_plurals(ts.read_text(encoding="utf-8"), kept, language_of(ts)), encoding="utf-8")


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def refresh(folder: Path = TRANSLATIONS, root: Path = ROOT) -> list[Path]:
    """lupdate then lrelease every language in ``folder``; the .qm files written."""
    written = []
    for ts in ts_files(folder):
        update(ts, root)
        qm = ts.with_suffix(".qm")
        release(ts, qm)
        written.append(qm)
    return written


def behind(folder: Path = TRANSLATIONS, root: Path = ROOT) -> list[str]:
    """The files that ``refresh`` would change (byte for byte), checked on copies."""
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in ts_files(folder):
            copy = Path(scratch) / ts.name
            shutil.copyfile(ts, copy)
            update(copy, root)
            if copy.read_bytes() != ts.read_bytes():
                stale.append(ts.name)
            qm = copy.with_suffix(".qm")
            release(ts, qm)
            committed = ts.with_suffix(".qm")
            if not committed.exists() or committed.read_bytes() != qm.read_bytes():
                stale.append(committed.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the files are behind the code")
    args = parser.parse_args(argv)
    if args.check:
        stale = behind()
        for name in stale:
            print(f"behind the code: nook/translations/{name}")
        return 1 if stale else 0
    for qm in refresh():
        print(f"wrote {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
