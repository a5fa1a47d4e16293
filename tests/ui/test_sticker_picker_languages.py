"""The grown-up's picture picker finds a sticker by its words in any bundled language."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from nook.ui.grownup.pickers import STICKER_ROLE, StickerPicker
from nook.ui.kit.plain import plain_tip
from nook.ui.language import LanguageSwitch


def rows(picker: StickerPicker) -> list[QModelIndex]:
    model = picker.list.model()
    return [model.index(row, 0) for row in range(model.rowCount())]


def shown(picker: StickerPicker) -> list[str]:
    return [index.data(STICKER_ROLE) for index in rows(picker) if not picker.list.isRowHidden(index.row())]


def test_a_spanish_speaking_grown_up_finds_pictures_in_spanish(qtbot, nook_app) -> None:
    picker = StickerPicker()
    qtbot.addWidget(picker)
    picker.search.setText("perro")  # what the Spanish placeholder suggests
    assert "dog" in shown(picker) and "cat" not in shown(picker)
    picker.search.setText("arbol")  # no accent typed
    assert "tree" in shown(picker)
    picker.search.setText("ÁRBOL")
    assert "tree" in shown(picker)
    picker.search.setText("dog")  # English as before
    assert "dog" in shown(picker)
    picker.search.setText("")
    assert len(shown(picker)) == len(rows(picker)) > 600


def named(picker: StickerPicker, sticker_id: str) -> str:
    item = next(index for index in rows(picker) if index.data(STICKER_ROLE) == sticker_id)
    said = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert item.data(Qt.ItemDataRole.ToolTipRole) == plain_tip(said)  # shown as it is said
    return said


def test_the_pictures_are_named_in_the_corners_language_colours_too(qtbot, nook_app) -> None:
    picker = StickerPicker()
    qtbot.addWidget(picker)
    picker.show()  # (its pictures are put in the list when it is first shown)
    assert named(picker, "red_circle") == "red circle"
    switch = LanguageSwitch.shared()
    switch.use("es")  # the grown-up corner changes language while the picker is shown
    try:
        assert named(picker, "red_circle") == "círculo rojo"
        assert named(picker, "dog") == "perro"
        made_in_spanish = StickerPicker()
        qtbot.addWidget(made_in_spanish)
        made_in_spanish.show()
        assert named(made_in_spanish, "blue_square") == "cuadrado azul"
    finally:
        switch.use("en")
    assert named(picker, "red_circle") == "red circle"


def test_a_click_on_a_found_picture_picks_it(qtbot, nook_app) -> None:
    picker = StickerPicker()
    qtbot.addWidget(picker)
    picker.resize(400, 300)
    picker.show()
    qtbot.waitExposed(picker)
    picker.search.setText("perro")
    found = picker.shown_ids()
    assert "dog" in found
    row = next(index for index in rows(picker) if index.data(STICKER_ROLE) == found[0])
    place = picker.list.visualRect(row).center()
    with qtbot.waitSignal(picker.picked) as picked:
        qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert picked.args == [found[0]]
