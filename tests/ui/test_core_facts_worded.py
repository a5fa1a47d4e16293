"""What the core reports as facts (a refused backpack, a library notice, why the library
cannot open) reaches a person in the language now installed, and a live change of
language words it anew. Spanish here is the real, committed translation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.assets import translations_dir
from nook.core import backpack_file
from nook.core.backpack_file import REFUSALS, BackpackRefused
from nook.core.library import Library
from nook.ui.grownup.backpack_page import BackpackPage
from nook.ui.grownup.backpack_words import refusal
from nook.ui.language import LanguageSwitch
from nook.ui.operations import Operations


@pytest.fixture
def languages(qapp) -> Iterator[LanguageSwitch]:
    switch = LanguageSwitch(folder=translations_dir())
    yield switch
    switch.remove()


def backpack_page(qtbot, library: Library) -> BackpackPage:
    page = BackpackPage(library, Operations(library))
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_refused_backpack_is_explained_in_spanish_and_again_in_english(
    qtbot, nook_app, library: Library, tmp_path: Path, languages: LanguageSwitch
) -> None:
    not_a_zip = tmp_path / "mochila.nook"
    not_a_zip.write_bytes(b"only words, no zip")
    languages.use("es")
    page = backpack_page(qtbot, library)
    assert not page.load(not_a_zip)
    said = page.status.text()
    assert said.startswith("No se abrió esta mochila.") and "mochila.nook" in said
    assert "readable zip" not in said and "damaged" not in said
    languages.use("en")
    assert page.status.text().startswith("This backpack was not opened. mochila.nook is damaged")


def test_every_kind_of_refusal_has_spanish_words(qapp, languages: LanguageSwitch) -> None:
    english = {why: refusal(BackpackRefused(why, "a.nook", "'media/x'")) for why in REFUSALS}
    languages.use("es")
    untranslated = [why for why in REFUSALS if refusal(BackpackRefused(why, "a.nook", "'media/x'")) == english[why]]
    assert untranslated == []
    assert all("a.nook" in refusal(BackpackRefused(why, "a.nook")) for why in REFUSALS)
    assert backpack_file.REFUSALS.keys() == REFUSALS.keys()


def test_a_writer_with_no_name_is_known_by_their_animal_in_the_language(
    qtbot, nook_app, library: Library, languages: LanguageSwitch
) -> None:
    library.add_writer("", "fox")
    page = backpack_page(qtbot, library)
    assert page.writer_choice.findText("the fox") >= 0
    languages.use("es")
    names = [page.writer_choice.itemText(n) for n in range(page.writer_choice.count())]
    assert "zorro" in names and not any("fox" in name for name in names)
