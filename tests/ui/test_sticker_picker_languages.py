"""The grown-up's picture picker finds a sticker by its words in any bundled language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nook.ui.grownup.pickers import STICKER_ROLE, StickerPicker
from nook.ui.kit.plain import plain_tip
from nook.ui.language import LanguageSwitch


def shown(picker: StickerPicker) -> list[str]:
    items = (picker.list.item(row) for row in range(picker.list.count()))
    return [item.data(STICKER_ROLE) for item in items if not item.isHidden()]


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
    assert len(shown(picker)) == picker.list.count()


def named(picker: StickerPicker, sticker_id: str) -> str:
    item = next(
        picker.list.item(r) for r in range(picker.list.count()) if picker.list.item(r).data(STICKER_ROLE) == sticker_id
    )
    assert item.toolTip() == plain_tip(item.data(Qt.ItemDataRole.AccessibleTextRole))  # shown as it is said
    return item.data(Qt.ItemDataRole.AccessibleTextRole)


def test_the_pictures_are_named_in_the_corners_language_colours_too(qtbot, nook_app) -> None:
    picker = StickerPicker()
    qtbot.addWidget(picker)
    assert named(picker, "red_circle") == "red circle"
    switch = LanguageSwitch.shared()
    switch.use("es")  # the grown-up corner changes language while the picker is shown
    try:
        assert named(picker, "red_circle") == "círculo rojo"
        assert named(picker, "dog") == "perro"
        made_in_spanish = StickerPicker()
        qtbot.addWidget(made_in_spanish)
        assert named(made_in_spanish, "blue_square") == "cuadrado azul"
    finally:
        switch.use("en")
    assert named(picker, "red_circle") == "red circle"
