"""An empty words box's dashed outline goes, all of it, once the child types. Seen on
the walk (Xvfb): after typing a new book's name, the top of the cover's outline stayed
on screen above the words for as long as the page was open, through a minimise and
restore. The outline is drawn by the page under the box, and only the box's middle
(where its words are, below the margin that centres them) was painted again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.ui.kit import theme


def _outline_on_screen(screen, edit) -> bool:
    """Whether the outline's colour is on screen along the box's top edge, as shown."""
    window = screen.window()
    shot: QImage = QApplication.primaryScreen().grabWindow(window.winId()).toImage()
    edge = QColor(theme.WORD_AREA_EDGE)
    top_left = edit.mapTo(window, edit.rect().topLeft())
    ratio = shot.width() / window.width()
    y = round((top_left.y() + 2) * ratio)
    xs = range(round((top_left.x() + 20) * ratio), round((top_left.x() + edit.width() - 20) * ratio))
    near = 0
    for x in xs:
        pixel = shot.pixelColor(x, y)
        if abs(pixel.red() - edge.red()) + abs(pixel.green() - edge.green()) + abs(pixel.blue() - edge.blue()) < 40:
            near += 1
    return near > len(xs) // 4


def test_typing_in_an_empty_box_takes_its_whole_outline_away(qtbot, open_piece, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    edit = screen.current_view.edits["words"]
    edit.setFocus()
    qtbot.waitUntil(lambda: _outline_on_screen(screen, edit))  # an empty box shows where to type
    qtbot.keyClicks(edit, "my cat")
    qtbot.waitUntil(lambda: not _outline_on_screen(screen, edit), timeout=2000)
    for _letter in "my cat":  # and it comes back when the box is empty again
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: _outline_on_screen(screen, edit), timeout=2000)
