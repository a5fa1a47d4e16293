"""The grown-up corner's trash says its sentence whole. Seen on the walk (1024x600): "6
pieces in the trash. Children can take pieces back out; only grown-ups delete f" (in
Spanish "…solo los adultos bo"), cut at the page's edge, as the line did not wrap."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from nook.core.library import Library
from nook.ui.grownup.trash_page import TrashPage
from nook.ui.operations import Operations


def test_the_trash_summary_is_seen_whole_on_a_netbook(qtbot, nook_app, library: Library, writer) -> None:
    for _ in range(6):
        library.trash_piece(library.new_piece(writer.id, "book").id)
    room_beside_sections = QWidget()  # the corner's room at 1024x600: it grows no wider
    qtbot.addWidget(room_beside_sections)
    room_beside_sections.setFixedSize(760, 520)
    page = TrashPage(library, Operations(library), room_beside_sections)
    page.setGeometry(0, 0, 760, 520)
    room_beside_sections.show()
    qtbot.waitExposed(room_beside_sections)
    label = page.summary
    room = label.contentsRect()
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag(0)
    needed = label.fontMetrics().boundingRect(QRect(0, 0, room.width(), 10_000), int(flags), label.text())
    assert "only grown-ups delete for good" in label.text()
    assert needed.width() <= room.width() and needed.height() <= room.height(), (needed, room)
