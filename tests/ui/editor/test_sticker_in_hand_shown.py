"""The sticker in hand is shown in the sticker box, as the tool and colour in hand are.
Seen on the walk (Spanish, 1024x600): a child tapped the cat and heard "gato" once; the
box then showed every sticker alike (only the category was marked), so a child who
looked away could not tell which sticker the next tap would put down."""

from __future__ import annotations

from PySide6.QtCore import Qt

LEFT = Qt.MouseButton.LeftButton


def checked(box) -> list[str]:
    return [sticker for sticker, button in box.sticker_buttons.items() if button.isChecked()]


def test_the_sticker_in_hand_is_marked_and_stays_marked(qtbot, library, writer, open_piece) -> None:
    screen = open_piece(library.new_piece(writer.id, "book").id)
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], LEFT)
    box = screen.sticker_box
    assert checked(box) == []  # none in hand yet
    qtbot.mouseClick(box.sticker_buttons["cat"], LEFT)
    assert checked(box) == ["cat"] and screen.tools.sticker == "cat"
    qtbot.mouseClick(box.sticker_buttons["cat"], LEFT)  # tapped again: still the one in hand
    assert checked(box) == ["cat"]
    qtbot.mouseClick(box.sticker_buttons["dog"], LEFT)
    assert checked(box) == ["dog"] and screen.tools.sticker == "dog"
    home = box.category
    other = next(c for c in box.category_buttons if c != home)
    qtbot.mouseClick(box.category_buttons[other], LEFT)  # another category: the dog is not there
    assert checked(box) == []
    qtbot.mouseClick(box.category_buttons[home], LEFT)  # back: the dog is still the one in hand
    assert checked(box) == ["dog"]
