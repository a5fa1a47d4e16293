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
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "nook" / "translations"
# The language the source phrases are written in: its .ts holds only the plural forms.
SOURCE_LANGUAGE = "en"


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
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in source_files(root)))
    try:
        command = [tool("pyside6-lupdate"), f"@{listing.name}", "-locations", "none", "-no-obsolete", "-silent"]
        command += ["-source-language", SOURCE_LANGUAGE, "-target-language", language_of(ts)]
        if language_of(ts) == SOURCE_LANGUAGE:
            command.append("-pluralonly")
        subprocess.run([*command, "-ts", str(ts)], check=True)
    finally:
        Path(listing.name).unlink()


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
