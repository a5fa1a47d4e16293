"""The grown-up corner: settings that take effect at once, writers, trash, word wall, ideas."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QSlider, QWidget
from shelf_helpers import click, find, tick

from nook.core import ideas, word_wall
from nook.core.library import Library
from nook.speech import ForwardingVoice
from nook.ui.editor.word_wall import WordWallPanel
from nook.ui.grownup.corner import GrownUpCorner
from nook.ui.main_window import MainWindow
from tests.translation_helpers import in_english


@pytest.fixture(autouse=True)
def english():
    """The app's English, as it runs: counts say "1 piece" and "2 pieces"."""
    with in_english():
        yield


@pytest.fixture
def corner(qtbot, nook_app, library: Library, ops, voice) -> GrownUpCorner:
    widget = GrownUpCorner(library, ops, voice)
    qtbot.addWidget(widget)
    widget.resize(1100, 780)
    widget.show()
    return widget


def test_sections_and_room_for_more(qtbot, corner: GrownUpCorner) -> None:
    names = [corner.nav.item(n).text() for n in range(corner.nav.count())]
    assert names == ["Settings", "Writers", "Trash", "Word wall", "Idea cards", "My voice", "About"]
    extra = QLabel("Backpack things")
    corner.add_section("Backpack", extra, "backpack")
    assert [corner.nav.item(n).text() for n in range(corner.nav.count())][-2:] == ["Backpack", "About"]
    corner.show_section("Backpack")
    assert corner.pages.currentWidget() is extra
    assert corner.findChild(QWidget, "aboutText") is None  # made when first shown
    corner.show_section("About")
    assert "OpenMoji" in find(corner, "aboutText").text()


def test_a_setting_change_takes_effect_without_restarting(qtbot, nook_app, library: Library) -> None:
    writer = library.add_writer("Maya", "fox")
    library.new_piece(writer.id, "book")
    # A school laptop's screen: 96 px buttons are what it allows (a screen of less than
    # 960 px across would keep the shelf's buttons smaller, as the editor's).
    window = MainWindow(library, ForwardingVoice(), screen_area=QRect(0, 0, 1366, 768))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    # Button size for everyone: the shelf (behind the corner) follows at once.
    size = corner.findChild(QSlider, "setting_button_size")
    size.setValue(96)
    assert library.setting("button_size") == 96
    click(qtbot, find(corner, "leaveGrownUpCorner"))
    assert find(window.shelf_screen, "filter_all").width() == 96
    # Children may not trash: the trash buttons leave the shelf.
    corner = window.grown_up.open_without_gate()
    trash_box = corner.findChild(QCheckBox, "setting_child_may_trash")
    tick(qtbot, trash_box)
    assert library.setting("child_may_trash") is False
    click(qtbot, find(corner, "leaveGrownUpCorner"))
    assert not find(window.shelf_screen, "showTrash").isVisible()
    window.close()


def test_settings_for_one_writer(qtbot, corner: GrownUpCorner, library: Library) -> None:
    maya = library.add_writer("Maya", "fox")
    ben = library.add_writer("Ben", "cat")
    page = corner.settings_page
    scope = page.findChild(QComboBox, "settingsScope")
    assert scope.count() == 3
    scope.setCurrentIndex(scope.findData(maya.id))
    caps = page.findChild(QCheckBox, "setting_all_caps")
    fonts = page.findChild(QComboBox, "setting_font")
    tick(qtbot, caps)
    fonts.setCurrentIndex(fonts.findData("opendyslexic"))
    assert library.setting("all_caps", maya.id) is True
    assert library.setting("font", maya.id) == "opendyslexic"
    assert library.setting("all_caps", ben.id) is False
    assert library.setting("font") == "andika"
    # Everyone-only settings are not offered for one writer.
    assert not page.findChild(QCheckBox, "setting_classroom_mode").isVisibleTo(page)
    scope.setCurrentIndex(scope.findData(ben.id))
    assert not caps.isChecked() and fonts.currentData() == "andika"
    assert not find(page, "settingsUseEveryones").isEnabled()  # Ben has none of his own
    scope.setCurrentIndex(scope.findData(maya.id))
    click(qtbot, find(page, "settingsUseEveryones"))
    assert library.setting("font", maya.id) == "andika" and not caps.isChecked()


def test_grown_up_restores_deletes_for_good_and_empties_trash(qtbot, corner, library: Library) -> None:
    maya = library.add_writer("Maya", "fox")
    pieces = [library.new_piece(maya.id, kind) for kind in ("book", "list", "sign")]
    for piece in pieces:
        library.trash_piece(piece.id)
    corner.show_section("Trash")
    trash = corner.trash_page
    assert trash.list.count() == 3
    trash.list.setCurrentRow(0)
    first = trash.selected_ids()[0]
    click(qtbot, find(trash, "trashRestore"))
    assert not library.piece(first).trashed and trash.list.count() == 2
    trash.list.setCurrentRow(0)
    second = trash.selected_ids()[0]
    click(qtbot, find(trash, "trashDeleteForever"))
    assert library.piece(second) is not None  # asks first
    click(qtbot, find(trash, "trashConfirmYes"))
    assert library.piece(second) is None
    click(qtbot, find(trash, "trashEmpty"))
    # One piece left: the question counts it as one, not "all 1 pieces".
    assert find(trash, "trashConfirm").question.text().startswith("Delete the 1 piece in the trash for good?")
    click(qtbot, find(trash, "trashConfirmNo"))
    assert trash.list.count() == 1
    click(qtbot, find(trash, "trashEmpty"))
    click(qtbot, find(trash, "trashConfirmYes"))
    assert library.pieces(maya.id, trashed=True) == [] and trash.list.count() == 0
    assert library.piece(first) is not None


def test_writers_rename_picture_and_archive(qtbot, nook_app, library: Library) -> None:
    maya = library.add_writer("Maya", "fox")
    library.add_writer("Ben", "cat")
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    corner = window.grown_up.open_without_gate()
    corner.show_section("Writers")
    page = corner.writers_page
    page.list.setCurrentRow(0)
    edit = find(page, "writerRenameEdit")
    edit.clear()
    qtbot.keyClicks(edit, "Maya R.")
    click(qtbot, find(page, "writerRename"))
    assert library.writer(maya.id).name == "Maya R."
    owl_row = [n for n in range(page.avatars.count()) if page.avatars.item(n).data(Qt.ItemDataRole.UserRole) == "owl"]
    item = page.avatars.item(owl_row[0] if owl_row else 3)
    page.avatars.scrollToItem(item)
    qtbot.mouseClick(page.avatars.viewport(), Qt.MouseButton.LeftButton, pos=page.avatars.visualItemRect(item).center())
    assert library.writer(maya.id).avatar == item.data(Qt.ItemDataRole.UserRole)
    click(qtbot, find(page, "writerArchive"))
    assert library.writer(maya.id).archived
    click(qtbot, find(corner, "leaveGrownUpCorner"))
    shown = [b.objectName() for b in window.writers_screen.writer_buttons]
    assert f"writer_{maya.id}" not in shown and len(shown) == 2  # Ben and the +
    assert len(library.pieces(maya.id)) == 0 and library.writer(maya.id) is not None  # kept, not deleted
    window.close()


def test_word_wall_bank_made_by_a_grown_up_reaches_the_child(
    qtbot, corner, library: Library, voice, tmp_path: Path
) -> None:
    library.add_writer("Maya", "fox")
    library.add_writer("Ben", "cat")
    corner.show_section("Word wall")
    page = corner.word_wall_page
    qtbot.keyClicks(find(page, "bankName"), "Dinosaurs")
    click(qtbot, find(page, "bankAdd"))
    bank = [b for b in word_wall.banks(library) if b.name == "Dinosaurs"][0]
    assert page.bank_id == bank.id
    page.picker.search.setText("dragon")
    visible = page.picker.shown_ids()
    assert visible
    qtbot.keyClicks(find(page, "wordEdit"), "dragon")
    page.picker.picked.emit(visible[0])
    click(qtbot, find(page, "wordAdd"))
    photo = tmp_path / "egg.png"
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4e3b0"))
    assert image.save(str(photo))
    qtbot.keyClicks(find(page, "wordEdit"), "egg")
    assert page.use_photo(str(photo))
    click(qtbot, find(page, "wordAdd"))
    words = word_wall.words(library, bank.id)
    assert [w.word for w in words] == ["dragon", "egg"]
    assert words[0].picture == visible[0]
    digest = word_wall.photo_hash(words[1].picture)
    assert digest and library.media_info(digest)["width"] == 512
    corner.show_section("Writers")
    click(qtbot, find(corner.writers_page, "writerNamesToWordWall"))
    class_bank = [b for b in word_wall.banks(library) if b.name == "Our class"][0]
    assert [w.word for w in word_wall.words(library, class_bank.id)] == ["Maya", "Ben"]
    panel = WordWallPanel(library, voice, 64)
    qtbot.addWidget(panel)
    panel.show()
    click(qtbot, find(panel, f"bank_{bank.id}"))
    assert [b.word.word for b in panel.word_buttons] == ["dragon", "egg"]
    assert not panel.word_buttons[1].icon().isNull()


def test_idea_cards_add_edit_and_hide(qtbot, corner, library: Library) -> None:
    corner.show_section("Idea cards")
    page = corner.ideas_page
    before = len(ideas.cards(library))
    text = find(page, "ideaText")
    text.clear()
    qtbot.keyClicks(text, "Make a sign for the class garden")
    page.kind.setCurrentIndex(page.kind.findData("sign"))
    click(qtbot, find(page, "ideaAdd"))
    made = [c for c in ideas.cards(library) if c.text == "Make a sign for the class garden"]
    assert len(made) == 1 and made[0].kind == "sign" and len(ideas.cards(library)) == before + 1
    assert page.card_id == made[0].id
    text.clear()
    qtbot.keyClicks(text, "Make a sign for our garden")
    click(qtbot, find(page, "ideaSave"))
    assert ideas.card(library, made[0].id).text == "Make a sign for our garden"
    click(qtbot, find(page, "ideaHide"))
    assert ideas.card(library, made[0].id).hidden
    assert len(ideas.cards(library)) == before
    click(qtbot, find(page, "ideaDelete"))
    assert ideas.card(library, made[0].id) is None
    page.list.setCurrentRow(0)
    assert not find(page, "ideaDelete").isEnabled()  # bundled cards are hidden, never deleted


def test_teacher_adds_a_class_of_writers_by_typing_names(qtbot, corner, library: Library) -> None:
    corner.show_section("Writers")
    page = corner.writers_page
    box = find(page, "writerNewName")
    for name in ("Maya", "Ben", "Zoë"):
        box.insert(name)  # as a keyboard or input method types it (QTest types ASCII only)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    writers = library.writers()
    assert [w.name for w in writers] == ["Maya", "Ben", "Zoë"]
    assert len({w.avatar for w in writers}) == 3  # each a picture of their own
    assert page.writer_id == writers[-1].id


def test_a_new_name_typed_is_kept_when_the_grown_up_goes_on_without_renaming(qtbot, nook_app, library: Library) -> None:
    """Seen on the walk: a parent typed the child's name, picked a picture (kept at once)
    and left the corner, or went on to the next writer; the name was lost because only
    Enter or Rename stored it. A name typed is kept when the grown-up goes on."""
    maya = library.add_writer("Maya", "fox")
    ben = library.add_writer("Ben", "cat")
    window = MainWindow(library, ForwardingVoice(), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    corner = window.grown_up.open_without_gate()
    corner.show_section("Writers")
    page = corner.writers_page
    page.list.setCurrentRow(0)
    edit = find(page, "writerRenameEdit")

    def retype(name: str) -> None:
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
        edit.selectAll()
        qtbot.keyClicks(QApplication.focusWidget(), name)

    retype("Maya Rose")
    ben_row = page.list.visualItemRect(page.list.item(1)).center()
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=ben_row)  # on to the next writer
    assert library.writer(maya.id).name == "Maya Rose"
    assert page.writer_id == ben.id and edit.text() == "Ben"
    retype("Benji")
    click(qtbot, find(corner, "leaveGrownUpCorner"))  # and out of the corner
    assert library.writer(ben.id).name == "Benji"
    window.close()
