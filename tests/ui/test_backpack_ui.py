"""The grown-up's backpack section: pack a writer's pieces, open them on another computer,
choose the shelf, and see a refused backpack explained with nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nook.core import backpack
from nook.core.library import Library
from nook.ui.grownup.backpack_page import NEW_WRITER, BackpackPage
from nook.ui.operations import Operations
from tests.core.test_backpack import photo_picture
from tests.translation_helpers import in_english


@pytest.fixture(autouse=True)
def english():
    """The app's English, as it runs: counts say "1 piece" and "2 recordings"."""
    with in_english():
        yield


@pytest.fixture
def home(tmp_path: Path):
    folder = tmp_path / "home"
    folder.mkdir()
    lib = Library.open(folder)
    yield lib
    lib.close()


def page_for(library: Library, qtbot, save_to: Path | None = None, open_from: Path | None = None) -> BackpackPage:
    page = BackpackPage(library, Operations(library))
    qtbot.addWidget(page)
    page.choose_save_path = lambda parent, suggested: str(save_to / suggested) if save_to else ""
    page.choose_open_path = lambda parent, folder: str(open_from) if open_from else ""
    page.show()
    return page


def test_pack_ticked_pieces_then_open_them_at_home(library, writer, home, tmp_path, qtbot, nook_app) -> None:
    keep = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(keep.id)[0].id, words="NO DOGS")
    skip = library.new_piece(writer.id, "book")
    usb = tmp_path / "usb"
    usb.mkdir()
    school = page_for(library, qtbot, save_to=usb)
    assert school.writer_choice.currentText() == "Maya" and school.piece_list.count() == 2
    for row in range(school.piece_list.count()):
        item = school.piece_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == skip.id:
            item.setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(school.pack_button, Qt.MouseButton.LeftButton)
    files = list(usb.iterdir())
    assert len(files) == 1 and files[0].suffix == ".nook" and files[0].name.startswith("Maya-")
    assert "Packed 1 piece of Maya" in school.status.text()

    at_home = page_for(home, qtbot, open_from=files[0])
    qtbot.mouseClick(at_home.open_button, Qt.MouseButton.LeftButton)
    assert "1 piece" in at_home.preview.text() and at_home.bring_button.isEnabled()
    assert at_home.writer_combos[writer.id].currentData() == NEW_WRITER
    qtbot.mouseClick(at_home.bring_button, Qt.MouseButton.LeftButton)
    assert "1 new piece" in at_home.status.text() and "1 new writer: Maya" in at_home.status.text()
    assert [p.title for p in home.pieces(writer.id)] == ["NO DOGS"]
    # Opened again: nothing twice.
    qtbot.mouseClick(at_home.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(at_home.bring_button, Qt.MouseButton.LeftButton)
    assert "already here" in at_home.status.text()
    assert home.count_pieces(None) == 1


def test_the_grown_up_picks_the_shelf(library, writer, home, tmp_path, qtbot, nook_app) -> None:
    leo = home.add_writer("Leo", "robot")
    home.add_writer("Maya", "cat")  # same name, made at home: suggested, but Leo is picked
    piece = library.new_piece(writer.id, "letter")
    from nook.core.backpack import pack

    path = pack(library, [piece.id], tmp_path / "bag.nook").path
    page = page_for(home, qtbot, open_from=path)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    combo = page.writer_combos[writer.id]
    assert combo.currentText() == "Maya's shelf"
    combo.setCurrentIndex(combo.findData(leo.id))
    qtbot.mouseClick(page.bring_button, Qt.MouseButton.LeftButton)
    assert home.pieces(leo.id)[0].kind == "letter"


def test_a_refused_backpack_is_explained_and_changes_nothing(home, tmp_path, qtbot, nook_app) -> None:
    bad = tmp_path / "broken.nook"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    page = page_for(home, qtbot, open_from=bad)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert "was not opened" in page.status.text() and "broken.nook" in page.status.text()
    assert not page.bring_button.isEnabled()
    assert home.count_pieces(None) == 0 and home.writers() == []


@pytest.mark.parametrize("big", [False, True], ids=["at once", "by the worker"])
def test_a_backpack_taken_away_before_it_is_brought_in_is_said_and_can_be_tried_again(
    library, writer, home, tmp_path, qtbot, nook_app, big
) -> None:
    """Its photos are read from the file when brought in (issue 9): a USB stick pulled
    out meanwhile is said in plain words, nothing is brought in, and the choice stays."""
    sign = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(sign.id)[0].id, words="MY DOG", picture=photo_picture(library, (9, 99, 9)))
    path = backpack.write_backpack(library, [sign.id], tmp_path / "Maya.nook").path
    page = page_for(home, qtbot, open_from=path)
    if big:
        page.quick_bytes = page.quick_pages = 0
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.bring_button.isEnabled)
    away = path.rename(tmp_path / "away.nook")
    qtbot.mouseClick(page.bring_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Maya.nook cannot be read any more" in page.status.text())
    assert "Put it back" in page.status.text()
    assert home.count_pieces(None) == 0
    assert page.bring_button.isEnabled() and "Maya.nook" in page.preview.text()
    away.rename(path)
    with qtbot.waitSignal(page.opened):
        qtbot.mouseClick(page.bring_button, Qt.MouseButton.LeftButton)
    assert home.count_pieces(None) == 1 and "1 new piece" in page.status.text()
