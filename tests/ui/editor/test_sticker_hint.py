"""The sticker tool tapped on the page before a sticker is chosen: a child who cannot read
tapped the smiley, then the page, and nothing happened (no sticker, no sound, no word).
Now the oops bubble says to tap a sticker first, aloud, beside the open sticker box."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QPoint, QRect, Qt

from nook.speech.silent import SilentVoice
from tests.ui.editor.conftest import tap

LEFT = Qt.MouseButton.LeftButton


def test_the_page_tapped_with_no_sticker_chosen_says_to_choose_one(qtbot, library, writer, open_piece):
    voice = SilentVoice(word_ms=1)
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id, voice=voice)
    view = screen.current_view
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], LEFT)
    assert screen.tools.sticker is None and screen.side.currentWidget() is screen.sticker_box

    tap(qtbot, view, 800, 700)
    assert view.state.items == []
    bubble = screen.oops_bubble
    assert bubble.isVisible() and bubble.reason == "no_sticker"
    qtbot.waitUntil(lambda: voice.spoken[-1:] == ["Tap a sticker first, then tap your page."], timeout=2000)
    assert screen.sticker_box.isVisible()  # the stickers to choose from are in sight

    # Chosen, the next tap puts it down as before.
    qtbot.mouseClick(bubble.ok, LEFT)
    qtbot.mouseClick(screen.sticker_box.sticker_buttons["cat"], LEFT)
    tap(qtbot, view, 800, 700)
    assert [item["sticker"] for item in view.state.items] == ["cat"]


def test_a_tap_that_lets_go_of_a_photo_says_nothing_of_stickers(qtbot, library, writer, open_piece, tmp_path):
    # A photo added leaves the sticker tool in hand with no sticker chosen: the tap beside
    # it lets go of the photo, which is what the child meant.
    library.set_setting("child_may_import_photos", True)
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    view = screen.current_view
    path = tmp_path / "pet.png"
    Image.new("RGB", (80, 60), "#ff8800").save(path)
    assert screen.import_photo(path)
    assert screen.tools.tool == "sticker" and screen.tools.sticker is None and view.selected == 0
    corner = view.layout_spec.picture.topLeft()  # the picture's, beside the photo
    tap(qtbot, view, corner.x() + 20, corner.y() + 20)
    assert view.selected is None and not screen.oops_bubble.isVisible()
    tap(qtbot, view, corner.x() + 20, corner.y() + 20)  # a second tap, nothing chosen and nothing held: the hint
    assert screen.oops_bubble.isVisible() and screen.oops_bubble.reason == "no_sticker"


def test_the_hint_leaves_the_sticker_box_it_points_to_in_sight(qtbot, library, writer, open_piece):
    """Seen on the walk (Spanish, 1024x600): the bubble, centred on the editor, lay 37 px
    over the sticker box, on its search box and first category, the very box it tells the
    child to tap. It now stands beside the side panel, at every button size."""
    piece = library.new_piece(writer.id, "book")
    for size, width, height in ((48, 1024, 600), (64, 1024, 600), (93, 1024, 600), (96, 1280, 800)):
        screen = open_piece(piece.id, size=size)
        screen.resize(width, height)
        qtbot.mouseClick(screen.tool_panel.buttons["sticker"], LEFT)
        qtbot.waitUntil(lambda screen=screen: screen.sticker_box.isVisible())
        tap(qtbot, screen.current_view, 800, 700)
        bubble = screen.oops_bubble
        assert bubble.isVisible() and bubble.reason == "no_sticker"
        shown = QRect(bubble.mapToGlobal(QPoint(0, 0)), bubble.size())
        box = QRect(screen.sticker_box.mapToGlobal(QPoint(0, 0)), screen.sticker_box.size())
        assert not shown.intersects(box), (
            f"at {size} px, {width}x{height}: {shown.intersected(box)} of the box is covered"
        )
        assert screen.rect().contains(QRect(bubble.pos(), bubble.size()))  # and it is whole on the screen
        screen.close()
