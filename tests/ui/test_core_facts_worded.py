"""What the core reports as facts (a refused backpack, a library notice, why the library
cannot open) reaches a person in the language now installed, and a live change of
language words it anew. Spanish here is the real, committed translation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QGroupBox, QLabel

from nook.assets import translations_dir
from nook.core import backpack_file, backups, opening, read_only, safety, word_wall
from nook.core.backpack import pack
from nook.core.backpack_file import REFUSALS, BackpackRefused
from nook.core.backups import BackupFailed
from nook.core.library import Library, LibraryBusy, LibraryTrouble
from nook.core.notices import Notice
from nook.core.read_only import CannotRead
from nook.export.problems import cannot_read_words
from nook.speech import ForwardingVoice, Voice
from nook.ui.grownup.backpack_page import BackpackPage
from nook.ui.grownup.backpack_words import refusal
from nook.ui.grownup.growth_page import GrowthPage
from nook.ui.grownup.safety_page import SafetyPage
from nook.ui.grownup.settings_page import SettingsPage
from nook.ui.grownup.trash_page import TrashPage
from nook.ui.grownup.writers_page import WritersPage
from nook.ui.kit.export_runner import ExportRunner
from nook.ui.language import LanguageSwitch
from nook.ui.main_window import MainWindow
from nook.ui.operations import Operations
from nook.ui.trouble import NoticeStrip, TroubleScreen, show_trouble_screen
from nook.ui.trouble_words import failure_words


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


def test_the_trouble_screen_says_why_in_spanish_and_follows_a_change_of_language(
    qtbot, nook_app, data_dir: Path, languages: LanguageSwitch
) -> None:
    languages.use("es")
    screen = TroubleScreen(LibraryBusy("busy", data_dir / "library.db"), data_dir)
    qtbot.addWidget(screen)
    said = screen.message.text()
    assert said.startswith("Otro programa está usando el archivo de la biblioteca") and str(data_dir) in said
    assert screen.retry_button.accessibleName() == "Intentar otra vez"
    languages.use("en")
    assert screen.message.text().startswith("Another program is using the library file")
    assert screen.retry_button.accessibleName() == "Try again"


def test_every_trouble_and_backup_failure_has_spanish_words(qapp, languages: LanguageSwitch) -> None:
    failures = [
        *(LibraryTrouble(why, "/x/library.db", "boom") for why in opening.TROUBLES),
        *(BackupFailed(why, "b.db", "boom") for why in backups.FAILURES),
    ]
    unreadable = [CannotRead(why, "/x/library.db", "boom") for why in read_only.REASONS]
    english = [failure_words(failure) for failure in failures] + [cannot_read_words(u) for u in unreadable]
    languages.use("es")
    spanish = [failure_words(failure) for failure in failures] + [cannot_read_words(u) for u in unreadable]
    assert [pair for pair in zip(english, spanish, strict=True) if pair[0] == pair[1]] == []
    # The system's own words (here "boom") are never inside a sentence, in either language.
    assert [said for said in english + spanish if "boom" in said] == []


def test_library_notices_and_safety_notes_are_worded_in_the_language_shown(
    qtbot, nook_app, library: Library, languages: LanguageSwitch
) -> None:
    safety.add_note(library, Notice("rescued", {"kept": "/x/library.db.damaged-1", "pieces": 3}))
    full = {"why": "not_made", "name": "b.db", "detail": "database or disk is full", "cause": "full"}
    safety.add_note(library, Notice("backup_failed", full))
    library.notice = Notice("newer")
    languages.use("es")
    page = SafetyPage(library)
    qtbot.addWidget(page)
    notes = [label.text() for label in page.findChildren(QLabel, "safetyNote")]
    assert len(notes) == 2
    assert "No se pudo hacer una copia de seguridad de la biblioteca: el disco está lleno." in notes[0]
    assert "database" not in notes[0]
    assert "El archivo de la biblioteca estaba dañado" in notes[1] and "(3 trabajos)" in notes[1]
    assert page.findChild(QLabel, "libraryNotice").text().startswith("Esta biblioteca se hizo con")
    strip = NoticeStrip(Notice("read_only", {"path": "/x/library.db"}))
    qtbot.addWidget(strip)
    assert "/x/library.db" in strip.words.text() and strip.words.text().startswith("Esta biblioteca no se puede")
    languages.use("en")
    assert strip.words.text().startswith("This library can't be changed here")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    notes = [label.text() for label in page.findChildren(QLabel, "safetyNote")]
    assert "A backup of the library could not be made: the disk is full." in notes[0]
    assert "(3 pieces)" in notes[1]


def test_a_note_an_older_writing_nook_worded_is_shown_as_it_was(qtbot, nook_app, library: Library) -> None:
    library.set_state(safety.NOTES_KEY, [{"when": "2026-01-05T10:00:00", "what": "The backup failed.", "todo": ""}])
    [note] = safety.list_notes(library)
    assert note.notice == Notice("said", {"text": "The backup failed."})
    page = SafetyPage(library)
    qtbot.addWidget(page)
    [label] = page.findChildren(QLabel, "safetyNote")
    assert label.text().endswith(": The backup failed.") and "2026" in label.text()


def test_the_class_bank_of_names_is_made_in_the_corners_language(
    qtbot, nook_app, library: Library, languages: LanguageSwitch
) -> None:
    library.add_writer("Luis", "owl")
    languages.use("es")
    page = WritersPage(library, Operations(library))
    qtbot.addWidget(page)
    page.names_button.click()
    made = [
        bank for bank in word_wall.banks(library) if [w.word for w in word_wall.words(library, bank.id)] == ["Luis"]
    ]
    assert [bank.name for bank in made] == ["Nuestra clase"]
    languages.use("en")
    library.add_writer("Ana", "fox")
    page.names_button.click()  # the same bank, not a second one in English
    assert [w.word for w in word_wall.words(library, made[0].id)] == ["Luis", "Ana"]


def test_the_settings_page_rewords_when_its_own_language_box_changes_the_language(
    qtbot, nook_app, library: Library, languages: LanguageSwitch
) -> None:
    """Guards what the settings page already did right (no defect found): the corner's
    language chosen on the page itself rewords the page at once, and back."""
    window = MainWindow(library, ForwardingVoice(), languages=languages)
    qtbot.addWidget(window)
    window.grown_up.gate = lambda parent: True
    assert window.grown_up.open()
    page = window.grown_up.corner.findChild(SettingsPage)
    box = page.controls["language"]
    group_titles = [group.title() for group in page.findChildren(QGroupBox)]
    assert "Talking and listening" in group_titles
    box.setCurrentIndex(box.findData("es"))
    box.activated.emit(box.findData("es"))
    assert languages.current == "es"
    assert "Hablar y escuchar" in [group.title() for group in page.findChildren(QGroupBox)]
    assert page.scope.itemText(0) == "Todos"
    assert page.controls["talking_buttons"].text() == "Botones que hablan (puntero encima o toque largo)"
    box.activated.emit(box.findData("en"))
    assert [group.title() for group in page.findChildren(QGroupBox)] == group_titles


def test_a_backpack_being_looked_at_is_reworded_and_keeps_the_shelves_picked(
    qtbot, nook_app, library: Library, writer, tmp_path: Path, languages: LanguageSwitch
) -> None:
    leo = library.add_writer("Leo", "robot")
    (tmp_path / "school").mkdir()
    at_school = Library.open(tmp_path / "school")
    try:
        ana = at_school.add_writer("Ana", "fox")
        path = pack(at_school, [at_school.new_piece(ana.id, "sign").id], tmp_path / "bag.nook").path
    finally:
        at_school.close()
    page = backpack_page(qtbot, library)
    assert page.load(path)
    combo = page.writer_combos[ana.id]
    assert combo.currentText() == "A new writer called Ana" and "Choose whose shelf" in page.preview.text()
    combo.setCurrentIndex(combo.findData(leo.id))
    languages.use("es")
    combo = page.writer_combos[ana.id]
    assert combo.currentData() == leo.id and combo.currentText() == "El estante de Leo"
    assert combo.itemText(0) == "Un escritor nuevo llamado Ana"
    assert page.preview.text().startswith("bag.nook: 1 trabajo")
    page.bring_in()
    assert [p.kind for p in library.pieces(leo.id)] == ["sign"]


def test_long_safety_notes_are_whole_on_a_small_screen_in_spanish(
    qtbot, nook_app, library: Library, languages: LanguageSwitch
) -> None:
    for n in range(3):
        safety.add_note(library, Notice("rescued", {"kept": f"/a/long/folder/library.db.damaged-{n}", "pieces": 12}))
    languages.use("es")
    page = SafetyPage(library)
    qtbot.addWidget(page)
    page.resize(780, 520)  # the corner's page at 1024x600
    page.show()
    qtbot.waitExposed(page)
    notes = page.findChildren(QLabel, "safetyNote")
    assert len(notes) == 3
    cut = [label.text()[:30] for label in notes if label.height() < label.heightForWidth(label.width())]
    assert cut == []


def test_an_export_that_cannot_read_the_library_says_why_in_spanish(
    qtbot, nook_app, library: Library, languages: LanguageSwitch
) -> None:
    runner = ExportRunner(library)
    runner.data_dir = library.path.parent / "gone"  # no library there any more
    languages.use("es")
    with qtbot.waitSignal(runner.failed, timeout=10_000) as failed:
        assert runner.start(lambda _library, _job: None)
    assert failed.args == [f"No hay ninguna biblioteca en {library.path.parent / 'gone'}."]


def test_writers_with_no_name_are_told_apart_by_their_animals_across_the_corner(
    qtbot, nook_app, library: Library, languages: LanguageSwitch
) -> None:
    fox, cat = library.add_writer("", "fox"), library.add_writer("", "cat")
    library.trash_piece(library.new_piece(cat.id, "sign").id)
    ops = Operations(library)
    settings_page, growth, trash = (
        SettingsPage(library, ops, Voice()),
        GrowthPage(library, ops),
        TrashPage(library, ops),
    )
    for page in (settings_page, growth, trash):
        qtbot.addWidget(page)

    def shown() -> tuple[list[str], list[str], str]:
        scope = [settings_page.scope.itemText(n) for n in range(1, settings_page.scope.count())]
        growth_names = [growth.writer_choice.itemText(n) for n in range(growth.writer_choice.count())]
        return scope, growth_names, trash.list.item(0).text()

    scope, growth_names, trashed = shown()
    assert scope == growth_names == ["the fox", "the cat"] and trashed.endswith("the cat")
    languages.use("es")
    scope, growth_names, trashed = shown()
    assert scope == growth_names == ["zorro", "gato"] and trashed.endswith("gato")
    assert fox.id != cat.id


def test_a_start_that_cannot_open_the_library_speaks_the_computers_language_on_the_whole_screen(
    qtbot, nook_app, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A desktop whose display language is Spanish, its formats American: the language a
    # library made now would start in (tests/ui/test_first_language.py). The screen asked
    # QLocale.system() before, read once per process: no test could set it.
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANGUAGE", "es_MX:es")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    switch = LanguageSwitch.shared()
    switch.remove()  # as at a start: no language chosen yet
    try:
        screen = show_trouble_screen(nook_app, LibraryBusy("busy", data_dir / "library.db"), data_dir)
        qtbot.addWidget(screen)
        assert screen.message.text().startswith("Otro programa está usando")
        assert screen.geometry().size() == nook_app.primaryScreen().availableGeometry().size()
    finally:
        switch.remove()
