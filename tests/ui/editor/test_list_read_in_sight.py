"""A list read aloud shows the thing being read. Seen under Xvfb at 1024x600: a list of
12 things read from the top while the rows stayed scrolled to the end, so a child heard
"apple, bread, cheese" and saw only "jam, lemon, kiwi" (the words lit out of sight)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from nook.speech.silent import SilentVoice
from nook.ui.editor.kinds import ListPart
from nook.ui.editor.page_view import PageView

THINGS = ["apple", "bread", "cheese", "dates", "eggs", "figs", "grapes", "ham", "ice", "jam", "kiwi", "lemon"]


def seen(part: ListPart, view: PageView) -> bool:
    viewport = part.rows.viewport()
    place = QRect(view.mapTo(viewport, view.rect().topLeft()), view.size())
    return viewport.rect().intersects(place)


def test_each_thing_is_in_sight_as_it_is_read(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "list")
    library.update_page(library.pages(piece.id)[0].id, words="Shopping")
    for thing in THINGS:
        library.add_page(piece.id, words=thing)
    voice = SilentVoice(word_ms=5)
    screen = open_piece(piece.id, voice=voice)
    screen.resize(1024, 600)
    QApplication.processEvents()
    part = screen.part
    assert isinstance(part, ListPart)
    # The child was at the end of the list (the last thing just typed).
    part.rows.verticalScrollBar().setValue(part.rows.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert not seen(part, screen.views[1]), "the top of the list must be out of sight to begin with"
    out_of_sight: list[str] = []

    def heard(_utterance: int, _start: int, _length: int) -> None:
        edit = screen.reading.read_aloud._edit
        if edit is not None and not seen(part, edit.view):
            out_of_sight.append(edit.toPlainText())

    voice.word.connect(heard)
    qtbot.mouseClick(screen.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: voice.spoken[-1:] == ["lemon"], timeout=5000)
    qtbot.waitUntil(lambda: screen.read_button.isVisible(), timeout=3000)
    assert voice.spoken == ["Shopping", *THINGS]
    assert out_of_sight == []
