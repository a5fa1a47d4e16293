"""A path with Arabic or Hebrew letters (a family's home folder, a folder named after a
writer) is set into the grown-up's messages as a left-to-right unit of its own, as names
are (with U+2068/U+2069, i18n.isolated): bare, the bidi algorithm ran the folder's name
together with the words and punctuation beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from nook.core.library import LIBRARY_FILE
from nook.core.notices import Notice
from nook.core.opening import LibraryTrouble
from nook.library_start import open_library
from nook.ui.grownup.safety_page import SafetyPage
from nook.ui.trouble_words import isolated_path, notice_words, trouble_words
from tests.translation_helpers import in_english

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture(autouse=True)
def english(nook_app):
    with in_english():
        yield


def test_a_path_with_right_to_left_letters_is_isolated_left_to_right_and_others_are_left_alone() -> None:
    arabic = "/\u0633\u0627\u0631\u0629/library.db"  # a folder named سارة first: not turned round
    assert isolated_path(arabic) == f"{LRI}{arabic}{PDI}"
    assert isolated_path(isolated_path(arabic)) == f"{LRI}{arabic}{PDI}"  # (once)
    assert isolated_path("/home/ana/Writing Nook/library.db") == "/home/ana/Writing Nook/library.db"
    hebrew = Path("/home/\u05e9\u05e8\u05d4/Writing Nook/library.db")
    assert f"{LRI}{hebrew}{PDI}" in trouble_words(LibraryTrouble("cannot_open", hebrew, "denied"))
    assert f"{LRI}{hebrew}{PDI}" in trouble_words(LibraryTrouble("not_a_file", hebrew))
    for notice in (
        Notice("rescued", {"kept": f"{hebrew}.damaged-1", "pieces": 3}),
        Notice("read_only", {"path": str(hebrew)}),
        Notice("library_put_back", {"path": str(hebrew)}),
        Notice("restored", {"backup": "library-20261203-150000.db", "kept": f"{hebrew}.before-restore-1"}),
        Notice("work_put_back", {"files": f"{hebrew}.held-1", "pages": 2}),
    ):
        words = notice_words(notice)
        assert words.count(LRI) == 1 and words.count(PDI) == 1 and f"{LRI}{hebrew}" in words, notice.kind


def test_library_safety_isolates_the_paths_of_a_rescued_library_in_a_hebrew_folder(
    qtbot, nook_app, tmp_path, new_library, app_log, capsys
) -> None:
    app_log.expect("The library was damaged")
    folder = tmp_path / "\u05e9\u05e8\u05d4"  # שרה
    new_library(folder).close()
    (folder / LIBRARY_FILE).write_bytes(b"not a library " * 300)
    rescued = open_library(folder, 0)
    try:
        page = SafetyPage(rescued)
        qtbot.addWidget(page)
        where = page.where.text()
        assert f"{LRI}{rescued.path}{PDI}" in where and f"{LRI}{folder / 'backups'}{PDI}" in where
        [damaged] = [page.what_went_wrong.list.item(row).text() for row in range(page.what_went_wrong.list.count())]
        assert f"{LRI}{rescued.state('recovered_from')}{PDI}" in damaged
    finally:
        rescued.close()
    capsys.readouterr()
