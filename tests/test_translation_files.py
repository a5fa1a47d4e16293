"""The committed translations are in step with the code (packaging/translations.py)."""

from __future__ import annotations

import pytest

from nook.assets import translations_dir
from tests.language_helpers import translation_tools


def test_every_ts_holds_the_codes_phrases_and_every_qm_is_built_from_its_ts() -> None:
    stale = translation_tools().behind()
    assert not stale, (
        f"{stale} are behind the code: run `bash packaging/nook.sh translations` "
        "(or `python packaging/translations.py`) and commit nook/translations/"
    )


def test_english_and_spanish_are_there() -> None:
    names = {p.name for p in translations_dir().iterdir()}
    assert {"nook_en.ts", "nook_en.qm", "nook_es.ts", "nook_es.qm"} <= names


@pytest.mark.parametrize("code", ["en", "es"])
def test_a_translation_file_names_its_language(code: str) -> None:
    head = (translations_dir() / f"nook_{code}.ts").read_text(encoding="utf-8")[:300]
    assert f'language="{code}"' in head and 'sourcelanguage="en"' in head
