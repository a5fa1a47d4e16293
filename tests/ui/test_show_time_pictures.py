"""A picture means one thing. In show time "keep it as a talking book" (a grown-up's
button, behind the gate) had the same picture as the editor's Read to me, the most
used button a child knows: a child tapping it to hear the book met the gate instead
(seen on the walk). Each of show time's buttons now has a picture of its own."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon
from nook.ui.show_time.screen import ShowTime


def drawn(picture) -> QImage:
    return picture.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def test_each_show_time_button_has_its_own_picture_and_none_is_read_to_me(qtbot, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    voice = make_voice("silent")
    show = ShowTime(library, piece.id, voice)
    qtbot.addWidget(show)
    buttons = [b for b in show.findChildren(PictureButton) if not b.icon().isNull()]
    assert {"showTimeTalkingBook", "showTimeRead", "showTimePdf"} <= {b.objectName() for b in buttons}
    pictures = {b.objectName(): drawn(b.icon()) for b in buttons}
    read_to_me = drawn(icon("read_aloud"))  # the editor's Read to me
    for name, picture in pictures.items():
        assert picture != read_to_me, f"{name} looks like Read to me"
        same = [other for other, seen in pictures.items() if other != name and seen == picture]
        assert not same, f"{name} looks like {same}"
    voice.shutdown()
