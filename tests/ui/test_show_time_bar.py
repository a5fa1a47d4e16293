"""Show time's buttons stay where they are as the pages turn: a child taps "next" again
and again on the same spot. The page number ("1 / 12") appeared after the cover and
pushed "next" and "page before" aside under the finger."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.show_time.screen import ShowTime


def place(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def test_the_page_buttons_stay_put_from_the_cover_to_the_last_page(qtbot, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    for number in range(11):
        library.add_page(piece.id, words=f"Page {number + 2}")
    voice = make_voice("silent")
    show = ShowTime(library, piece.id, voice)
    qtbot.addWidget(show)
    show.resize(1024, 600)
    show.show()
    qtbot.waitExposed(show)
    places = set()
    for index in range(len(show.pages)):
        show.go_to(index)
        QApplication.processEvents()  # the bar lays out again
        places.add((place(show.previous_button).getRect(), place(show.next_button).getRect()))
    assert len(places) == 1, places
    voice.shutdown()
