"""A library made on its first start speaks the computer's language, where Writing Nook has it.

A Spanish-speaking family's computer is set to Spanish: "Who is writing?" and New writer's
language choice were English until a grown-up found the setting in the corner.

The computer's language is read the way GNU gettext reads it for messages: LANGUAGE (a
list, "es_MX:es:en") first, then LC_ALL, LC_MESSAGES, LANG; LANGUAGE is not read when the
locale is C. The first start, the trouble screen and the command line all ask one function
(`nook.ui.language.computer_language`): before it, the first start read LC_ALL/LC_MESSAGES/
LANG while the trouble screen asked QLocale.system() (which reads LANGUAGE too), so a
desktop set to Spanish by LANGUAGE showed the trouble screen in Spanish and then made the
library English (the trouble screen's own test: test_core_facts_worded).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nook.core.library import Library
from nook.library_start import open_library
from nook.ui.language import computer_language

ROOT = Path(__file__).resolve().parents[2]
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

CASES = [
    ({"LANG": "es_MX.UTF-8"}, "es"),
    ({"LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8"}, "es"),
    ({"LC_MESSAGES": "es_MX.UTF-8", "LANG": "en_US.UTF-8"}, "es"),
    ({"LANG": "de_DE.UTF-8"}, "en"),  # no German translation: English
    # A desktop whose display language is Spanish, its formats American (GNOME's LANGUAGE).
    ({"LANGUAGE": "es_MX:es", "LANG": "en_US.UTF-8"}, "es"),
    ({"LANGUAGE": "de:es", "LANG": "de_DE.UTF-8"}, "es"),  # German first; it has none
    ({"LANGUAGE": "en", "LANG": "es_MX.UTF-8"}, "en"),  # the list says English first
    # None: the computer names no language (a script's C), for the caller to choose.
    ({"LANGUAGE": "es", "LC_ALL": "C"}, None),  # C: LANGUAGE is not read (as gettext)
    ({"LANGUAGE": "es", "LANG": "C.UTF-8"}, None),
    ({}, None),
]


def in_environment(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]) -> None:
    """The locale variables set as given, and only those."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize(("environment", "language"), CASES)
def test_the_computers_language_is_read_as_gettext_reads_it(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], language: str | None
) -> None:
    in_environment(monkeypatch, environment)
    assert computer_language() == language


@pytest.mark.parametrize(("environment", "language"), CASES[:5])
def test_a_new_library_starts_in_the_computers_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], language: str
) -> None:
    in_environment(monkeypatch, environment)
    library = open_library(tmp_path, wait=0)
    assert library.setting("language") == language
    library.close()


def test_a_library_already_used_keeps_its_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    in_environment(monkeypatch, {"LC_ALL": "C.UTF-8"})
    open_library(tmp_path, wait=0).close()  # made on an English computer
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    library = open_library(tmp_path, wait=0)  # the family's computer is Spanish later
    assert library.setting("language") == "en"
    library.close()


def start_the_app(data_dir: Path, environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`nook --smoke` in a process of its own, its locale variables only those given."""
    env = {name: value for name, value in os.environ.items() if name not in LOCALE_VARIABLES}
    env.update(environment, QT_QPA_PLATFORM="offscreen")
    start = [sys.executable, "-m", "nook", "--smoke", "--no-speech", "--data-dir", str(data_dir)]
    return subprocess.run(start, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize(
    "environment",
    [{"LANG": "es_MX.UTF-8"}, {"LANGUAGE": "es_MX:es", "LANG": "en_US.UTF-8"}],
)
def test_the_real_program_starts_a_new_library_in_the_computers_language(
    tmp_path: Path, environment: dict[str, str]
) -> None:
    started = start_the_app(tmp_path, environment)
    assert started.returncode == 0, started.stderr
    library = Library.open(tmp_path)
    try:
        assert library.setting("language") == "es"
    finally:
        library.close()


def test_the_real_program_says_what_is_wrong_in_the_computers_language(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "library"
    not_a_folder.write_text("a file where the library folder should be")  # (English before)
    env = {name: value for name, value in os.environ.items() if name not in LOCALE_VARIABLES}
    env.update(LANGUAGE="es_MX:es", LANG="en_US.UTF-8")
    start = [sys.executable, "-m", "nook", "--no-speech", "--data-dir", str(not_a_folder)]
    said = subprocess.run(start, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert said.returncode == 2
    assert said.stderr == (
        f"Writing Nook: Writing Nook no puede crear la carpeta de su biblioteca {not_a_folder}: "
        "ya hay algo con ese nombre. Elige otra carpeta con --data-dir.\n"
    )
