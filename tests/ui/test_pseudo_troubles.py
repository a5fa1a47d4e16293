"""Under the pseudo-locale (every phrase bracketed, accented, ~40 % longer), every kind of
trouble the core reports is worded through translate() and fits at 1024x600: the trouble
screen for each reason the library cannot open, the strip for each notice, and Library
safety with a note of every kind. (The walk of the everyday screens is test_pseudo_locale.)"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.core import backups, opening, safety
from nook.core.library import Library, LibraryTrouble
from nook.core.notices import KINDS, Notice
from nook.ui.grownup.safety_page import SafetyPage
from nook.ui.language import LanguageSwitch
from nook.ui.trouble import NoticeStrip, TroubleScreen
from tests.language_helpers import PSEUDO, TRANSLATIONS, write_pseudo
from tests.ui.test_pseudo_locale import walk

FACTS = {
    "read_only": {"path": "/home/ana/Writing Nook/library.db"},
    "newer": {},
    "rescued": {"kept": "/home/ana/Writing Nook/library.db.damaged-20261203-041700", "pieces": 12},
    "restored": {"backup": "library-20261202-180000.db", "kept": "/home/ana/library.db.before-restore-1"},
    "restore_failed": {"backup": "library-20261202-180000.db", "why": "damaged", "detail": "malformed"},
    "work_put_back": {"files": "/home/ana/.local/state/WritingNook/recovery/a1.json", "pages": 3},
    "backup_failed": {"why": "not_made", "name": "library-20261203.db", "detail": "disk full", "cause": "full"},
    "library_put_back": {"path": "/home/ana/.local/share/WritingNook/library.db"},
}


@pytest.fixture
def languages(qapp, tmp_path: Path) -> Iterator[LanguageSwitch]:
    out = tmp_path / "translations"
    out.mkdir()
    shutil.copy(TRANSLATIONS / "nook_en.qm", out / "nook_en.qm")
    write_pseudo(out)
    switch = LanguageSwitch(folder=out)
    switch.use(PSEUDO)
    yield switch
    switch.remove()


def test_every_reason_the_library_cannot_open_is_translated_and_whole(
    qtbot, nook_app, library: Library, data_dir: Path, languages: LanguageSwitch
) -> None:
    backups.make_backup(library.path)
    problems = []
    for why in opening.TROUBLES:
        screen = TroubleScreen(LibraryTrouble(why, data_dir / "library.db", "disk I/O error"), data_dir)
        qtbot.addWidget(screen)
        screen.resize(1024, 600)
        screen.show()
        qtbot.waitExposed(screen)
        untranslated, cut = walk(screen, screen, set())
        problems += [f"{why}: {problem}" for problem in untranslated + cut]
        screen.close()
    assert problems == [], "\n".join(problems)


def test_every_notice_is_translated_and_whole_on_the_strip_and_in_library_safety(
    qtbot, nook_app, library: Library, languages: LanguageSwitch
) -> None:
    assert set(FACTS) == set(KINDS) - {"said"}  # a kind added is walked here too
    problems = []
    for kind, facts in FACTS.items():
        strip = NoticeStrip(Notice(kind, facts), look_only=kind in ("read_only", "newer"))
        qtbot.addWidget(strip)
        strip.resize(1024, strip.heightForWidth(1024) if strip.hasHeightForWidth() else 120)
        strip.show()
        untranslated, _cut = walk(strip, strip, set())
        problems += [f"strip {kind}: {problem}" for problem in untranslated]
        strip.close()
        safety.add_note(library, Notice(kind, facts))
    page = SafetyPage(library)
    qtbot.addWidget(page)
    page.resize(780, 520)  # the corner's page at 1024x600
    page.show()
    qtbot.waitExposed(page)
    untranslated, cut = walk(page, page, set())
    problems += untranslated + cut
    assert problems == [], "\n".join(problems)
