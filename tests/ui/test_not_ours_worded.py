"""Another program's SQLite file as library.db is said to be another program's, in the
grown-up's language, with what to do; the general 'cannot open the library' said
neither why nor what next."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nook.assets import translations_dir
from nook.core.opening import LibraryRefused
from nook.ui.language import LanguageSwitch
from nook.ui.trouble_words import trouble_words


@pytest.fixture
def languages(qapp) -> Iterator[LanguageSwitch]:
    switch = LanguageSwitch(folder=translations_dir())
    yield switch
    switch.remove()


def test_another_programs_file_is_said_to_be_so(languages: LanguageSwitch) -> None:
    refused = LibraryRefused("not_ours", "/home/ana/music/library.db")
    english = trouble_words(refused)
    assert "another program" in english and "/home/ana/music/library.db" in english and "--data-dir" in english
    languages.use("es")
    spanish = trouble_words(refused)
    assert "otro programa" in spanish and "/home/ana/music/library.db" in spanish and "--data-dir" in spanish


def test_nook_export_says_another_programs_file_is_so(tmp_path, languages: LanguageSwitch) -> None:
    """`nook export` (and the corner's exports) read the library on a connection of their
    own, which called such a file 'from an older Writing Nook: open it in Writing Nook once
    first', when the app refuses it as another program's (found on the walk)."""
    import sqlite3

    from nook.core.read_only import CannotRead, open_read_only
    from nook.export.problems import cannot_read_words

    other = sqlite3.connect(tmp_path / "library.db")
    other.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    other.commit()
    other.close()
    with pytest.raises(CannotRead) as refused:
        open_read_only(tmp_path)
    assert refused.value.why == "not_ours"
    assert "another program" in cannot_read_words(refused.value)
    languages.use("es")
    assert "otro programa" in cannot_read_words(refused.value)
