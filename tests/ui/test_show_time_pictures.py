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


def test_show_time_decodes_a_photo_at_about_the_size_it_draws_it_and_it_looks_the_same(
    qtbot, library: Library, writer
) -> None:
    """Show time draws a page as large as the screen allows, a phone's 1600 px photo
    there a few hundred pixels: it is decoded at about that size (as the editor's), not
    whole, and looks as the whole photo drawn there does."""
    from nook.core import picture as pic
    from nook.render import Pictures
    from tests.render.render_samples import photo_bytes

    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[1]
    digest = library.put_media(photo_bytes((200, 90, 40), (1600, 1200)), "image/png", 1600, 400)
    library.update_page(page.id, picture=pic.make_picture([pic.photo(digest, 800, 400, 800, 600)]))
    voice = make_voice("silent")
    show = ShowTime(library, piece.id, voice)
    qtbot.addWidget(show)
    show.go_to(1)  # the first page after the cover
    show.resize(800, 600)
    show.show()
    qtbot.waitExposed(show)
    stage = show.stage
    shown = stage.grab().toImage()
    (kept,) = stage.pictures.images._entries.values()
    assert kept.width() <= stage.width() * stage.devicePixelRatioF() * 1.2 + 1  # not 1600
    stage.pictures = Pictures(library.media)  # whole, as before
    stage.show_page(stage.page)
    whole = stage.grab().toImage()
    assert shown.size() == whole.size()
    points = [(x, y) for x in range(0, shown.width(), 8) for y in range(0, shown.height(), 8)]
    differences = [abs(shown.pixelColor(x, y).red() - whole.pixelColor(x, y).red()) for x, y in points]
    assert sum(differences) / len(differences) < 2  # the same picture
    voice.shutdown()
