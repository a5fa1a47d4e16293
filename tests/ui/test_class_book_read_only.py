"""The class book is made from a library that cannot be changed here, as the corner says.

Seen on the walk (Xvfb, the library on a read-only mount): the corner says "Packing a
backpack, the class book and checking the library still work", but a teacher who typed
the class's name and tapped "Make a PDF" got nothing at all: the page stored the name
for next time first, the read-only library refused the write, and the tap ended in a
traceback in the log, before the file was even asked for."""

from __future__ import annotations

from pathlib import Path

from nook.core.library import Library
from nook.core.read_only import open_read_only
from nook.speech.silent import SilentVoice
from nook.ui.grownup.class_book_page import ClassBookPage


def test_a_class_book_from_a_library_that_cannot_be_changed(qtbot, nook_app, library: Library, tmp_path) -> None:
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words="Stop! Dogs here")
    library.set_finished(piece.id)
    looking = open_read_only(library.path.parent)
    looking.read_only = True  # as a library on a disk that cannot be written opens
    try:
        page = ClassBookPage(looking, SilentVoice())
        qtbot.addWidget(page)
        page.choose_path = lambda _parent, _suggested, kind: str(tmp_path / f"our-book.{kind}")
        page.name_edit.setText("Room 4")
        page.name_edit.editingFinished.emit()  # the teacher tabbed on from the name
        with qtbot.waitSignal(page.made, timeout=60_000) as made:
            page.pdf_button.click()
        assert made.args[0] == Path(tmp_path / "our-book.pdf") and made.args[0].stat().st_size > 0
    finally:
        looking.close()
