"""A sticker says its name when a child taps it in the sticker box."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nook.speech import make_voice

LEFT = Qt.MouseButton.LeftButton


def test_tapping_a_sticker_says_its_name_and_picks_it(qtbot, library, writer, open_piece) -> None:
    voice = make_voice("silent")
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id, voice=voice)
    qtbot.mouseClick(screen.tool_panel.findChild(type(screen.back_button), "toolSticker"), LEFT)
    box = screen.sticker_box
    assert box.isVisible()
    qtbot.mouseClick(box.category_buttons["animals"], LEFT)
    sticker_id, button = next(iter(box.sticker_buttons.items()))
    qtbot.mouseClick(button, LEFT)
    assert voice.spoken[-1] == button.accessibleName()
    assert screen.tools.sticker == sticker_id
