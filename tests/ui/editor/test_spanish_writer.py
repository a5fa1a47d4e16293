"""A Spanish writer's editor: sticker names and search, and the word wall's starter
banks, in Spanish; switching the writer's language renames them where they are."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from nook.core.library import Library


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, accents and ñ too (QTest.keyClicks knows
    only ASCII); the way a Spanish keyboard's composed "ü" arrives."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def test_a_spanish_writer_finds_and_hears_spanish_stickers(qtbot, open_piece, library: Library, writer) -> None:
    library.set_setting("language", "es", writer.id)
    screen = open_piece(library.new_piece(writer.id, "book").id)
    box = screen.sticker_box
    assert box.category_buttons["animals"].accessibleName() == "Animales"
    assert box.sticker_buttons["cat"].accessibleName() == "gato"
    box.search.setFocus()
    qtbot.keyClicks(box.search, "arbol")  # typed without the accent
    qtbot.waitUntil(lambda: "tree" in box.sticker_buttons)
    assert list(box.sticker_buttons)[0] == "tree"
    assert box.sticker_buttons["tree"].accessibleName() == "árbol"
    box.search.clear()
    type_text(box.search, "pingüino")
    assert box.search.text() == "pingüino"
    qtbot.waitUntil(lambda: list(box.sticker_buttons) == ["penguin"])
    chosen: list[tuple[str, str]] = []
    box._chosen = lambda sticker_id, name: chosen.append((sticker_id, name))
    qtbot.mouseClick(box.sticker_buttons["penguin"], Qt.MouseButton.LeftButton)
    assert chosen == [("penguin", "pingüino")]


def test_the_word_wall_shows_the_writers_starter_banks(qtbot, open_piece, library: Library, writer) -> None:
    library.set_setting("language", "es", writer.id)
    screen = open_piece(library.new_piece(writer.id, "book").id)
    panel = screen.word_wall
    names = [b.accessibleName() for b in panel.bank_buttons.values()]
    assert names == ["Colores", "Familia", "Animales", "Emociones", "Escuela"]
    assert [b.word.word for b in panel.word_buttons][:3] == ["rojo", "naranja", "amarillo"]


def test_changing_the_writers_language_renames_the_box_in_place(qtbot, open_piece, library: Library, writer) -> None:
    screen = open_piece(library.new_piece(writer.id, "book").id)
    box = screen.sticker_box
    assert box.sticker_buttons["cat"].accessibleName() == "cat"
    assert [b.accessibleName() for b in screen.word_wall.bank_buttons.values()][0] == "Colours"
    library.set_setting("language", "es", writer.id)
    qtbot.waitUntil(lambda: box.sticker_buttons["cat"].accessibleName() == "gato")
    assert box.category_buttons["food"].accessibleName() == "Comida"
    assert [b.accessibleName() for b in screen.word_wall.bank_buttons.values()][0] == "Colores"
    library.set_setting("language", "en", writer.id)
    qtbot.waitUntil(lambda: box.sticker_buttons["cat"].accessibleName() == "cat")
    assert [b.accessibleName() for b in screen.word_wall.bank_buttons.values()][0] == "Colours"


def fits(button: QWidget) -> bool:
    """The caption's letters inside the button's rounded border (2 px each side)."""
    return button.fontMetrics().horizontalAdvance(button.text()) <= button.width() - 4


def test_every_spanish_bank_and_word_fits_its_button(qtbot, open_piece, library: Library, writer) -> None:
    """Spanish runs longer than English ("Emociones" did not fit a bank button)."""
    library.set_setting("language", "es", writer.id)
    panel = open_piece(library.new_piece(writer.id, "book").id).word_wall
    clipped = []
    for bank_id, bank in panel.bank_buttons.items():
        if not fits(bank):
            clipped.append(bank.text())
        panel.show_bank(bank_id)
        for word in panel.word_buttons:
            if not fits(word):
                clipped.append(word.text())
    assert panel.bank_buttons and not clipped
