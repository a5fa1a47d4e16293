"""A library made on its first start speaks the computer's language, where Writing Nook has it.

A Spanish-speaking family's computer is set to Spanish: "Who is writing?" and New writer's
language choice were English until a grown-up found the setting in the corner.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nook.__main__ import open_library


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8"}, "es"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # no German translation: English
    ],
)
def test_a_new_library_starts_in_the_computers_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], language: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    library = open_library(tmp_path, wait=0)
    assert library.setting("language") == language
    library.close()


def test_a_library_already_used_keeps_its_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    open_library(tmp_path, wait=0).close()  # made on an English computer
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    library = open_library(tmp_path, wait=0)  # the family's computer is Spanish later
    assert library.setting("language") == "en"
    library.close()
