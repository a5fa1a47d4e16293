"""Every language has the phrases English has, with the same placeholders; a language said
to be complete has every phrase translated (TagStudio's translation test is the model)."""

from __future__ import annotations

import re

import pytest

from tests.language_helpers import TRANSLATIONS, Message, pseudo, read_ts

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
# Languages whose translators have said "done": no phrase may be left unfinished. A
# translator adds their language here when they have filled its .ts.
COMPLETE = {"en", "es"}

LANGUAGES = sorted(p.stem.removeprefix("nook_") for p in TRANSLATIONS.glob("nook_*.ts"))
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "en"]


def messages(code: str) -> list[Message]:
    return read_ts(TRANSLATIONS / f"nook_{code}.ts")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_there_is_a_language_besides_english() -> None:
    assert OTHER_LANGUAGES


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_a_language_has_exactly_the_phrases_the_code_has(code: str) -> None:
    """The same keys in every language (which are the code's: tests/test_translation_files.py)."""
    first = {m.key for m in messages(OTHER_LANGUAGES[0])}
    keys = [m.key for m in messages(code)]
    assert len(keys) == len(set(keys)), "a phrase is in the file twice"
    assert set(keys) == first
    assert {m.key for m in messages("en")} <= first  # English holds the plural phrases only


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_phrase_has_vanished_or_is_obsolete(code: str) -> None:
    left = [m.source for m in messages(code) if m.kind in ("vanished", "obsolete")]
    assert not left


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_translation_keeps_the_placeholders_and_the_count(code: str) -> None:
    wrong = []
    for message in messages(code):
        for form in message.forms:
            if not form:
                continue  # not translated yet: English is shown
            if placeholders(form) != placeholders(message.source):
                wrong.append((message.source, form))
            if message.numerus and "%n" in message.source and "%n" not in form:
                wrong.append((message.source, form))
    assert not wrong


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_phrase_with_a_count_is_a_plural(code: str) -> None:
    assert not [m.source for m in messages(code) if "%n" in m.source and not m.numerus]


@pytest.mark.parametrize("code", sorted(COMPLETE))
def test_a_complete_language_leaves_nothing_unfinished(code: str) -> None:
    unfinished = [m.source for m in messages(code) if m.kind == "unfinished" or not all(m.forms)]
    assert not unfinished


def test_the_placeholder_check_would_catch_a_wrong_translation() -> None:
    assert placeholders("by {name}") != placeholders("de {nombre}")
    assert pseudo("by {name}").count("{name}") == 1 and pseudo("by {name}").startswith("[")


def test_every_avatar_is_named_wherever_the_stickers_are() -> None:
    """An avatar says the name of the sticker of the same animal (nook/ui/writers/screen.py)."""
    from nook.assets import manifest
    from nook.core import language_data

    avatars = manifest("avatars/avatars.json")["avatars"]
    for code in language_data.bundled_languages(language_data.STICKERS):
        catalogue = language_data.sticker_catalogue(code)
        unnamed = [a["id"] for a in avatars if catalogue.by_id(a.get("sticker", a["id"])) is None]
        assert not unnamed, (code, unnamed)
