"""The sticker box makes its stickers when a child first opens it, not with every piece
opened: the first category's 88 sticker buttons were about half of the buttons built
for each piece (issue 13: a tap on a cover to the editor painted was 200-260 ms, all
on the window's thread; tests/benchmarks/bench_open_piece.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from nook.speech import Voice
from nook.ui.editor import PieceScreen
from nook.ui.kit.buttons import PictureButton


def stickers_made(screen) -> list[PictureButton]:
    return [b for b in screen.sticker_box.findChildren(PictureButton) if b.objectName().startswith("sticker_")]


def test_a_piece_opens_without_making_the_stickers_and_the_box_shows_them_when_opened(
    qtbot, library, writer, open_piece
) -> None:
    screen = open_piece(library.new_piece(writer.id, "book").id)
    assert not screen.sticker_box.isVisible()
    assert stickers_made(screen) == []
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], Qt.MouseButton.LeftButton)
    assert screen.side.currentWidget() is screen.sticker_box and screen.sticker_box.isVisible()
    shown = [b for b in stickers_made(screen) if b.isVisible()]
    first = screen.sticker_box.category
    expected = [s.id for s in screen.sticker_box.catalogue.stickers if s.category == first]
    assert expected and [b.objectName().removeprefix("sticker_") for b in shown] == expected
    assert screen.sticker_box.category_buttons[first].isChecked()
    # A sticker from it goes on the page as before.
    qtbot.mouseClick(screen.sticker_box.sticker_buttons[expected[0]], Qt.MouseButton.LeftButton)
    assert screen.tools.sticker == expected[0]


def test_a_sticker_box_goes_with_its_piece_leaving_nothing_behind(qtbot, library, writer, ops) -> None:
    """Its 'nothing found' picture had no parent until a search found nothing: each box
    seen left one label behind when its piece was closed (one more for each piece opened,
    when the box was made with every piece)."""
    screen = PieceScreen(library, ops, library.new_piece(writer.id, "book").id, Voice(), 64)
    screen.resize(1100, 780)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], Qt.MouseButton.LeftButton)
    assert screen.sticker_box.isVisible()
    screen.close()
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w.objectName() for w in QApplication.allWidgets() if w.objectName().startswith("sticker")]
    assert left == []
