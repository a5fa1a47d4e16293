"""The grown-up's picture picker finds a sticker by its words in any bundled language."""

from __future__ import annotations

from nook.ui.grownup.pickers import STICKER_ROLE, StickerPicker


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
