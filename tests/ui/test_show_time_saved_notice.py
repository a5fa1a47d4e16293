"""Saving from show time moves no button, and says where the file went in full.

Seen on the walk (1024x600, Spanish, 192 px buttons): after "Save as PDF" the notice
"Guardado: /t" sat in the bar, cut after three letters, and it pushed "page before",
"next page" and "read to me" aside under the child's finger; the progress picture did
the same while the file was being made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.show_time.screen import ShowTime


def place(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def places(show: ShowTime) -> dict[str, tuple[int, int, int, int]]:
    QApplication.processEvents()  # the bar lays out again
    buttons = (show.back_button, show.previous_button, show.next_button, show.read_button, *show.share_buttons)
    return {button.objectName(): place(button).getRect() for button in buttons}


def shows_all_of_it(label: QLabel) -> bool:
    """Every word of the label is inside it, and it is inside the window."""
    room = label.contentsRect()
    if label.wordWrap():
        fits = label.heightForWidth(label.width()) <= label.height()
    else:
        fits = label.fontMetrics().horizontalAdvance(label.text()) <= room.width()
    return fits and label.window().rect().contains(place(label))


@pytest.mark.parametrize("button_size", [64, 192])
def test_a_save_moves_no_button_and_says_where_it_went_in_full(
    qtbot, library: Library, writer, tmp_path, button_size: int
) -> None:
    library.set_setting("button_size", button_size)
    piece = library.new_piece(writer.id, "book")
    cover, first = library.pages(piece.id)
    library.update_page(cover.id, words="no pasar")
    library.update_page(first.id, words="es mi casa")
    voice = make_voice("silent")
    show = ShowTime(library, piece.id, voice)
    qtbot.addWidget(show)
    show.resize(1024, 600)
    show.show()
    qtbot.waitExposed(show)
    before = places(show)
    show.gate = lambda parent: True
    folder = tmp_path / "Documentos de la familia" / "Escuela"
    folder.mkdir(parents=True)
    show.choose_pdf_path = lambda parent, suggested: str(folder / "no-pasar")
    with qtbot.waitSignal(show.saving.saved, timeout=30_000):
        assert show.save_pdf()
        assert places(show) == before  # while the file is made
    assert places(show) == before  # and once it is saved
    notice = show.saving.notice
    assert notice.isVisibleTo(show) and str(folder / "no-pasar.pdf") in notice.text()
    assert shows_all_of_it(notice), (notice.text(), place(notice))
    voice.shutdown()
