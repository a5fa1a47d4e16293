"""What `nook` and `nook export` say on a terminal is in the language asked for
(--language, else LC_ALL, LC_MESSAGES, LANG): argparse's own phrases too, worded by us,
not by a system catalogue that most computers do not have."""

from __future__ import annotations

import argparse
import gettext
from pathlib import Path

import pytest

from nook.__main__ import main


@pytest.fixture
def spanish_terminal(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")


def exits(argv: list[str]) -> int:
    with pytest.raises(SystemExit) as leaving:
        main(argv)
    return int(leaving.value.code or 0)


def test_export_help_is_in_the_terminals_language(spanish_terminal, capsys) -> None:
    assert exits(["export", "--help"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("uso: nook export [-h] [--data-dir DIR] --format {epub,pdf}")
    for spanish in ("Haz un libro que habla (ePub) o un PDF.", "opciones:", "muestra esta ayuda y termina"):
        assert spanish in said
    assert "solo los trabajos terminados" in said and "el archivo que se va a escribir" in said
    for english in ("usage", "options", "show this help", "only pieces", "the file to write"):
        assert english not in said


def test_usage_mistakes_are_said_in_the_language_asked_for(monkeypatch, capsys) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert exits(["export", "--language", "es", "--format", "pdf"]) == 2
    said = capsys.readouterr().err
    assert said.startswith("uso: nook export")
    assert said.endswith("nook export: error: faltan estos argumentos: OUT\n")
    assert exits(["export", "--language=es", "--format", "doc", "x.pdf"]) == 2
    assert capsys.readouterr().err.endswith(
        "nook export: error: argumento --format: opción no válida: 'doc' (elige entre 'epub', 'pdf')\n"
    )
    assert exits(["export", "--language", "es", "--format", "pdf", "--since", "ayer", "x.pdf"]) == 2
    assert capsys.readouterr().err.endswith("argumento --since: ayer no es una fecha escrita así: 2026-03-02\n")


def test_the_apps_flags_speak_the_terminals_language_and_english_stays_english(
    spanish_terminal, monkeypatch, capsys
) -> None:
    assert exits(["--bogus"]) == 2
    assert capsys.readouterr().err.endswith("nook: error: argumentos desconocidos: --bogus\n")
    assert exits(["--help"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("uso: nook") and "empezar sin la voz (para una computadora sin bocinas)" in said
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert exits(["--help"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("usage: nook") and "show this help message and exit" in said
    assert argparse._ is gettext.gettext  # argparse is as it was for anyone else


def test_a_data_folder_that_cannot_be_made_is_said_in_the_terminals_language(
    spanish_terminal, tmp_path: Path, capsys
) -> None:
    blocker = tmp_path / "un-archivo"
    blocker.write_text("not a folder")
    assert main(["--data-dir", str(blocker / "nook")]) == 2
    assert capsys.readouterr().err == (
        f"Writing Nook: Writing Nook no puede crear la carpeta de su biblioteca {blocker / 'nook'}: "
        "en su ruta hay un archivo donde debería haber una carpeta. Elige otra carpeta con --data-dir.\n"
    )
