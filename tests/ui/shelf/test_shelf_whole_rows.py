"""The shelf scrolls by whole rows of covers. Seen on the walk (192 px, 1280x800): one turn
of the wheel moved the covers by pixels, and the top row showed only the lower part of
its covers; at the end of the shelf the top row showed only its titles. Now a notch moves
a row, and the covers' area shows whole rows only, so no cover is cut at either edge."""

from __future__ import annotations

from PySide6.QtWidgets import QListView

from nook.core.library import Library
from tests.wheel import turn_wheel


def cut_covers(view: QListView) -> list[tuple[int, tuple[int, int, int, int]]]:
    seen = view.viewport().rect()
    model = view.model()
    cut = []
    for row in range(model.rowCount()):
        rect = view.visualRect(model.index(row, 0))
        if rect.intersects(seen) and not seen.contains(rect):
            cut.append((row, rect.getRect()))
    return cut


def test_the_shelf_scrolls_by_whole_rows_of_whole_covers(qtbot, shelf_screen, library: Library, writer) -> None:
    for number in range(14):
        piece = library.new_piece(writer.id, "book")
        library.update_page(library.pages(piece.id)[0].id, words=f"book {number}")
    library.set_setting("button_size", 192, writer.id)
    shelf_screen.apply_settings()
    shelf_screen.reload()
    view = shelf_screen.view
    bar = view.verticalScrollBar()
    for width, height in ((1280, 800), (1024, 600)):
        shelf_screen.resize(width, height)
        qtbot.waitUntil(lambda w=width: shelf_screen.width() == w and view.height() > 0 and bar.maximum() > 0)
        bar.setValue(0)
        seen: list[int] = []
        while not seen or seen[-1] < bar.maximum():
            assert cut_covers(view) == [], f"{width}x{height} at {bar.value()} of {bar.maximum()}"
            before = bar.value()
            turn_wheel(view.viewport(), 1)
            assert bar.value() > before, "a notch moved nothing"
            seen.append(bar.value())
        assert cut_covers(view) == [], f"{width}x{height} at the end ({bar.value()})"
        turn_wheel(view.viewport(), -1)  # and back up, a row
        assert cut_covers(view) == [] and bar.value() < seen[-1]
