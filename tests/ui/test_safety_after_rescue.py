"""Library safety after a real rescue, as the grown-up meets it: the rescue said once, in
the page's own words, and the backups from before the damage marked, with a way to let
them go when the rescued library has everything.

Found on the walk: the page said the rescue three times (the library's notice, the same
notice as a note, and What went wrong), with the strip above saying it a fourth, each
telling the grown-up to "look in the grown-up corner, Library safety" while there; and
the backups held since the rescue looked like any others, with nothing to let them go."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from nook.core import backups
from nook.core.library import LIBRARY_FILE, Library
from nook.library_start import open_library
from nook.speech.silent import SilentVoice
from nook.ui.grownup.safety_page import SafetyPage, describe
from nook.ui.main_window import MainWindow
from tests.translation_helpers import in_english

BEFORE = datetime(2026, 11, 28, 15)


@pytest.fixture(autouse=True)
def english():
    """The app's English, as it runs (counts say "1 piece")."""
    with in_english():
        yield


def rescued_library(data_dir: Path, new_library, app_log) -> Library:
    """A class's library with three days of backups, its file's header then zeroed (the
    damage) and opened as the app opens it: rescued, the backups held."""
    app_log.expect("The library was damaged")
    library = new_library(data_dir)
    writer = library.add_writer("Maya", "fox")
    library.new_piece(writer.id, "book")
    for day in range(3):
        backups.make_backup(library.path, now=BEFORE + timedelta(days=day))
    library.close()
    raw = bytearray((data_dir / LIBRARY_FILE).read_bytes())
    raw[0:100] = b"\x00" * 100
    (data_dir / LIBRARY_FILE).write_bytes(bytes(raw))
    return open_library(data_dir, 0)


def shown_texts(window) -> list[str]:
    """Every label and list line the grown-up can see in the window now."""
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window) and label.text()]
    page = window.findChild(SafetyPage)
    if page is not None and page.isVisibleTo(window):
        lines = page.what_went_wrong.list
        texts += [lines.item(row).text() for row in range(lines.count())]
    return texts


def test_library_safety_says_the_rescue_once_and_not_to_look_where_the_grown_up_is(
    qtbot, nook_app, data_dir, new_library, app_log, capsys
) -> None:
    rescued = rescued_library(data_dir, new_library, app_log)
    try:
        voice = SilentVoice()
        window = MainWindow(rescued, voice)
        qtbot.addWidget(window)
        assert any("was damaged" in text for text in shown_texts(window))  # the strip tells the child's side
        corner = window.grown_up.open_without_gate()
        corner.show_section("Library safety")
        said = shown_texts(window)
        assert len([text for text in said if "was damaged" in text]) == 1, said
        assert not [text for text in said if "Library safety" in text], said
        window.grown_up.close()
        assert any("was damaged" in text for text in shown_texts(window))  # back on the shelf: there again
        window.close()
        voice.shutdown()
    finally:
        rescued.close()
    capsys.readouterr()


def backup_lines(page: SafetyPage) -> list[str]:
    return [page.list.item(row).text() for row in range(page.list.count())]


def test_backups_kept_since_the_rescue_are_marked_and_can_be_let_go(
    qtbot, nook_app, data_dir, new_library, app_log, capsys
) -> None:
    rescued = rescued_library(data_dir, new_library, app_log)
    try:
        page = SafetyPage(rescued)
        qtbot.addWidget(page)
        page.show()
        kept_safe = "kept safe after the rescue"
        assert [kept_safe in line for line in backup_lines(page)] == [True] * 3
        for row in range(page.list.count()):  # heard as shown
            item = page.list.item(row)
            assert item.data(Qt.ItemDataRole.AccessibleTextRole) == item.text()
        # The closes that follow back up the rescued library: not marked, and the
        # held ones outlive the thinning however many there are.
        after = datetime(2027, 1, 4, 15)
        for day in [*range(0, 28, 7), *range(28, 35)]:
            backups.make_backup(rescued.path, now=after + timedelta(days=day))
        page.refresh()
        lines = backup_lines(page)
        assert len(lines) == 7 + 4 + 3
        assert [kept_safe in line for line in lines] == [False] * 11 + [True] * 3

        let_go = page.let_go_button
        assert let_go.objectName() == "letGoOfKeptBackups" and let_go.accessibleName() == let_go.text().rstrip("\u2026")
        assert let_go.isVisible() and let_go.isEnabled()
        qtbot.mouseClick(let_go, Qt.MouseButton.LeftButton)
        confirm = page.let_go_confirm
        assert confirm.isVisible() and confirm.question.text()
        qtbot.mouseClick(confirm.no, Qt.MouseButton.LeftButton)  # "Keep": nothing changes
        assert not confirm.isVisible() and len(backups.held(data_dir)) == 3
        qtbot.mouseClick(let_go, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(confirm.yes, Qt.MouseButton.LeftButton)
        assert backups.held(data_dir) == set()
        assert not any(kept_safe in line for line in backup_lines(page))
        assert not let_go.isVisible()
        assert page.result.text()  # what the step did is said

        # Thinning goes on with the next close: the backups from before the damage go.
        backups.make_backup(rescued.path, now=after + timedelta(days=35))
        made = [made for made, _path in backups.backup_files(data_dir)]
        assert len(made) == 7 + 4 and min(made) > BEFORE + timedelta(days=2)
    finally:
        rescued.close()
    capsys.readouterr()


def test_no_let_go_button_when_nothing_is_held(qtbot, nook_app, library, writer) -> None:
    backups.make_backup(library.path)
    page = SafetyPage(library)
    qtbot.addWidget(page)
    page.show()
    assert page.list.count() == 1 and not page.let_go_button.isVisible()


def test_what_went_wrong_and_backup_lines_are_read_whole_at_1024x600_not_scrolled_sideways(
    qtbot, nook_app, data_dir, new_library, app_log, capsys
) -> None:
    """The rescue's line ran off the list's right edge (a sideways scroll bar, "...what
    could be read was rescu"), its kept file's name out of sight; so did the backups
    marked "kept safe after the rescue"."""
    rescued = rescued_library(data_dir, new_library, app_log)
    rescued.set_setting("language", "es")  # (longer than English: the corner speaks it)
    try:
        window = MainWindow(rescued, SilentVoice(), screen_area=QRect(0, 0, 1024, 600))
        qtbot.addWidget(window)
        window.show()
        corner = window.grown_up.open_without_gate()
        corner.show_section("Library safety")
        page = window.findChild(SafetyPage)
        assert "guardada después del rescate" in page.list.item(0).text()
        for lines in (page.what_went_wrong.list, page.list):  # (the backups' lines say "kept safe after the rescue")
            qtbot.waitUntil(lambda lines=lines: lines.viewport().width() > 100)
            QApplication.processEvents()
            assert lines.horizontalScrollBar().maximum() == 0, lines.objectName()
            metrics = QFontMetrics(lines.font())
            for row in range(lines.count()):
                shown = lines.visualItemRect(lines.item(row))
                needed = metrics.boundingRect(
                    QRect(0, 0, shown.width(), 10_000), Qt.TextFlag.TextWordWrap, lines.item(row).text()
                )
                assert needed.height() <= shown.height() and needed.width() <= lines.viewport().width()
        window.close()
    finally:
        rescued.close()
    capsys.readouterr()


def test_restore_asks_first_and_says_which_backup_and_what_happens(
    qtbot, nook_app, data_dir, new_library, app_log, capsys
) -> None:
    """One tap on Restore closed the window and put the chosen backup in the library's
    place (the top one chosen for you), with no word of which or what would happen, where
    letting the kept backups go asks first."""
    rescued = rescued_library(data_dir, new_library, app_log)
    try:
        page = SafetyPage(rescued)
        qtbot.addWidget(page)
        page.show()
        page.list.setCurrentRow(2)
        chosen = backups.list_backups(data_dir)[2]
        asked: list[Path] = []
        page.restore_wanted.connect(asked.append)
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        assert asked == []  # not yet
        confirm = page.restore_confirm
        assert confirm.isVisible()
        assert describe(chosen).split(" \u2013 ")[0] in confirm.question.text()
        assert confirm.yes.accessibleName() and confirm.objectName() == "restoreConfirm"
        qtbot.mouseClick(confirm.no, Qt.MouseButton.LeftButton)
        assert asked == [] and not confirm.isVisible()
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(confirm.yes, Qt.MouseButton.LeftButton)
        assert asked == [chosen.path]
    finally:
        rescued.close()
    capsys.readouterr()


def test_the_first_visit_after_a_rescue_opens_on_library_safety(
    qtbot, nook_app, data_dir, new_library, app_log, capsys
) -> None:
    """The strip says to look in the grown-up corner, Library safety; past the gate the
    grown-up landed on Settings and had to find it. The first visit after it opens there;
    later visits open as usual."""
    rescued = rescued_library(data_dir, new_library, app_log)
    try:
        voice = SilentVoice()
        window = MainWindow(rescued, voice)
        qtbot.addWidget(window)
        corner = window.grown_up.open_without_gate()
        assert corner.pages.currentWidget() is corner.section("Library safety")
        window.grown_up.close()
        corner = window.grown_up.open_without_gate()
        assert corner.pages.currentWidget() is not corner.section("Library safety")
        window.close()
        voice.shutdown()
    finally:
        rescued.close()
    capsys.readouterr()


def test_a_restore_is_told_by_the_backups_day_and_time_not_its_file_name() -> None:
    """After a restore the strip said "The backup library-20261129-150000.db was put
    back" (seen on the walk): the grown-up chose "Sunday, November 29, 2026, 3:00 PM"."""
    from nook.core.notices import Notice
    from nook.ui.trouble_words import notice_words

    kept = "/x/library.db.before-restore-1"
    for name in ("library-20261129-150000.db", "library-20261129-150000-byhand.db"):
        words = notice_words(Notice("restored", {"backup": name, "kept": kept}))
        day = words.removeprefix("The backup of ").split(" was put back")[0]  # as the locale writes it
        assert day != words and "Sunday" in day and "29" in day and "2026" in day and name not in words, words
        failed = notice_words(Notice("restore_failed", {"backup": name, "why": "not_put_in_place", "cause": "full"}))
        assert failed.startswith(f"Putting back the backup of {day} did not work")  # (why then names its file)
    odd = notice_words(Notice("restored", {"backup": "someone-elses.db", "kept": kept}))
    assert odd.startswith("The backup someone-elses.db was put back")  # a name with no time: as it is
